import { z } from "zod";

// The only module that reads process.env. Every variable has a safe default so that a fresh clone runs
// with no .env file; a variable that is set but wrong stops start-up with one line saying what to fix.

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const optionalString = z.preprocess(emptyAsUndefined, z.string().min(1).optional());

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgresql:// connection URL")
        .optional(),
    ),
    PGLITE_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).default("./data/pglite")),
    /** The address `npm start` and `npm run dev` listen on. Loopback unless opened on purpose (`HOST=0.0.0.0`). */
    HOST: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^(?:[A-Za-z0-9.-]+|[0-9A-Fa-f:]+|\[[0-9A-Fa-f:]+\])$/, "must be a host name or an IP address")
        .default("127.0.0.1"),
    ),
    /**
     * Set by scripts/serve.ts to the address it told Next.js to listen on; never by a person. Unset means the
     * server was started some other way (a bare `next start` listens on every interface), so nothing is assumed.
     */
    PORTAL_LISTEN_HOST: optionalString,
    /**
     * How many X-Forwarded-For entries, counted from the right, were appended by reverse proxies you trust
     * (lib/security/client-ip.ts). 0: no proxy in front of the portal.
     */
    TRUSTED_PROXY_HOPS: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^(?:[0-9]|10)$/, "must be a whole number from 0 to 10 (the reverse proxies in front of the portal)")
        .default("0")
        .transform(Number),
    ),
    /** The portal's public address, for links in downloaded files. Unset: taken from the request's Host. */
    PUBLIC_URL: z.preprocess(
      emptyAsUndefined,
      z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }).optional(),
    ),
    /**
     * Browser origins, besides the portal's own and loopback ones, allowed to call the MCP server at /mcp
     * (comma-separated, e.g. https://inspector.example.org). Any other Origin is refused: DNS rebinding.
     */
    MCP_ALLOWED_ORIGINS: z.preprocess(
      (value) =>
        typeof value === "string" && value.trim() !== ""
          ? value
              .split(",")
              .map((item) => item.trim())
              .filter(Boolean)
          : [],
      z.array(z.url({ protocol: /^https?$/, error: "must be a comma-separated list of http(s):// origins" })),
    ),
    COMMUNITY_DISCUSSION_URL: z.preprocess(
      emptyAsUndefined,
      z
        .url({ protocol: /^https$/, error: "must be an https:// URL" })
        .default("https://github.com/orgs/ModelContextProtocol-Security/discussions"),
    ),
    /** Signs next-auth's CSRF and email tokens. Unset: a random one kept in ./data/auth-secret (one machine). */
    AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "must be at least 32 characters").optional()),
    GITHUB_ID: optionalString,
    GITHUB_SECRET: optionalString,
    /** SMTP for magic-link sign-in, e.g. smtps://user:password@smtp.example.com:465. */
    EMAIL_SERVER: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^smtps?:\/\/\S+$/, "must be an smtp:// or smtps:// URL")
        .optional(),
    ),
    EMAIL_FROM: z.preprocess(emptyAsUndefined, z.email("must be an email address").optional()),
  })
  .refine((env) => Boolean(env.GITHUB_ID) === Boolean(env.GITHUB_SECRET), {
    path: ["GITHUB_ID"],
    message: "and GITHUB_SECRET must be set together",
  })
  .refine((env) => Boolean(env.EMAIL_SERVER) === Boolean(env.EMAIL_FROM), {
    path: ["EMAIL_SERVER"],
    message: "and EMAIL_FROM must be set together",
  })
  .refine((env) => env.PUBLIC_URL?.startsWith("https://") || !(env.GITHUB_ID || env.EMAIL_SERVER), {
    path: ["PUBLIC_URL"],
    message:
      "must be the portal's https:// address once GitHub or email sign-in is configured (OAuth callbacks and sign-in links are built from it)",
  })
  .refine((env) => env.AUTH_SECRET || !(env.GITHUB_ID || env.EMAIL_SERVER), {
    path: ["AUTH_SECRET"],
    message: "is required once GitHub or email sign-in is configured (every instance must share it)",
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

/**
 * True while `next build` prerenders pages: the database may be missing or hold other content then, so
 * cached pages render nothing from it (lib/page-cache renders them on their first request instead).
 */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * next-auth reads its base URL only from process.env.NEXTAUTH_URL, at each request. The one variable this
 * module writes: derived from PUBLIC_URL (lib/auth/session-cookie.ts), so the two can never disagree.
 */
export function setNextAuthUrl(url: string | undefined): void {
  if (url) process.env.NEXTAUTH_URL = url;
}
