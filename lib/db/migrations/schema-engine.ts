import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as engineRuntime from "@prisma/schema-engine-wasm/schema_engine_bg";

// Why this file exists: every Prisma CLI command first downloads a native schema-engine binary, which
// cannot happen offline. The same engine ships as WebAssembly in @prisma/schema-engine-wasm (pinned to
// @prisma/engines-version); the CLI cannot use it, so we drive it ourselves through a driver adapter.

export type SchemaEngine = engineRuntime.SchemaEngine;

let loaded: Promise<void> | undefined;

function loadWasmOnce(): Promise<void> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const runtimePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(runtimePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": engineRuntime });
    engineRuntime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

export async function startSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string },
): Promise<SchemaEngine> {
  await loadWasmOnce();
  return engineRuntime.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

export const noFilters = { externalTables: [], externalEnums: [] };
