"use server";

import type { ReactNode } from "react";

import { Prose } from "@/components/ui/prose";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LIMITS } from "@/lib/contributions/kinds";
import { renderMarkdown } from "@/lib/markdown/render-markdown";

/**
 * The form's live preview, rendered by the same sanitizing renderer as published pages. Reads nothing
 * and writes nothing; signed-in people only, and bounded like the body itself.
 */
export async function previewMarkdownAction(markdown: string): Promise<ReactNode> {
  if (!(await getCurrentUser()) || typeof markdown !== "string") return null;
  return <Prose>{renderMarkdown(markdown.slice(0, LIMITS.body.max))}</Prose>;
}
