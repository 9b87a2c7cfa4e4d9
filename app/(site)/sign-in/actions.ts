"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";

import { signInMethods } from "@/lib/auth/sign-in-methods";
import { SESSION_MAX_AGE_SECONDS, secureCookies, sessionCookieName } from "@/lib/auth/session-cookie";
import { safeReturnPath } from "@/lib/security/safe-return-path";
import { formDataToObject, runMutation, type ActionState } from "@/lib/mutations/run-mutation";
import { mutations } from "@/lib/mutations/registry";

export async function devSignInAction(_previous: ActionState<unknown> | null, formData: FormData) {
  if (!signInMethods((await headers()).get("host")).development) {
    return {
      ok: false as const,
      error: { code: "FORBIDDEN", message: "The development sign-in is not available on this portal." },
    };
  }
  const result = await runMutation(mutations.devSignIn, formDataToObject(formData));
  if (!result.ok) return result;
  (await cookies()).set(sessionCookieName(), result.data.sessionToken, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: "/",
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  redirect(safeReturnPath(formData.get("returnTo")));
}

export async function signOutAction() {
  await runMutation(mutations.signOut, {});
  (await cookies()).delete(sessionCookieName());
  redirect("/");
}
