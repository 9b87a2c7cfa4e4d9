import { readFile } from "node:fs/promises";
import path from "node:path";

import { parse } from "yaml";
import type { z } from "zod";

export const CONTENT_DIR = path.resolve(process.cwd(), "prisma/content");

export class ContentError extends Error {
  override name = "ContentError";
}

/** Reads a YAML content file and validates it; errors name the file and the path inside it. */
export async function loadContentFile<T extends z.ZodType>(file: string, schema: T): Promise<z.infer<T>> {
  const relative = path.relative(process.cwd(), file);
  let data: unknown;
  try {
    data = parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ContentError(`${relative}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"} ${issue.message}`);
    throw new ContentError(`${relative}: ${issues.join("; ")}`);
  }
  return result.data;
}
