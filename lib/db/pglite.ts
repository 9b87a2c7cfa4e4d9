import { mkdir } from "node:fs/promises";

import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { lockDataFolder } from "./data-folder-lock";

const IN_MEMORY = "memory://";

/**
 * Opens an embedded database, claiming its folder for this process (see data-folder-lock.ts); closing
 * releases the claim. pg_trgm is always loaded: a folder where the extension was ever created fails even
 * plain inserts when opened without it.
 */
export async function openPGlite(dataDir: string): Promise<PGlite> {
  if (dataDir.startsWith(IN_MEMORY)) return ready(new PGlite({ dataDir, extensions: { pg_trgm } }));
  await mkdir(dataDir, { recursive: true });
  const release = await lockDataFolder(dataDir);
  try {
    const pglite = await ready(new PGlite({ dataDir, extensions: { pg_trgm } }));
    const close = pglite.close.bind(pglite);
    pglite.close = async () => {
      await close();
      await release();
    };
    return pglite;
  } catch (error) {
    await release();
    throw error;
  }
}

async function ready(pglite: PGlite) {
  await pglite.waitReady;
  return pglite;
}

/**
 * pglite-prisma-adapter 0.7.2 has two faults the schema engine trips on: `executeScript` does not await
 * `exec` (a failing migration looks applied and the process can die mid-write), and its shadow database
 * has no extensions. This factory fixes both and closes the shadow when the engine disposes of it.
 */
export class PGliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "pglite-awaited";
  private readonly inner: PrismaPGlite;

  constructor(private readonly pglite: PGlite) {
    this.inner = new PrismaPGlite(pglite);
  }

  async connect(): Promise<SqlDriverAdapter> {
    return withAwaitedScripts(await this.inner.connect(), this.pglite);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await openPGlite(IN_MEMORY);
    const adapter = withAwaitedScripts(await new PrismaPGlite(shadow).connect(), shadow);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await shadow.close();
    };
    return adapter;
  }
}

function withAwaitedScripts(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    await pglite.exec(script);
  };
  return adapter;
}
