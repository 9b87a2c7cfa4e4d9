import { open, readFile, unlink } from "node:fs/promises";
import path from "node:path";

/** Another live process holds the embedded database folder. Safe to show: a path and a process id. */
export class DataFolderInUseError extends Error {
  override name = "DataFolderInUseError";
}

/**
 * Claims an embedded database folder for this process. PGlite is a whole PostgreSQL inside one process:
 * two processes writing one folder (a seed run while the server is up, a second server) corrupt it for
 * good. The lock is a file beside the folder naming its process; one whose process is gone (a crash, a
 * kill) is stale and taken over. Returns the release.
 */
export async function lockDataFolder(dataDir: string): Promise<() => Promise<void>> {
  const file = `${path.resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => unlink(file).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number((await readFile(file, "utf8").catch(() => "")).trim());
      // The same pid is a previous run of this process (containers reuse pids), never a live other one.
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new DataFolderInUseError(
          `The embedded database ${dataDir} is in use by process ${holder}. Stop that process first (or set PGLITE_DIR to another folder): two processes writing one folder corrupt it.`,
        );
      }
      await unlink(file).catch(() => undefined);
    }
  }
  throw new DataFolderInUseError(`Could not claim the embedded database ${dataDir}: its lock file keeps reappearing.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user; still alive.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
