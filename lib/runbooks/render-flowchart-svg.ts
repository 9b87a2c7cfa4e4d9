import type { FlowchartLayout, FlowchartNodeKind } from "./layout-flowchart";

export interface FlowchartHighlight {
  /** Nodes on the walked path, in order; the last is the current step. */
  pathNodeIds: string[];
  /** Answers taken, as "<nodeId>=<answerId>". */
  pathAnswers: Set<string>;
}

interface RenderOptions {
  title: string;
  highlight: FlowchartHighlight;
  /** The URL of each node's step; omitted in the downloadable file, whose links would lead nowhere. */
  hrefFor?: (nodeId: string) => string;
}

const FILL: Record<FlowchartNodeKind, string> = {
  link: "#f1f5f9",
  question: "#e0f2fe",
  diagnostic: "#ede9fe",
  resolution: "#d1fae5",
  escalation: "#fef3c7",
};
const STROKE: Record<FlowchartNodeKind, string> = {
  link: "#334155",
  question: "#0369a1",
  diagnostic: "#6d28d9",
  resolution: "#047857",
  escalation: "#b45309",
};
const KIND_LABEL: Record<FlowchartNodeKind, string> = {
  link: "OTHER RUNBOOK",
  question: "QUESTION",
  diagnostic: "DIAGNOSTIC",
  resolution: "RESOLUTION",
  escalation: "ESCALATION",
};

/**
 * Serializes a laid-out flowchart to SVG. Every piece of text goes through escapeXml; ids come from the
 * validated definition. The walked path is drawn bold, the current step with a thick outline.
 */
export function renderFlowchartSvg(layout: FlowchartLayout, { title, highlight, hrefFor }: RenderOptions): string {
  const onPath = new Set(highlight.pathNodeIds);
  const currentId = highlight.pathNodeIds.at(-1);
  const edges = layout.edges.map((edge) => {
    const active = highlight.pathAnswers.has(`${edge.from}=${edge.answerId}`);
    const d = edge.points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
    return `<g data-edge="${escapeXml(`${edge.from}=${edge.answerId}`)}"${active ? ' data-on-path="true"' : ""}>
<path d="${d}" fill="none" stroke="${active ? "#0f172a" : "#94a3b8"}" stroke-width="${active ? 2.5 : 1.2}" marker-end="url(#${active ? "arrow-active" : "arrow"})"/>
<text x="${edge.labelX.toFixed(1)}" y="${(edge.labelY + 4).toFixed(1)}" text-anchor="middle" font-size="10" fill="${active ? "#0f172a" : "#475569"}" font-weight="${active ? 700 : 400}" paint-order="stroke" stroke="#ffffff" stroke-width="3">${escapeXml(edge.label)}</text>
</g>`;
  });
  const nodes = layout.nodes.map((node) => {
    const left = node.x - node.width / 2;
    const top = node.y - node.height / 2;
    // A copy of a shared escalation box highlights and links as the escalation itself.
    const active = onPath.has(node.ref) && (node.ref === node.id || onPath.has(node.id.slice(node.ref.length + 1)));
    const current = active && node.ref === currentId;
    const text = node.lines
      .map(
        (line, i) => `<tspan x="${node.x.toFixed(1)}" y="${(top + 32 + i * 15).toFixed(1)}">${escapeXml(line)}</tspan>`,
      )
      .join("");
    const shape = `<rect x="${left.toFixed(1)}" y="${top.toFixed(1)}" width="${node.width}" height="${node.height}" rx="8" fill="${FILL[node.kind]}" stroke="${current ? "#0f172a" : STROKE[node.kind]}" stroke-width="${current ? 4 : active ? 2.5 : 1}"/>
<text x="${node.x.toFixed(1)}" y="${(top + 14).toFixed(1)}" text-anchor="middle" font-size="9" letter-spacing="1" fill="${STROKE[node.kind]}">${KIND_LABEL[node.kind]}</text>
<text text-anchor="middle" font-size="12" fill="#0f172a" font-weight="${active ? 700 : 400}">${text}</text>`;
    const attributes = `data-node="${escapeXml(node.ref)}"${active ? ' data-on-path="true"' : ""}${current ? ' aria-current="step"' : ""}`;
    return hrefFor
      ? `<a href="${escapeXml(hrefFor(node.ref))}" ${attributes}>${shape}</a>`
      : `<g ${attributes}>${shape}</g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="system-ui, sans-serif" role="group" aria-label="${escapeXml(title)}">
<title>${escapeXml(title)}</title>
<defs>
<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#94a3b8"/></marker>
<marker id="arrow-active" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#0f172a"/></marker>
</defs>
<rect width="100%" height="100%" fill="#ffffff"/>
${edges.join("\n")}
${nodes.join("\n")}
</svg>`;
}

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
