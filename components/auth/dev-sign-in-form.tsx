"use client";

import { useActionState, useState } from "react";

import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useKeepValuesSubmit } from "@/components/ui/use-keep-values-submit";
import type { ActionState } from "@/lib/mutations/run-mutation";

type Action = (previous: ActionState<unknown> | null, formData: FormData) => Promise<ActionState<unknown>>;

const ROLE_CHOICES = [
  ["CONTRIBUTOR", "Contributor: submit and edit your own contributions"],
  ["MODERATOR", "Moderator: also review the queue"],
  ["ADMIN", "Admin: also change roles and read the audit log"],
] as const;

export function DevSignInForm({ action, returnTo }: { action: Action; returnTo: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = useKeepValuesSubmit(formAction);
  // Controlled, so a refused name is still there to correct (React resets uncontrolled fields).
  const [name, setName] = useState("");
  const [role, setRole] = useState<string>(ROLE_CHOICES[0][0]);
  const error = state && !state.ok ? state.error : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormError message={error?.message} />
      <Field id="dev-name" label="Name" hint="Anyone may sign in under any name here." error={error?.fields?.name}>
        {(describedBy) => (
          <input
            id="dev-name"
            name="name"
            autoComplete="name"
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={Boolean(error?.fields?.name)}
          />
        )}
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-900 dark:text-slate-100">Role</legend>
        {ROLE_CHOICES.map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="role" value={value} checked={role === value} onChange={() => setRole(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
