import NextAuth from "next-auth";
import type { NextRequest } from "next/server";

import { getAuthOptions } from "@/lib/auth/auth-options";
import { refuseSignInEmailRequestOverLimit } from "@/lib/auth/limit-sign-in-email-request";
import { readAuthRequest } from "@/lib/auth/read-auth-request";
import { errorResponse } from "@/lib/errors";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's OAuth and magic-link endpoints. Present always; they offer only configured providers.
// Magic-link requests are limited per IP first (next-auth's callback sees no request to key on).
// Bodies are checked and capped before next-auth reads them (lib/auth/read-auth-request.ts).
async function handler(request: NextRequest, context: Context) {
  let checked: NextRequest;
  try {
    const refused = await refuseSignInEmailRequestOverLimit(request);
    if (refused) return refused;
    checked = await readAuthRequest(request);
  } catch (error) {
    return errorResponse(error);
  }
  return NextAuth(checked, context, await getAuthOptions());
}

export { handler as GET, handler as POST };
