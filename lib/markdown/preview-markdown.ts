import "server-only";

import type { ReactNode } from "react";

import { LIMITS } from "@/lib/contributions/kinds";
import { AppError } from "@/lib/errors";
import type { RateLimitStore } from "@/lib/rate-limit/consume-rate-limit";
import { enforceRateLimit } from "@/lib/rate-limit/enforce-rate-limit";

import { renderMarkdown } from "./render-markdown";

export type Preview = { ok: true; content: ReactNode } | { ok: false; message: string };

/**
 * The contribution form's live preview: limited per IP (every pause in typing asks for one), cut to the
 * body's limit, and rendered without the renderer's cache, since text being typed is never asked for
 * twice and would only push published pages out of it.
 */
export async function previewMarkdown(db: RateLimitStore, ip: string, markdown: string): Promise<Preview> {
  try {
    await enforceRateLimit(db, "markdownPreview", ip);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
  return { ok: true, content: renderMarkdown(markdown.slice(0, LIMITS.body.max), { cache: false }) };
}
