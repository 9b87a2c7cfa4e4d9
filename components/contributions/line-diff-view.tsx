import type { DiffLine } from "@/lib/contributions/line-diff";

/** A line diff as text with +/- gutters; colour is a second cue, never the only one. */
export function LineDiffView({ lines, label }: { lines: DiffLine[]; label: string }) {
  return (
    <pre
      tabIndex={0}
      aria-label={label}
      className="overflow-x-auto rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800"
    >
      {lines.map((line, index) => (
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
  );
}
