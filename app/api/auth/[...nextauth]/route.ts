import NextAuth from "next-auth";
import type { NextRequest } from "next/server";

import { getAuthOptions } from "@/lib/auth/auth-options";
import { isSignInEmailRequest, refuseSignInEmailOverLimit } from "@/lib/auth/limit-sign-in-email";
import { getDb } from "@/lib/db";
import { clientIp } from "@/lib/security/client-ip";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's OAuth and magic-link endpoints. Present always; they offer only configured providers.
// Magic-link requests are limited per IP first (next-auth's callback sees no request to key on).
async function handler(request: NextRequest, context: Context) {
  if (isSignInEmailRequest(request)) {
    const refused = await refuseSignInEmailOverLimit(await getDb(), clientIp(request.headers));
    if (refused) return refused;
  }
  return NextAuth(request, context, await getAuthOptions());
}

export { handler as GET, handler as POST };
