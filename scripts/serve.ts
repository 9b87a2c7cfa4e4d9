import { spawn } from "node:child_process";

import { getEnv } from "@/lib/env";

import { nextServeArgs } from "./serve-args";

// `npm start` and `npm run dev` end here: Next.js listens on HOST (loopback unless opened on purpose), and
// the server learns that address from PORTAL_LISTEN_HOST, the one fact about its reach no request can forge.
const mode = process.argv[2] === "dev" ? "dev" : "start";
const env = getEnv();
const child = spawn("node_modules/.bin/next", nextServeArgs(mode, env.HOST), {
  stdio: "inherit",
  env: { ...process.env, PORTAL_LISTEN_HOST: env.HOST },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
