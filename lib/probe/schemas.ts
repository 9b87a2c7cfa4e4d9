import { z } from "zod";

import { stepRefField } from "@/lib/signals/schemas";

/** pass: as a client needs it; warn: works but fragile or outside a SHOULD; fail: breaks clients; skip: not run. */
export const checkStatusSchema = z.enum(["pass", "warn", "fail", "skip"]);
export type CheckStatus = z.infer<typeof checkStatusSchema>;

export const checkGroupSchema = z.enum(["transport", "protocol", "authorization", "token", "browser", "limits"]);
export type CheckGroup = z.infer<typeof checkGroupSchema>;

/** One request and what came back, with secrets redacted before it is stored. */
export const evidenceSchema = z
  .object({
    label: z.string().max(200),
    request: z.string().max(2000).optional(),
    status: z.string().max(200).optional(),
    headers: z.record(z.string(), z.string().max(2000)).optional(),
    body: z.string().max(4000).optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type Evidence = z.infer<typeof evidenceSchema>;

export const checkResultSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().max(200),
    group: checkGroupSchema,
    status: checkStatusSchema,
    summary: z.string().max(1000),
    /** The runbook step that fixes this finding, as <category>/<node id>; set on warn and fail. */
    step: stepRefField.optional(),
    durationMs: z.number().int().nonnegative(),
    evidence: z.array(evidenceSchema).max(10),
  })
  .strict();
export type CheckResult = z.infer<typeof checkResultSchema>;

/** The one report format: the CLI's --json output, the page's stream, and an uploaded file. */
export const probeReportSchema = z
  .object({
    format: z.literal("mcp-probe-report/1"),
    target: z.string().max(2000),
    startedAt: z.iso.datetime(),
    durationMs: z.number().int().nonnegative(),
    results: z.array(checkResultSchema).max(100),
  })
  .strict();
export type ProbeReport = z.infer<typeof probeReportSchema>;

/** A probe request: the page's form, the route handler and the CLI's arguments. The token is never stored. */
export const probeInputSchema = z
  .object({
    url: z
      .url({ protocol: /^https?$/, error: "Enter the MCP server's http(s):// URL, path included." })
      .max(2000, "The URL is too long."),
    token: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .max(8000, "The token is too long.")
        .regex(/^[\x21-\x7e]+$/, "A bearer token is one line of printable characters.")
        .optional(),
    ),
    origin: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .url({ protocol: /^https?$/, error: "The origin is a scheme and host, like https://app.example.com." })
        .max(300)
        .optional(),
    ),
  })
  .strict();
export type ProbeInput = z.infer<typeof probeInputSchema>;
