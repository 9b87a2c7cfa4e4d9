"use server";

import { headers } from "next/headers";
import type { ReactNode } from "react";

import { Prose } from "@/components/ui/prose";
import { getCurrentUser } from "@/lib/auth/current-user";
import { previewMarkdownForRequest } from "@/lib/markdown/preview-request";

/**
 * The form's live preview, rendered by the same sanitizing renderer as published pages. Reads nothing
 * and writes nothing but its per-IP count; signed-in people only, and bounded like the body itself.
 */
export async function previewMarkdownAction(markdown: string): Promise<ReactNode> {
  if (!(await getCurrentUser()) || typeof markdown !== "string") return null;
  const preview = await previewMarkdownForRequest(await headers(), markdown);
  if (!preview.ok) {
    return (
      <p role="alert" className="text-sm text-amber-800 dark:text-amber-300">
        {preview.message} Your text is kept; the preview returns after the wait.
      </p>
    );
  }
  return <Prose>{preview.content}</Prose>;
}
