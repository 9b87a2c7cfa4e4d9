import { z } from "zod";

import { COMPONENT_KINDS, knownIssueFileSchema, SEVERITIES } from "@/lib/known-issues/schemas";
import { runbookChangeFieldsSchema } from "@/lib/runbooks/runbook-change";
import { plainString, refuseControlCharacters } from "@/lib/validation/text";

import { CONTRIBUTION_KINDS, KIND_ORDER, LIMITS, type ContributionKind } from "./kinds";
import {
  contributedKnownIssueSchema,
  FIELD_LABELS,
  FILE_TO_CONTRIBUTION_FIELD,
  knownIssueFileFromContent,
  SUBMISSION_ID,
} from "./known-issue-file";

// One schema per input, used by the form (field errors), the server actions and the JSON API.

const text = (label: string, min = 10, max: number = LIMITS.text) =>
  plainString(label)
    .trim()
    .min(min, `${label} needs at least ${min} characters.`)
    .max(max, `${label} can be at most ${max} characters.`);

const optionalText = (label: string, max: number = LIMITS.text) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    text(label, 1, max).optional(),
  );

const splitLines = (value: unknown) =>
  typeof value === "string"
    ? value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
    : value;

/** A list from a JSON array or from a textarea with one item per line. */
const lines = (label: string, max: number = LIMITS.listItems) =>
  z.preprocess(
    splitLines,
    z
      .array(text(`Each line of ${label.toLowerCase()}`, 3, LIMITS.listItem))
      .min(1, `Add at least one line to ${label.toLowerCase()}.`)
      .max(max, `${label} can have at most ${max} lines.`),
  );

/** "sdk: MCP TypeScript SDK 1.24" → { kind, name }: the affected-component lines of a known issue. */
const componentLine = plainString("Each component").regex(
  new RegExp(`^(${COMPONENT_KINDS.join("|")}):\\s*\\S.{0,78}$`),
  `Write each component as "<kind>: <name and versions>", kind one of ${COMPONENT_KINDS.join(", ")}.`,
);

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/, "Choose a category.");

const markdownLinks = (body: string) => (body.match(/\]\(|<https?:\/\/|https?:\/\//g) ?? []).length;

const description = (max: number) =>
  text("The description", LIMITS.body.min, max).refine(
    (body) => markdownLinks(body) <= LIMITS.links,
    `The description can hold at most ${LIMITS.links} links.`,
  );

/**
 * A known issue is published as a known-issue file, so that file's schema sets the limits of the fields
 * it takes over: the description becomes `symptoms`, each reference URL also its title.
 */
const knownIssueFile = knownIssueFileSchema.shape;
export const KNOWN_ISSUE_LIMITS = {
  body: knownIssueFile.symptoms.maxLength!,
  referenceUrl: knownIssueFile.references.element.shape.title.maxLength!,
};

const common = {
  title: text("The title", LIMITS.title.min, LIMITS.title.max),
  categorySlug: slug,
  body: description(LIMITS.body.max),
  runbookNodes: z.preprocess(
    (value) => (value === undefined || value === "" ? [] : typeof value === "string" ? value.split(",") : value),
    z
      .array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, "Pick runbook steps from the list."))
      .max(LIMITS.runbookNodes, `Attach at most ${LIMITS.runbookNodes} runbook steps.`),
  ),
};

export const kindFieldSchemas = {
  DIAGNOSTIC_TECHNIQUE: z.object({
    steps: lines("The steps"),
    reveals: text("What it reveals"),
  }),
  RESOLUTION_PROCEDURE: z.object({
    steps: lines("The steps"),
    verification: text("How to verify the fix"),
    prerequisites: optionalText("Prerequisites"),
  }),
  COMMON_SOLUTION: z.object({
    problem: text("The problem"),
    appliesWhen: optionalText("When it applies", 500),
  }),
  DIAGNOSTIC_TOOL: z.object({
    name: text("The tool's name", 2, 80),
    homepage: refuseControlCharacters(
      z.url({ protocol: /^https$/, error: "The homepage must be an https:// address." }),
      "The homepage",
    ),
    license: text("The license", 2, 60),
    checks: text("What it checks"),
    install: text("How to install it", 2),
    usage: text("How to run it", 2),
  }),
  KNOWN_ISSUE: z.object({
    errorSignatures: lines("The error messages", 8),
    severity: z.enum(SEVERITIES, { error: "Choose a severity: low, medium, high or critical." }),
    components: z.preprocess(
      splitLines,
      z
        .array(componentLine)
        .min(1, "Name at least one affected component, e.g. sdk: MCP TypeScript SDK 1.24.")
        .max(10, "Name at most 10 components."),
    ),
    rootCause: text("The root cause"),
    resolution: lines("The fix", 12),
    workaround: optionalText("A workaround"),
    references: z.preprocess(
      splitLines,
      z
        .array(
          refuseControlCharacters(
            z
              .url({ protocol: /^https$/, error: "Each reference must be an https:// address, one per line." })
              .max(
                KNOWN_ISSUE_LIMITS.referenceUrl,
                `Each reference can be at most ${KNOWN_ISSUE_LIMITS.referenceUrl} characters long.`,
              ),
            "Each reference",
          ),
        )
        .min(1, "Add at least one public reference: an issue, a spec section or an advisory.")
        .max(12, "Add at most 12 references."),
    ),
  }),
  RUNBOOK_CHANGE: runbookChangeFieldsSchema,
} satisfies Record<ContributionKind, z.ZodObject>;

export type KindFields<K extends ContributionKind = ContributionKind> = z.infer<(typeof kindFieldSchemas)[K]>;

const kindError = `Choose a kind: ${KIND_ORDER.map((k) => CONTRIBUTION_KINDS[k].label.toLowerCase()).join(", ")}.`;

/** A contribution's content, whatever its kind: common fields plus the kind's own. */
export const contributionContentSchema = z.discriminatedUnion(
  "kind",
  [
    kindFieldSchemas.DIAGNOSTIC_TECHNIQUE.extend({ kind: z.literal("DIAGNOSTIC_TECHNIQUE"), ...common }),
    kindFieldSchemas.RESOLUTION_PROCEDURE.extend({ kind: z.literal("RESOLUTION_PROCEDURE"), ...common }),
    kindFieldSchemas.COMMON_SOLUTION.extend({ kind: z.literal("COMMON_SOLUTION"), ...common }),
    kindFieldSchemas.DIAGNOSTIC_TOOL.extend({ kind: z.literal("DIAGNOSTIC_TOOL"), ...common }),
    kindFieldSchemas.KNOWN_ISSUE.extend({
      kind: z.literal("KNOWN_ISSUE"),
      ...common,
      body: description(KNOWN_ISSUE_LIMITS.body),
    }).superRefine((content, ctx) => {
      // The last word is the file schema's own: whatever it would refuse at approval is refused now.
      const file = contributedKnownIssueSchema.safeParse(knownIssueFileFromContent(SUBMISSION_ID, content, new Date()));
      for (const issue of file.error?.issues ?? []) {
        const field = FILE_TO_CONTRIBUTION_FIELD[String(issue.path[0])] ?? "input";
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `${FIELD_LABELS[field] ?? "A field"} ${issue.message}.`,
        });
      }
    }),
    kindFieldSchemas.RUNBOOK_CHANGE.extend({ kind: z.literal("RUNBOOK_CHANGE"), ...common }),
  ],
  { error: kindError },
);

export type ContributionContent = z.infer<typeof contributionContentSchema>;

/** Splits validated content into the columns and the kind's own fields (stored as JSON on the revision). */
export function splitContent(content: ContributionContent) {
  const { kind, title, categorySlug, body, runbookNodes, ...fields } = content;
  return { kind, title, categorySlug, body, runbookNodes, fields };
}

const intent = z.enum(["draft", "submit"], { error: "Choose to save a draft or to submit." }).default("submit");
/** A contribution id (cuid) in a URL or a form; anything else names no contribution. */
export const contributionIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/, "That contribution does not exist.");
const id = contributionIdSchema;
const version = z.coerce.number({ error: "The form is missing its version: reload the page." }).int().min(1);

export const createContributionSchema = z.intersection(contributionContentSchema, z.object({ intent }));

export const updateContributionSchema = z.intersection(
  contributionContentSchema,
  z.object({ id, baseVersion: version, intent }),
);

/** What the JSON API answers after a create or an edit. */
export const contributionWriteResultSchema = z.object({
  id: z.string(),
  status: z.enum(["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "REJECTED"]),
  version: z.number().int(),
});

export const reviewContributionSchema = z
  .object({
    id,
    baseVersion: version,
    decision: z.enum(["approve", "reject", "request-changes"], { error: "Choose approve, reject or request changes." }),
    note: plainString("The note")
      .trim()
      .max(LIMITS.text, `The note can be at most ${LIMITS.text} characters.`)
      .default(""),
  })
  .refine((review) => review.decision === "approve" || review.note.length >= 10, {
    path: ["note"],
    message: "Say why, in at least 10 characters: the author sees this note.",
  });

export const voteSchema = z.object({ id });

export const reportSchema = z.object({ id, reason: text("The reason", 10, 1000) });
