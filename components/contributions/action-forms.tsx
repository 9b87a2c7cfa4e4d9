"use client";

import { useActionState, useState } from "react";

import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useKeepValuesSubmit } from "@/components/ui/use-keep-values-submit";
import type { ActionState } from "@/lib/mutations/run-mutation";

type Action = (previous: ActionState<unknown> | null, formData: FormData) => Promise<ActionState<unknown>>;

export function VoteForm({ action, id, votes, voted }: { action: Action; id: string; votes: number; voted: boolean }) {
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = useKeepValuesSubmit(formAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending} aria-pressed={voted}>
        {voted ? "You found this helpful (undo)" : "This helped"} · {votes}
      </Button>
      <FormError message={state && !state.ok ? state.error.message : undefined} />
    </form>
  );
}

// Fields are controlled: React resets uncontrolled fields after every action, and a refused form must
// keep what the person typed and chose.

export function ReportForm({ action, id }: { action: Action; id: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = useKeepValuesSubmit(formAction);
  const [reason, setReason] = useState("");
  if (state?.ok) {
    return <p role="status">Thank you: a moderator will look at this contribution again.</p>;
  }
  const error = state && !state.ok ? state.error : undefined;
  return (
    <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <summary className="cursor-pointer text-sm">Report a problem with this contribution</summary>
      <form action={formAction} onSubmit={onSubmit} className="mt-3 space-y-3" noValidate>
        <input type="hidden" name="id" value={id} />
        <FormError message={error?.message} />
        <Field id="report-reason" label="What is wrong?" error={error?.fields?.reason}>
          {(describedBy) => (
            <textarea
              id="report-reason"
              name="reason"
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              className={inputClass}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Button type="submit" variant="secondary" disabled={pending}>
          Send report
        </Button>
      </form>
    </details>
  );
}

export function ReviewForm({ action, id, baseVersion }: { action: Action; id: string; baseVersion: number }) {
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = useKeepValuesSubmit(formAction);
  const [decision, setDecision] = useState("approve");
  const [note, setNote] = useState("");
  const error = state && !state.ok ? state.error : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <FormError message={error?.message} />
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 text-sm font-medium">Decision</legend>
        {(
          [
            ["approve", "Approve and publish"],
            ["request-changes", "Request changes"],
            ["reject", "Reject"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="decision"
              value={value}
              checked={decision === value}
              onChange={() => setDecision(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <Field
        id="review-note"
        label="Note to the author"
        hint="Required to reject or to request changes: say what to fix."
        error={error?.fields?.note}
      >
        {(describedBy) => (
          <textarea
            id="review-note"
            name="note"
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            className={inputClass}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        Save review
      </Button>
    </form>
  );
}
