export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface EdgeToRoute {
  from: Box;
  to: Box;
  /** dagre's bend points: the edge's dummy nodes, one per rank it crosses (its label is one of them). */
  bends: Point[];
}

/** A horizontal stretch of an edge: points `at` and `at + 1` of its path, in the free band `band`. */
interface Run {
  edge: number;
  at: number;
  y: number;
  band: string;
  /** The band's height: tracks never leave it. */
  room: number;
  x1: number;
  x2: number;
}

/** How far an edge keeps from a box's corner when it leaves or enters through the box's side. */
const CORNER = 14;
/** The space between parallel horizontal runs that share a gap between ranks. */
const TRACK = 5;

/**
 * Turns dagre's edges into orthogonal ones that never run through a box. dagre keeps each rank's dummy nodes clear
 * of its boxes, but joins them with straight diagonals that clip a neighbouring box when ranks hold boxes of
 * different heights. Here an edge leaves its source's bottom, drops vertically, runs horizontally only in a free
 * band between ranks, and drops again into its target's top. Parallel runs in one band get their own tracks so two
 * edges never share a horizontal line.
 */
export function routeFlowchartEdges(edges: EdgeToRoute[], obstacles: Box[]): Point[][] {
  const runs: Run[] = [];
  const paths = edges.map(({ from, to, bends }, edge) => {
    const first = bends[0] ?? to;
    const last = bends.at(-1) ?? from;
    const start = {
      x: clamp(first.x, from.x - from.width / 2 + CORNER, from.x + from.width / 2 - CORNER),
      y: bottom(from),
    };
    const end = { x: clamp(last.x, to.x - to.width / 2 + CORNER, to.x + to.width / 2 - CORNER), y: top(to) };
    const stops = [start, ...bends, end];
    const points: Point[] = [start];
    for (let i = 1; i < stops.length; i++) {
      const a = stops[i - 1]!;
      const b = stops[i]!;
      if (Math.abs(a.x - b.x) > 0.5) {
        const band = freeBand(a, b, obstacles);
        runs.push({ edge, at: points.length, y: band.middle, band: band.key, room: band.room, x1: a.x, x2: b.x });
        points.push({ x: a.x, y: band.middle }, { x: b.x, y: band.middle });
      }
      points.push(b);
    }
    return points;
  });
  spreadRunsOverTracks(runs, paths);
  return paths.map(withoutCollinearPoints);
}

/** The widest vertical gap between a and b that no box spanning the horizontal run occupies. */
function freeBand(a: Point, b: Point, obstacles: Box[]): { middle: number; key: string; room: number } {
  const [low, high] = a.y < b.y ? [a.y, b.y] : [b.y, a.y];
  const [left, right] = a.x < b.x ? [a.x, b.x] : [b.x, a.x];
  const blocked = obstacles
    .filter((box) => box.x + box.width / 2 >= left - 1 && box.x - box.width / 2 <= right + 1)
    .map((box) => [top(box), bottom(box)] as const)
    .filter(([boxTop, boxBottom]) => boxBottom > low && boxTop < high)
    .sort((p, q) => p[0] - q[0]);
  let best = { from: low, to: high, size: -1 };
  let cursor = low;
  for (const [boxTop, boxBottom] of blocked) {
    if (boxTop - cursor > best.size) best = { from: cursor, to: boxTop, size: boxTop - cursor };
    cursor = Math.max(cursor, boxBottom);
  }
  if (high - cursor > best.size) best = { from: cursor, to: high, size: high - cursor };
  return {
    middle: (best.from + best.to) / 2,
    key: `${Math.round(best.from)}:${Math.round(best.to)}`,
    room: best.to - best.from,
  };
}

/**
 * Runs in the same band that overlap horizontally would draw over each other; each gets its own track, centred on
 * the band's middle, ordered so that runs heading left sit above runs heading right and their corners do not cross.
 */
function spreadRunsOverTracks(runs: Run[], paths: Point[][]): void {
  const byBand = new Map<string, typeof runs>();
  for (const run of runs) byBand.set(run.band, [...(byBand.get(run.band) ?? []), run]);
  for (const group of byBand.values()) {
    if (group.length < 2) continue;
    group.sort(
      (p, q) => Math.sign(p.x2 - p.x1) - Math.sign(q.x2 - q.x1) || Math.min(p.x1, p.x2) - Math.min(q.x1, q.x2),
    );
    const spacing = Math.min(TRACK, group[0]!.room / (group.length + 1));
    group.forEach((run, i) => {
      const y = run.y + (i - (group.length - 1) / 2) * spacing;
      paths[run.edge]![run.at]!.y = y;
      paths[run.edge]![run.at + 1]!.y = y;
    });
  }
}

function withoutCollinearPoints(points: Point[]): Point[] {
  return points.filter((point, i) => {
    const before = points[i - 1];
    const after = points[i + 1];
    if (!before || !after) return true;
    const vertical = Math.abs(before.x - point.x) < 0.5 && Math.abs(point.x - after.x) < 0.5;
    const horizontal = Math.abs(before.y - point.y) < 0.5 && Math.abs(point.y - after.y) < 0.5;
    return !vertical && !horizontal;
  });
}

const top = (box: Box) => box.y - box.height / 2;
const bottom = (box: Box) => box.y + box.height / 2;
const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
