import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { DevSignInForm } from "@/components/auth/dev-sign-in-form";
import { ProviderSignIn } from "@/components/auth/provider-sign-in";
import { FormError } from "@/components/ui/form-error";
import { SUSPENDED_MESSAGE } from "@/lib/auth/mutations";
import { getCurrentUser } from "@/lib/auth/current-user";
import { signInMethods } from "@/lib/auth/sign-in-methods";
import { safeReturnPath } from "@/lib/security/safe-return-path";

import { devSignInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ returnTo?: string; sent?: string; error?: string }> };

const ERRORS: Record<string, string> = {
  EmailSignin:
    "We could not send the sign-in email: too many were asked for this address, or the mail server refused. Wait a few minutes and try again.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  OAuthAccountNotLinked: "This email is already linked to another way of signing in. Use that one.",
  AccessDenied: SUSPENDED_MESSAGE,
  TooManyEmails:
    "Many sign-in emails were asked for from your network in the last hour. Wait a while, or use a link already sent.",
};

export default async function SignInPage({ searchParams }: Props) {
  const { returnTo: rawReturnTo, sent, error } = await searchParams;
  const returnTo = safeReturnPath(rawReturnTo);
  if (await getCurrentUser()) redirect(returnTo);
  const methods = signInMethods((await headers()).get("host"));
  const none = !methods.github && !methods.email && !methods.development;
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-bold text-slate-900 dark:text-white">Sign in</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Reading needs no account. Sign in to contribute diagnostic techniques, fixes and tools, and to vote.
      </p>
      {sent ? (
        <p role="status" className="rounded-lg border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950">
          Check your email for a sign-in link.
        </p>
      ) : null}
      <FormError message={error ? (ERRORS[error] ?? "Signing in failed. Try again.") : undefined} />
      <ProviderSignIn github={methods.github} email={methods.email} returnTo={returnTo} />
      {methods.development ? (
        <section
          aria-labelledby="dev-heading"
          className="space-y-3 rounded-xl border border-amber-300 p-4 dark:border-amber-800"
        >
          <h2 id="dev-heading" className="font-semibold text-slate-900 dark:text-white">
            Development sign-in
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            This portal runs on this machine with no sign-in provider configured, so you may pick any name and role. It
            disappears once GitHub or email sign-in is set up or the portal has a public address.
          </p>
          <DevSignInForm action={devSignInAction} returnTo={returnTo} />
        </section>
      ) : null}
      {none ? (
        <p>
          Sign-in is not configured on this portal. Administrators: set GitHub or email sign-in as the README&apos;s
          production setup describes.
        </p>
      ) : null}
    </div>
  );
}
