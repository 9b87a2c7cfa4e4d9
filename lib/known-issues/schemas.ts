import { z } from "zod";

import { revisionsField } from "@/lib/revisions/revisions-field";
import { httpsUrlField, slugField, textField } from "@/lib/seed/content-fields";

// One known issue per file in prisma/content/known-issues/<slug>.yaml; the same schema will validate
// known issues contributed through the portal.

const slug = slugField();
const text = textField;
const day = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

export const SEVERITIES = ["low", "medium", "high", "critical"] as const;
export const STATUSES = ["open", "mitigated", "fixed"] as const;
export const COMPONENT_KINDS = ["client", "server", "sdk", "identity-provider", "proxy", "gateway", "runtime"] as const;

export const affectedComponentSchema = z.object({
  kind: z.enum(COMPONENT_KINDS),
  name: text(80),
  /** For SDKs: typescript, python, java, csharp, go, kotlin, rust, ruby, php, swift. */
  language: z
    .string()
    .regex(/^[a-z+#]+$/)
    .optional(),
  versions: text(120).optional(),
});

export const knownIssueFileSchema = z.object({
  slug,
  title: text(160),
  category: slug,
  severity: z.enum(SEVERITIES),
  status: z.enum(STATUSES),
  firstSeen: day,
  lastUpdated: day,
  /** When someone last checked the issue against its sources (status, versions, fix); `content:stale` lists old ones. */
  lastVerified: day,
  /** The MCP protocol revisions the issue occurs with. */
  revisions: revisionsField(),
  /** The exact text people see: error messages, log lines, HTTP responses. At least one. */
  errorSignatures: z.array(text(500)).min(1, "needs at least one error signature").max(8),
  /** Markdown. */
  symptoms: text(3000),
  components: z.array(affectedComponentSchema).min(1).max(10),
  /** Markdown. */
  rootCause: text(3000),
  /** Markdown, one per ordered step. */
  resolution: z.array(text(2000)).min(1).max(12),
  /** Markdown. */
  workaround: text(2000).optional(),
  references: z
    .array(z.object({ title: text(200), url: httpsUrlField() }))
    .min(1, "needs at least one public reference")
    .max(12),
  /** GHSA-… or CVE-… identifiers. */
  advisories: z
    .array(
      z
        .string()
        .regex(
          /^(GHSA(-[23456789cfghjmpqrvwx]{4}){3}|CVE-\d{4}-\d{4,})$/,
          "must be a GHSA-xxxx-xxxx-xxxx or CVE-YYYY-NNNN id",
        ),
    )
    .max(10)
    .default([]),
  /** Runbook steps that resolve this issue. */
  runbookNodes: z
    .array(z.object({ runbook: slug, node: slug }))
    .max(6)
    .default([]),
});

export type KnownIssueFile = z.infer<typeof knownIssueFileSchema>;
