import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { DataFolderInUseError, lockDataFolder } from "./data-folder-lock";
import { openPGlite } from "./pglite";

const folder = async () => path.join(await mkdtemp(path.join(tmpdir(), "lock-")), "pglite");

describe("lockDataFolder", () => {
  it("refuses a folder another live process holds, naming it, and takes over once that process is gone", async () => {
    const dataDir = await folder();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    await writeFile(`${dataDir}.lock`, String(other.pid));
    await expect(lockDataFolder(dataDir)).rejects.toThrow(
      new DataFolderInUseError(
        `The embedded database ${dataDir} is in use by process ${other.pid}. Stop that process first (or set PGLITE_DIR to another folder): two processes writing one folder corrupt it.`,
      ),
    );
    other.kill("SIGKILL");
    await new Promise((resolve) => other.once("exit", resolve));
    const release = await lockDataFolder(dataDir);
    expect(await readFile(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    await release();
    await expect(readFile(`${dataDir}.lock`, "utf8")).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("holds the folder while an embedded database is open and releases it when it closes", async () => {
    const dataDir = await folder();
    const pglite = await openPGlite(dataDir);
    expect(await readFile(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    await pglite.close();
    await expect(readFile(`${dataDir}.lock`, "utf8")).rejects.toMatchObject({ code: "ENOENT" });
    const again = await openPGlite(dataDir);
    expect((await again.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    await again.close();
  });
});
