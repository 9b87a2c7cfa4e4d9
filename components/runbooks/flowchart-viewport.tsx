"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { fitScale, MAX_SCALE, MIN_SCALE, zoomedScale } from "@/lib/runbooks/flowchart-zoom";

interface Props {
  /** Serialized by renderFlowchartSvg, which escapes every text and attribute value. */
  svg: string;
  rootId: string;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The flowchart in a box that scrolls both ways and opens on the person's place in it: zoomed out just enough that
 * the root and the current step are both in view, and centred on them. The zoom buttons step in and out or show the
 * whole chart at once, keeping the middle of the view where it was. Without JavaScript the box starts at its
 * top-left corner at full size.
 */
export function FlowchartViewport({ svg, rootId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState<number | null>(null);

  const chartSize = useCallback(() => {
    const viewBox = box.current?.querySelector("svg")?.viewBox.baseVal;
    return { width: viewBox?.width ?? 0, height: viewBox?.height ?? 0 };
  }, []);

  /** Resizes the chart and scrolls so that `focus` (in chart units) sits in the middle of the box. */
  const show = useCallback(
    (next: number, focus: { x: number; y: number }) => {
      const container = box.current;
      const chart = container?.querySelector("svg");
      if (!container || !chart) return;
      const { width, height } = chartSize();
      chart.style.width = `${width * next}px`;
      chart.style.height = `${height * next}px`;
      container.scrollLeft = focus.x * next - container.clientWidth / 2;
      container.scrollTop = focus.y * next - container.clientHeight / 2;
      setScale(next);
    },
    [chartSize],
  );

  useEffect(() => {
    const container = box.current;
    const chart = container?.querySelector("svg");
    if (!container || !chart) return;
    const current = container.querySelector('[aria-current="step"]');
    const root = container.querySelector(`[data-node="${CSS.escape(rootId)}"]`);
    const places = [root, current].filter((element): element is Element => element !== null).map(chartRect(chart));
    if (places.length === 0) return;
    const span = {
      left: Math.min(...places.map((p) => p.left)),
      top: Math.min(...places.map((p) => p.top)),
      right: Math.max(...places.map((p) => p.right)),
      bottom: Math.max(...places.map((p) => p.bottom)),
    };
    const next = fitScale(span, { width: container.clientWidth, height: container.clientHeight });
    // When even the smallest zoom cannot hold both, the current step is the one to see.
    const focus = next === MIN_SCALE && current ? chartRect(chart)(current) : span;
    show(next, { x: (focus.left + focus.right) / 2, y: (focus.top + focus.bottom) / 2 });
  }, [svg, rootId, show]);

  const zoom = (target: number | "whole") => {
    const container = box.current;
    if (!container || scale === null) return;
    const focus = {
      x: (container.scrollLeft + container.clientWidth / 2) / scale,
      y: (container.scrollTop + container.clientHeight / 2) / scale,
    };
    if (target !== "whole") return show(target, focus);
    const { width, height } = chartSize();
    const whole = Math.min(container.clientWidth / width, container.clientHeight / height, MAX_SCALE);
    show(whole, { x: width / 2, y: height / 2 });
  };

  return (
    <div className="space-y-2">
      <div role="group" aria-label="Zoom" className="flex flex-wrap items-center gap-2 text-sm">
        <Button
          variant="secondary"
          className="px-3 py-1"
          disabled={scale === null || scale <= MIN_SCALE}
          onClick={() => zoom(zoomedScale(scale ?? 1, "out"))}
        >
          Zoom out
        </Button>
        <Button
          variant="secondary"
          className="px-3 py-1"
          disabled={scale === null || scale >= MAX_SCALE}
          onClick={() => zoom(zoomedScale(scale ?? 1, "in"))}
        >
          Zoom in
        </Button>
        <Button variant="secondary" className="px-3 py-1" disabled={scale === null} onClick={() => zoom("whole")}>
          Whole chart
        </Button>
        <output aria-live="polite" className="text-slate-600 dark:text-slate-400">
          {scale === null ? "100%" : `${Math.round(scale * 100)}%`}
        </output>
      </div>
      <div
        ref={box}
        data-testid="flowchart-box"
        role="region"
        tabIndex={0}
        aria-label="Flowchart, scrollable"
        className="max-h-[75vh] overflow-auto rounded-xl border border-slate-200 bg-white p-2 dark:border-slate-700"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    </div>
  );
}

/** An element's box in the chart's own units, whatever the current zoom. */
function chartRect(chart: SVGSVGElement): (element: Element) => Rect {
  const frame = chart.getBoundingClientRect();
  const unit = frame.width / (chart.viewBox.baseVal.width || frame.width);
  return (element) => {
    const rect = element.getBoundingClientRect();
    return {
      left: (rect.left - frame.left) / unit,
      top: (rect.top - frame.top) / unit,
      right: (rect.right - frame.left) / unit,
      bottom: (rect.bottom - frame.top) / unit,
    };
  };
}
