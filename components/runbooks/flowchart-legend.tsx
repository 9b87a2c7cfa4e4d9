const ITEMS = [
  { label: "Question", className: "bg-sky-100 border-sky-700" },
  { label: "Diagnostic", className: "bg-violet-100 border-violet-700" },
  { label: "Resolution", className: "bg-emerald-100 border-emerald-700" },
  { label: "Escalation", className: "bg-amber-100 border-amber-700" },
];

export function FlowchartLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-3 text-xs">
      {ITEMS.map((item) => (
        <li key={item.label} className="flex items-center gap-1">
          <span aria-hidden="true" className={`inline-block size-3 rounded border ${item.className}`} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
