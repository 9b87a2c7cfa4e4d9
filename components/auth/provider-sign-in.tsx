"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

/** GitHub and magic-link sign-in through next-auth's endpoints (CSRF-protected by next-auth). */
export function ProviderSignIn({ github, email, returnTo }: { github: boolean; email: boolean; returnTo: string }) {
  const [address, setAddress] = useState("");
  return (
    <div className="space-y-6">
      {github ? (
        <Button type="button" onClick={() => signIn("github", { callbackUrl: returnTo })}>
          Sign in with GitHub
        </Button>
      ) : null}
      {email ? (
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            void signIn("email", { email: address, callbackUrl: returnTo });
          }}
        >
          <Field id="sign-in-email" label="Email" hint="We send you a link that signs you in; it works for 15 minutes.">
            {(describedBy) => (
              <input
                id="sign-in-email"
                type="email"
                required
                autoComplete="email"
                value={address}
                onChange={(event) => setAddress(event.target.value)}
                className={inputClass}
                aria-describedby={describedBy}
              />
            )}
          </Field>
          <Button type="submit" variant="secondary">
            Email me a sign-in link
          </Button>
        </form>
      ) : null}
    </div>
  );
}
