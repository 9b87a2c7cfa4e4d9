"use client";

import { useEffect, useRef } from "react";

interface Props {
  /** Serialized by renderFlowchartSvg, which escapes every text and attribute value. */
  svg: string;
  rootId: string;
}

/**
 * The flowchart in a horizontally scrolling box that opens on the person's place in it: centred between the root
 * and the current step when both fit the box, otherwise on the current step; the page scrolls only as far as it
 * must to show the current step. Without JavaScript the box simply starts at its left edge.
 */
export function FlowchartViewport({ svg, rootId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = box.current;
    if (!container) return;
    const current = container.querySelector<SVGElement>('[aria-current="step"]');
    const root = container.querySelector<SVGElement>(`[data-node="${CSS.escape(rootId)}"]`);
    const target = current ?? root;
    if (!target) return;
    const frame = container.getBoundingClientRect();
    const centre = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return rect.left - frame.left + container.scrollLeft + rect.width / 2;
    };
    const spanFits = root && current && Math.abs(centre(root) - centre(current)) < container.clientWidth * 0.8;
    const x = spanFits ? (centre(root) + centre(current)) / 2 : centre(target);
    container.scrollLeft = Math.max(0, x - container.clientWidth / 2);
    if (current) current.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [svg, rootId]);
  return (
    <div
      ref={box}
      className="overflow-x-auto rounded-xl border border-slate-200 bg-white p-2 dark:border-slate-700"
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
