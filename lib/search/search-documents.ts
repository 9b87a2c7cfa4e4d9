import type { KnownIssueFile } from "@/lib/known-issues/schemas";
import type { RunbookDefinition } from "@/lib/runbooks/schemas";
import { shortestRoute } from "@/lib/runbooks/shortest-route";
import { stepHref } from "@/lib/runbooks/urls";
import type { TaxonomyFile } from "@/lib/taxonomy/schemas";

import { normalizeError } from "./normalize-error";

export type SearchDocumentType = "KNOWN_ISSUE" | "RUNBOOK_NODE" | "CATEGORY" | "CONTRIBUTION";

/** The fields of a SearchDocument row that content determines. */
export interface SearchDocumentInput {
  id: string;
  type: SearchDocumentType;
  url: string;
  title: string;
  signatures: string;
  signaturesNormalized: string;
  symptoms: string;
  body: string;
  categorySlug: string;
  status: string | null;
  severity: string | null;
  componentNames: string[];
  /** The protocol revisions the advice holds for; empty when it is not revision-specific. */
  revisions: string[];
}

const join = (parts: (string | undefined | null)[]) => parts.filter(Boolean).join("\n");

export function knownIssueDocument(issue: KnownIssueFile): SearchDocumentInput {
  return {
    id: `known-issue:${issue.slug}`,
    type: "KNOWN_ISSUE",
    url: `/known-issues/${issue.slug}`,
    title: issue.title,
    signatures: issue.errorSignatures.join("\n"),
    signaturesNormalized: issue.errorSignatures.map(normalizeError).join("\n"),
    symptoms: issue.symptoms,
    body: join([
      issue.rootCause,
      ...issue.resolution,
      issue.workaround,
      issue.components.map((c) => c.name).join(", "),
    ]),
    categorySlug: issue.category,
    status: issue.status,
    severity: issue.severity,
    componentNames: [...new Set(issue.components.map((c) => c.name))],
    revisions: issue.revisions,
  };
}

export function runbookNodeDocuments(definition: RunbookDefinition): SearchDocumentInput[] {
  return definition.nodes.map((node) => {
    const route = shortestRoute(definition, node.id);
    const details =
      node.kind === "diagnostic"
        ? [node.expected, ...node.commands.map((c) => c.label)]
        : node.kind === "resolution"
          ? [...node.steps, node.verify]
          : node.kind === "escalation"
            ? node.collect
            : [];
    return {
      id: `runbook-node:${definition.category}/${node.id}`,
      type: "RUNBOOK_NODE",
      url: stepHref(definition.category, node.id, route, null),
      title: node.title,
      signatures: "",
      signaturesNormalized: "",
      symptoms:
        node.kind === "question" || node.kind === "diagnostic" ? node.answers.map((a) => a.label).join("\n") : "",
      body: join([node.body, ...details]),
      categorySlug: definition.category,
      status: null,
      severity: null,
      componentNames: [],
      revisions: node.revisions,
    };
  });
}

export function categoryDocuments(taxonomy: TaxonomyFile): SearchDocumentInput[] {
  return taxonomy.groups.flatMap((group) =>
    group.categories.map((category) => ({
      id: `category:${category.slug}`,
      type: "CATEGORY" as const,
      url: `/categories/${category.slug}`,
      title: category.title,
      signatures: "",
      signaturesNormalized: "",
      symptoms: category.symptoms.join("\n"),
      body: join([category.tagline, category.summary, group.title]),
      categorySlug: category.slug,
      status: null,
      severity: null,
      componentNames: [],
      revisions: [],
    })),
  );
}
