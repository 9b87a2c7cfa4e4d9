/** Below this, a box's title is too small to read; "Whole chart" may still go lower to show the shape. */
export const MIN_SCALE = 0.4;
export const MAX_SCALE = 1.5;
const STEPS = [MIN_SCALE, 0.5, 0.65, 0.8, 1, 1.25, MAX_SCALE];
/** Room left around the span when fitting it, as a share of the view. */
const MARGIN = 0.9;

/** The largest zoom, up to full size, at which `span` (chart units) fits the view; never below MIN_SCALE. */
export function fitScale(
  span: { left: number; top: number; right: number; bottom: number },
  view: { width: number; height: number },
): number {
  const width = Math.max(span.right - span.left, 1);
  const height = Math.max(span.bottom - span.top, 1);
  const fit = Math.min((view.width * MARGIN) / width, (view.height * MARGIN) / height, 1);
  return Math.max(fit, MIN_SCALE);
}

/** The next zoom step in or out from `scale`, which may lie between steps after fitting. */
export function zoomedScale(scale: number, direction: "in" | "out"): number {
  if (direction === "in") return STEPS.find((step) => step > scale + 0.001) ?? MAX_SCALE;
  return STEPS.findLast((step) => step < scale - 0.001) ?? MIN_SCALE;
}
