import "server-only";

import { PrismaAdapter } from "@auth/prisma-adapter";
import type { AuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import { createTransport } from "nodemailer";

import { getDb } from "@/lib/db";
import { getEnv, setNextAuthUrl } from "@/lib/env";

import { getAuthSecret } from "./auth-secret";
import { sendSignInEmail } from "./send-sign-in-email";
import { nextAuthUrl, SESSION_MAX_AGE_SECONDS, secureCookies } from "./session-cookie";

/**
 * next-auth for the real providers: GitHub OAuth and email magic links, each only when configured.
 * Sessions live in the database (Prisma adapter), so any number of instances share them; the portal
 * reads them itself (current-user.ts) under next-auth's cookie name.
 */
export async function getAuthOptions(): Promise<AuthOptions> {
  const env = getEnv();
  // Without it next-auth builds OAuth redirect URIs and magic links on http://localhost:3000.
  setNextAuthUrl(nextAuthUrl(env));
  const db = await getDb();
  const providers: AuthOptions["providers"] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }
  if (env.EMAIL_SERVER && env.EMAIL_FROM) {
    const server = env.EMAIL_SERVER;
    providers.push(
      EmailProvider({
        server,
        from: env.EMAIL_FROM,
        maxAge: 15 * 60,
        async sendVerificationRequest({ identifier, url, provider }) {
          await sendSignInEmail(db, createTransport(server), { identifier, url, from: provider.from });
        },
      }),
    );
  }
  return {
    adapter: PrismaAdapter(db) as Adapter,
    providers,
    secret: await getAuthSecret(),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: secureCookies(env),
    callbacks: {
      // A suspended person is refused here (next-auth then shows AccessDenied: the suspension message);
      // their existing sessions were deleted when they were suspended, and read-session.ts refuses any other.
      signIn: ({ user }) => !(user as { suspendedAt?: Date | null }).suspendedAt,
    },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in?sent=1", error: "/sign-in" },
  };
}
