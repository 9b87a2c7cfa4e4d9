import { readdir } from "node:fs/promises";
import path from "node:path";

/** Every file under `dir` whose name matches `pattern` (TypeScript sources by default), for tests of the code's shape. */
export async function sourceFiles(dir: string, pattern = /\.(ts|tsx)$/): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
