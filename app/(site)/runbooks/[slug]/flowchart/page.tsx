import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { FlowchartLegend } from "@/components/runbooks/flowchart-legend";
import { FlowchartViewport } from "@/components/runbooks/flowchart-viewport";
import { buildFlowchart } from "@/lib/runbooks/build-flowchart";
import { findRunbook } from "@/lib/runbooks/find-runbook";
import { answersFromSearchParams, stepHref } from "@/lib/runbooks/urls";
import { answersOfTrail } from "@/lib/runbooks/walk";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const runbook = await findRunbook((await params).slug);
  return runbook ? { title: `Flowchart: ${runbook.title}` } : {};
}

export default async function FlowchartPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const runbook = await findRunbook(slug);
  if (!runbook) notFound();
  const query = await searchParams;
  const nodeId = typeof query.node === "string" ? query.node : null;
  const { svg, walk } = buildFlowchart({
    slug,
    title: runbook.title,
    version: runbook.version,
    definition: runbook.definition,
    nodeId,
    answers: answersFromSearchParams(query),
    withLinks: true,
  });
  const stepUrl = stepHref(slug, walk.current.id, answersOfTrail(walk.trail), runbook.version);
  const svgUrl = `/runbooks/${slug}/flowchart.svg${stepUrl.slice(stepUrl.indexOf("?"))}&node=${walk.current.id}`;
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Runbook · {runbook.category.title} · version {runbook.version}
        </p>
        <h1 className="text-2xl font-bold text-slate-900 dark:text-white">Flowchart: {runbook.title}</h1>
        <p className="text-slate-600 dark:text-slate-400">
          Your path is drawn in bold and your current step has a thick outline. Select any step to open it.
        </p>
      </header>
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <Link href={stepUrl} className="text-sky-700 underline dark:text-sky-400">
          Back to the current step
        </Link>
        <a href={svgUrl} download className="text-sky-700 underline dark:text-sky-400">
          Download SVG
        </a>
        <FlowchartLegend />
      </div>
      {/* The SVG string comes from renderFlowchartSvg, which escapes every text and attribute value. */}
      <FlowchartViewport svg={svg} rootId={runbook.definition.root} />
    </div>
  );
}
