"use client";

import { useActionState } from "react";

import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useKeepValuesSubmit } from "@/components/ui/use-keep-values-submit";
import type { ActionState } from "@/lib/mutations/run-mutation";

type Action = (previous: ActionState<unknown> | null, formData: FormData) => Promise<ActionState<unknown>>;

export function RoleForm({
  action,
  userId,
  name,
  role,
}: {
  action: Action;
  userId: string;
  name: string;
  role: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = useKeepValuesSubmit(formAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {name}
      </label>
      <select id={`role-${userId}`} name="role" defaultValue={role} className={`${inputClass} w-auto`}>
        <option value="CONTRIBUTOR">Contributor</option>
        <option value="MODERATOR">Moderator</option>
        <option value="ADMIN">Admin</option>
      </select>
      <Button type="submit" variant="secondary" disabled={pending}>
        Save role
      </Button>
      {state?.ok ? <span role="status">Saved.</span> : null}
      <FormError message={state && !state.ok ? state.error.message : undefined} />
    </form>
  );
}
