import type { ReactNode } from "react";

/** Typography for rendered Markdown: links, lists, code and tables. */
export function Prose({
  children,
  as: Tag = "div",
}: {
  children: ReactNode;
  as?: "div" | "li";
  key?: string | number;
}) {
  return (
    <Tag className="prose-runbook space-y-3 leading-7 [&_a]:text-sky-700 [&_a]:underline dark:[&_a]:text-sky-400 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      {children}
    </Tag>
  );
}
