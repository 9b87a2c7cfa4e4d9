"use client";

import { useActionState } from "react";

import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { ActionState } from "@/lib/mutations/run-mutation";

type Action = (previous: ActionState<unknown> | null, formData: FormData) => Promise<ActionState<unknown>>;

/** Suspend (ends every session of the person at once) or restore one person. */
export function SuspendForm({
  action,
  userId,
  name,
  suspended,
}: {
  action: Action;
  userId: string;
  name: string;
  suspended: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="suspend" value={suspended ? "false" : "true"} />
      <Button
        type="submit"
        variant="secondary"
        disabled={pending}
        aria-label={`${suspended ? "Restore" : "Suspend"} ${name}`}
      >
        {suspended ? "Restore" : "Suspend"}
      </Button>
      <FormError message={state && !state.ok ? state.error.message : undefined} />
    </form>
  );
}
