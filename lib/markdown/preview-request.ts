import "server-only";

import { getDb } from "@/lib/db";
import { clientIp } from "@/lib/security/client-ip";

import { previewMarkdown, type Preview } from "./preview-markdown";

/** The preview for the current request: its only write is the per-IP count (lib/rate-limit). */
export async function previewMarkdownForRequest(requestHeaders: Headers, markdown: string): Promise<Preview> {
  return previewMarkdown(await getDb(), clientIp(requestHeaders), markdown);
}
