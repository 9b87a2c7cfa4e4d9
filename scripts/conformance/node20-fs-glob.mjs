// The conformance suite imports `globSync` from "fs", which Node 22 added; on Node 20 (our engines floor)
// the import fails before anything runs. This preload gives the suite's module alone an "fs" with a
// minimal globSync (it uses it only to collect `**/checks.json` result files). Remove once on Node 22.
import { register } from "node:module";

register("./node20-fs-glob-hooks.mjs", import.meta.url);
