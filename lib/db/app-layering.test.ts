import { readFile } from "node:fs/promises";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { sourceFiles } from "@/lib/testing/source-files";

// The folder rule (CONTRIBUTING.md, ARCHITECTURE.md): pages, layouts and routes in app/ and components in
// components/ reach data through lib functions by feature, never through the database client itself.
const CLIENT_ACCESS = /from "@\/lib\/db"|from "@\/lib\/db\/(generated|create-client|postgres|pglite)[/"]|\bgetDb\(/;

describe("layering", () => {
  it("no page, route or component reaches the database client directly", async () => {
    const files = [...(await sourceFiles(path.resolve("app"))), ...(await sourceFiles(path.resolve("components")))];
    expect(files.length).toBeGreaterThan(50);
    const offenders: string[] = [];
    for (const file of files) {
      if (CLIENT_ACCESS.test(await readFile(file, "utf8"))) offenders.push(path.relative(process.cwd(), file));
    }
    expect(offenders).toEqual([]);
  });
});
