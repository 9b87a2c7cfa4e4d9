import type { Database } from "@/lib/db/create-client";

import type { TYPE_TO_DOCUMENT, SearchType } from "./schemas";
import { VersionedMemo } from "./versioned-memo";

const KNOWN_ISSUE_PREFIX = "known-issue:";

/** What a search document shows and is scored by, apart from how it matched a query: fixed at a content version. */
export interface DocumentFields {
  id: string;
  type: (typeof TYPE_TO_DOCUMENT)[SearchType];
  categorySlug: string;
  status: string | null;
  /** The protocol revisions the document holds for; empty when it is not revision-specific. */
  revisions: string[];
  title: string;
  url: string;
  severity: string | null;
  categoryTitle: string | null;
  /** The text a snippet is cut from (signatures and symptoms, else symptoms and body). */
  text: string;
  signaturesNormalized: string;
  /** The runbook steps a known issue links to (empty for other documents). */
  runbookNodes: string[];
}

/**
 * The real content is about 2,400 documents, all of which fit; on a 100,000-document corpus, the candidates of
 * the searches people repeat. An entry is a few KB (a snippet source of at most 1,500 characters, signatures).
 */
const keptFields = new VersionedMemo<DocumentFields>(10_000);

/**
 * The fields of documents `ids`, remembered per document at a content version. They change only with content,
 * and each change gives a new version; reading them with every search's candidates was a fifth of the candidate
 * statement on PGlite (80 KB of rows for a keyword query on 100,000 documents). Without a version (scripts,
 * tests) every document is read.
 */
export async function documentFieldsAt(
  db: Database,
  ids: string[],
  version: number | null,
): Promise<Map<string, DocumentFields>> {
  const byId = async (list: string[]) => new Map((await readDocumentFields(db, list)).map((row) => [row.id, row]));
  if (version === null) return byId(ids);
  return keptFields.get(db, version, ids, (id) => id, byId);
}

function readDocumentFields(db: Database, ids: string[]): Promise<DocumentFields[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.$queryRaw<DocumentFields[]>`
    SELECT d.id, d.type::text AS type, d."categorySlug", d.status, coalesce(d.revisions, '{}') AS revisions, d.title,
      d.url, d.severity, cat.title AS "categoryTitle", d."signaturesNormalized",
      left(CASE WHEN d.signatures <> '' THEN d.signatures || E'\n' || d.symptoms ELSE d.symptoms || E'\n' || d.body END, 1500) AS text,
      coalesce(k."runbookNodes", '{}') AS "runbookNodes"
    FROM "SearchDocument" d
    LEFT JOIN "Category" cat ON cat.slug = d."categorySlug"
    LEFT JOIN "KnownIssue" k ON d.type = 'KNOWN_ISSUE' AND k.slug = substr(d.id, ${KNOWN_ISSUE_PREFIX.length + 1})
    WHERE d.id = ANY(${ids}::text[])`;
}
