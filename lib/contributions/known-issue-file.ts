// A contributed known issue as the input of the known-issue file schema: the one mapping, used when it is
// submitted (the schema decides then) and when it is approved (the schema parses it for publication).
// Pure, without the database, so that the contribution schema can run it.

import { z } from "zod";

import { knownIssueFileSchema } from "@/lib/known-issues/schemas";
import { PROTOCOL_REVISIONS } from "@/lib/revisions/protocol-revisions";

/**
 * The contribution form does not ask for protocol revisions yet: a contributed issue may have none, and its page
 * says "not stated" rather than claiming every revision. Everything else meets the curated bar.
 */
export const contributedKnownIssueSchema = knownIssueFileSchema.extend({
  revisions: z.array(z.enum(PROTOCOL_REVISIONS)).default([]),
});

export interface KnownIssueContribution {
  title: string;
  categorySlug: string;
  body: string;
  severity: string;
  errorSignatures: string[];
  components: string[];
  rootCause: string;
  resolution: string[];
  workaround?: string | undefined;
  references: string[];
  runbookNodes: string[];
}

/** The known-issues page's slug for a contributed issue: its title, plus the contribution's id for uniqueness. */
export function communityKnownIssueSlug(title: string, contributionId: string): string {
  const words = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${words || "issue"}-${contributionId.slice(-8).toLowerCase()}`;
}

/** An id of the shape the database gives, for checking a submission that has none yet. */
export const SUBMISSION_ID = "submission00000000000000";

export function knownIssueFileFromContent(id: string, content: KnownIssueContribution, today: Date) {
  const day = today.toISOString().slice(0, 10);
  return {
    slug: communityKnownIssueSlug(content.title, id),
    title: content.title,
    category: content.categorySlug,
    severity: content.severity,
    status: "open",
    firstSeen: day,
    lastUpdated: day,
    // A moderator checks it against its references when approving it.
    lastVerified: day,
    errorSignatures: content.errorSignatures,
    symptoms: content.body,
    components: content.components.map((line) => {
      const [kind, ...name] = line.split(":");
      return { kind: kind!.trim(), name: name.join(":").trim() };
    }),
    rootCause: content.rootCause,
    resolution: content.resolution,
    workaround: content.workaround,
    references: content.references.map((url) => ({ title: url, url })),
    runbookNodes: content.runbookNodes.map((ref) => {
      const [runbook, node] = ref.split("/");
      return { runbook, node };
    }),
  };
}

/** Where a problem the file schema finds belongs on the contribution form. */
export const FILE_TO_CONTRIBUTION_FIELD: Record<string, string> = {
  slug: "title",
  title: "title",
  category: "categorySlug",
  severity: "severity",
  errorSignatures: "errorSignatures",
  symptoms: "body",
  components: "components",
  rootCause: "rootCause",
  resolution: "resolution",
  workaround: "workaround",
  references: "references",
  runbookNodes: "runbookNodes",
};

export const FIELD_LABELS: Record<string, string> = {
  title: "The title",
  categorySlug: "The category",
  severity: "The severity",
  errorSignatures: "Each error message",
  body: "The description",
  components: "Each component",
  rootCause: "The root cause",
  resolution: "Each line of the fix",
  workaround: "The workaround",
  references: "Each reference",
  runbookNodes: "The runbook steps",
};
