import { z } from "zod";

// The only module that reads process.env. Every variable has a safe default so that a fresh clone runs
// with no .env file; a variable that is set but wrong stops start-up with one line saying what to fix.

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgresql:// connection URL")
      .optional(),
  ),
  PGLITE_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).default("./data/pglite")),
  /** The portal's public address, for links in downloaded files. Unset: taken from the request's Host. */
  PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }).optional(),
  ),
  COMMUNITY_DISCUSSION_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https$/, error: "must be an https:// URL" })
      .default("https://github.com/orgs/ModelContextProtocol-Security/discussions"),
  ),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses an environment; the message names each bad variable and never echoes its value (it may be a secret). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  throw new ConfigError(`Invalid configuration: ${problems.join("; ")}.`);
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
