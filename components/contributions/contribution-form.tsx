"use client";

import { useActionState, useEffect, useState, useTransition, type ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import {
  bodyMaxLength,
  CONTRIBUTION_KINDS,
  KIND_ORDER,
  LIMITS,
  type ContributionKind,
} from "@/lib/contributions/kinds";
import { useKeepValuesSubmit } from "@/components/ui/use-keep-values-submit";
import type { ActionState } from "@/lib/mutations/run-mutation";

import { KIND_FIELD_SPECS, type FieldSpec } from "./kind-field-specs";

type SaveAction = (previous: ActionState<unknown> | null, formData: FormData) => Promise<ActionState<{ id: string }>>;
type PreviewAction = (markdown: string) => Promise<ReactNode>;

const BODY_LABELS: Partial<Record<ContributionKind, string>> = {
  KNOWN_ISSUE: "Symptoms (Markdown)",
  RUNBOOK_CHANGE: "Why this change (Markdown): what people hit that the runbook does not handle yet",
};

export interface ContributionFormValues {
  kind: ContributionKind;
  title: string;
  categorySlug: string;
  body: string;
  runbookNodes: string[];
  fields: Record<string, string>;
}

interface Props {
  action: SaveAction;
  preview: PreviewAction;
  categories: { slug: string; title: string }[];
  runbookSteps: { ref: string; categorySlug: string; title: string }[];
  initial: ContributionFormValues;
  /** Editing: the contribution and the version the edit starts from. */
  editing?: { id: string; baseVersion: number };
}

export function ContributionForm({ action, preview, categories, runbookSteps, initial, editing }: Props) {
  const [values, setValues] = useState(initial);
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = useKeepValuesSubmit(formAction);
  const error = state && !state.ok ? state.error : undefined;
  const fieldError = (name: string) => error?.fields?.[name];
  const set = (patch: Partial<ContributionFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const setField = (name: string, value: string) =>
    setValues((v) => ({ ...v, fields: { ...v.fields, [name]: value } }));
  const steps = runbookSteps.filter((step) => step.categorySlug === values.categorySlug);

  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-6" noValidate>
      {editing ? (
        <>
          <input type="hidden" name="id" value={editing.id} />
          <input type="hidden" name="baseVersion" value={editing.baseVersion} />
        </>
      ) : null}
      <FormError message={error?.message} />
      <input type="hidden" name="kind" value={values.kind} />
      <fieldset className="space-y-2" disabled={Boolean(editing)}>
        <legend className="text-sm font-medium text-slate-900 dark:text-slate-100">Kind</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {KIND_ORDER.map((kind) => (
            <label
              key={kind}
              className="flex gap-2 rounded-lg border border-slate-300 p-3 text-sm has-[:checked]:border-sky-700 dark:border-slate-700"
            >
              <input type="radio" name="kind-choice" checked={values.kind === kind} onChange={() => set({ kind })} />
              <span>
                <span className="block font-medium">{CONTRIBUTION_KINDS[kind].label}</span>
                <span className="text-slate-600 dark:text-slate-400">{CONTRIBUTION_KINDS[kind].hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        id="title"
        label="Title"
        hint={`${LIMITS.title.min} to ${LIMITS.title.max} characters.`}
        error={fieldError("title")}
      >
        {(describedBy) => (
          <input
            id="title"
            name="title"
            value={values.title}
            onChange={(e) => set({ title: e.target.value })}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={Boolean(fieldError("title"))}
          />
        )}
      </Field>
      <Field id="categorySlug" label="Category" error={fieldError("categorySlug")}>
        {(describedBy) => (
          <select
            id="categorySlug"
            name="categorySlug"
            value={values.categorySlug}
            onChange={(e) => set({ categorySlug: e.target.value, runbookNodes: [] })}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={Boolean(fieldError("categorySlug"))}
          >
            <option value="">Choose a category</option>
            {categories.map((category) => (
              <option key={category.slug} value={category.slug}>
                {category.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      {KIND_FIELD_SPECS[values.kind].map((spec) => (
        <KindField
          key={`${values.kind}-${spec.name}`}
          spec={spec}
          value={values.fields[spec.name] ?? ""}
          error={fieldError(spec.name)}
          onChange={(value) => setField(spec.name, value)}
        />
      ))}
      <MarkdownBody
        label={BODY_LABELS[values.kind] ?? "Description (Markdown)"}
        value={values.body}
        maxLength={bodyMaxLength(values.kind)}
        error={fieldError("body")}
        onChange={(body) => set({ body })}
        preview={preview}
      />
      {steps.length > 0 && values.kind !== "RUNBOOK_CHANGE" ? (
        <Field
          id="runbookNodes"
          label="Runbook steps this applies to (optional)"
          hint={`Those steps will link here once approved. At most ${LIMITS.runbookNodes}.`}
          error={fieldError("runbookNodes")}
        >
          {(describedBy) => (
            <select
              id="runbookNodes"
              name="runbookNodes"
              multiple
              size={Math.min(6, steps.length)}
              value={values.runbookNodes}
              onChange={(e) => set({ runbookNodes: [...e.target.selectedOptions].map((o) => o.value) })}
              className={inputClass}
              aria-describedby={describedBy}
            >
              {steps.map((step) => (
                <option key={step.ref} value={step.ref}>
                  {step.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="submit" disabled={pending}>
          {pending ? "Saving…" : "Submit for review"}
        </Button>
        <Button type="submit" name="intent" value="draft" variant="secondary" disabled={pending}>
          Save as draft
        </Button>
      </div>
    </form>
  );
}

function KindField({
  spec,
  value,
  error,
  onChange,
}: {
  spec: FieldSpec;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const label = spec.optional ? `${spec.label} (optional)` : spec.label;
  return (
    <Field id={spec.name} label={label} hint={spec.hint} error={error}>
      {(describedBy) => {
        const common = {
          id: spec.name,
          name: spec.name,
          value,
          className: inputClass,
          "aria-describedby": describedBy,
          "aria-invalid": Boolean(error),
        };
        if (spec.control === "select") {
          return (
            <select {...common} onChange={(e) => onChange(e.target.value)}>
              <option value="">Choose</option>
              {spec.options?.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          );
        }
        if (spec.control === "code") {
          return (
            <textarea
              {...common}
              rows={18}
              spellCheck={false}
              className={`${inputClass} font-mono text-sm`}
              onChange={(e) => onChange(e.target.value)}
            />
          );
        }
        return spec.control === "input" || spec.control === "url" ? (
          <input
            {...common}
            type={spec.control === "url" ? "url" : "text"}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <textarea {...common} rows={spec.control === "lines" ? 5 : 3} onChange={(e) => onChange(e.target.value)} />
        );
      }}
    </Field>
  );
}

/** The description with a preview from the server's one sanitizing renderer, a moment after typing stops. */
function MarkdownBody({
  label,
  value,
  maxLength,
  error,
  onChange,
  preview,
}: {
  label: string;
  value: string;
  maxLength: number;
  error: string | undefined;
  onChange: (value: string) => void;
  preview: PreviewAction;
}) {
  const [rendered, setRendered] = useState<ReactNode>(null);
  const [, startTransition] = useTransition();
  useEffect(() => {
    if (!value.trim()) return;
    const timer = setTimeout(() => startTransition(async () => setRendered(await preview(value))), 400);
    return () => clearTimeout(timer);
  }, [value, preview]);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Field
        id="body"
        label={label}
        hint={`${value.length} / ${maxLength} characters, at most ${LIMITS.links} links. Code blocks are highlighted.`}
        error={error}
      >
        {(describedBy) => (
          <textarea
            id="body"
            name="body"
            rows={14}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            className={`${inputClass} font-mono text-sm`}
            aria-describedby={describedBy}
            aria-invalid={Boolean(error)}
          />
        )}
      </Field>
      <section aria-label="Preview" className="space-y-1">
        <h2 className="text-sm font-medium text-slate-900 dark:text-slate-100">Preview</h2>
        <div
          data-testid="markdown-preview"
          className="min-h-40 rounded-lg border border-dashed border-slate-300 p-3 dark:border-slate-700"
        >
          {value.trim() ? (
            rendered
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">Nothing to preview yet.</p>
          )}
        </div>
      </section>
    </div>
  );
}
