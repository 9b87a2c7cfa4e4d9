import Link from "next/link";

import type { ContributionContent } from "@/lib/contributions/schemas";
import { lineDiff } from "@/lib/contributions/line-diff";

import { LineDiffView } from "./line-diff-view";

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
          <LineDiffView
            lines={lineDiff(asText(diff.from), asText(diff.to))}
            label={`Changes from version ${range[0]} to version ${range[1]}`}
          />
        </figure>
      ) : null}
    </section>
  );
}
