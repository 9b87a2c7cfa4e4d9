import "server-only";

import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { getEnv } from "@/lib/env";

const LOCAL_SECRET_FILE = path.resolve("data", "auth-secret");
let cached: Promise<string> | undefined;

/**
 * AUTH_SECRET when set (required with real sign-in providers, so every instance shares it); otherwise
 * a random secret created once in ./data, so a local portal needs no configuration and no secret is
 * ever committed or shipped.
 */
export function getAuthSecret(): Promise<string> {
  cached ??= (async () => {
    const configured = getEnv().AUTH_SECRET;
    if (configured) return configured;
    const existing = await readFile(LOCAL_SECRET_FILE, "utf8").catch(() => "");
    if (existing.trim().length >= 32) return existing.trim();
    const secret = randomBytes(32).toString("base64url");
    await mkdir(path.dirname(LOCAL_SECRET_FILE), { recursive: true });
    await writeFile(LOCAL_SECRET_FILE, secret, { mode: 0o600 });
    return secret;
  })();
  return cached;
}
