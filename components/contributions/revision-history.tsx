import Link from "next/link";

import type { ContributionContent } from "@/lib/contributions/schemas";
import { lineDiff } from "@/lib/contributions/line-diff";

/** Every revision, each comparable with the one before it; the chosen comparison as a line diff. */
export function RevisionHistory({
  id,
  revisions,
  diff,
  range,
}: {
  id: string;
  revisions: { number: number; author: string | null; createdAt: Date }[];
  diff: { from: ContributionContent; to: ContributionContent } | null;
  range: [number, number] | null;
}) {
  const asText = (content: ContributionContent) =>
    Object.entries(content)
      .filter(([key]) => key !== "kind")
      .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join("\n  ") : String(value)}`)
      .join("\n");
  return (
    <section aria-labelledby="revisions-heading" className="space-y-3">
      <h2 id="revisions-heading" className="text-lg font-semibold">
        Revisions
      </h2>
      <ol className="space-y-1 text-sm">
        {revisions.map((revision) => (
          <li key={revision.number}>
            Version {revision.number} by {revision.author ?? "unknown"},{" "}
            {revision.createdAt.toISOString().slice(0, 16).replace("T", " ")}
            {revision.number > 1 ? (
              <>
                {" "}
                <Link
                  href={`/contributions/${id}?compare=${revision.number - 1}..${revision.number}#revisions-heading`}
                  className="underline"
                >
                  compare with version {revision.number - 1}
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {diff && range ? (
        <figure className="space-y-1">
          <figcaption className="text-sm font-medium">
            Version {range[0]} → version {range[1]}
          </figcaption>
          <pre
            tabIndex={0}
            className="overflow-x-auto rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800"
          >
            {lineDiff(asText(diff.from), asText(diff.to)).map((line, index) => (
              <div
                key={index}
                className={
                  line.kind === "added"
                    ? "bg-green-100 dark:bg-green-950"
                    : line.kind === "removed"
                      ? "bg-red-100 line-through dark:bg-red-950"
                      : ""
                }
              >
                {line.kind === "added" ? "+ " : line.kind === "removed" ? "- " : "  "}
                {line.text}
              </div>
            ))}
          </pre>
        </figure>
      ) : null}
    </section>
  );
}
