/**
 * Iso-lines of a function sampled on a rectangular grid, by marching squares.
 * Pure geometry in data coordinates; drawing happens in the parameter-path chart.
 */

/** A function sampled on a grid: `values[i][j]` is its value at `(x0s[j], x1s[i])`. */
export interface ContourGrid {
  /** Horizontal coordinates, strictly increasing. */
  x0s: ArrayLike<number>;
  /** Vertical coordinates, strictly increasing. */
  x1s: ArrayLike<number>;
  /** One row per entry of `x1s`, each with one value per entry of `x0s`. */
  values: ArrayLike<ArrayLike<number>>;
}

/** A point `[x0, x1]` in data coordinates. */
export type Point2 = readonly [number, number];
/** A straight piece of an iso-line. */
export type Segment = readonly [Point2, Point2];

/** All pieces of the iso-line at one level. */
export interface ContourLine {
  level: number;
  segments: Segment[];
}

// Cell corners: a = bottom-left, b = bottom-right, c = top-right, d = top-left;
// a corner is "high" when its value is ≥ the level. Edges are named after the
// side of the cell they lie on. For each 4-bit case (a=1, b=2, c=4, d=8) the
// table lists the edge pairs the line joins; the saddles 5 and 10 are resolved
// separately with the cell-centre average.
type Edge = 'bottom' | 'right' | 'top' | 'left';
const CASES: readonly (readonly (readonly [Edge, Edge])[])[] = [
  [],
  [['left', 'bottom']],
  [['bottom', 'right']],
  [['left', 'right']],
  [['right', 'top']],
  [], // saddle
  [['bottom', 'top']],
  [['left', 'top']],
  [['top', 'left']],
  [['bottom', 'top']],
  [], // saddle
  [['right', 'top']],
  [['left', 'right']],
  [['bottom', 'right']],
  [['left', 'bottom']],
  [],
];

/** The segments of the iso-line `f = level` over the grid (empty when the level is never crossed). */
export function isoSegments(grid: ContourGrid, level: number): Segment[] {
  const { x0s, x1s, values } = grid;
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < x1s.length; i++) {
    for (let j = 0; j + 1 < x0s.length; j++) {
      const a = values[i]![j]!;
      const b = values[i]![j + 1]!;
      const c = values[i + 1]![j + 1]!;
      const d = values[i + 1]![j]!;
      const code = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (c >= level ? 4 : 0) | (d >= level ? 8 : 0);
      if (code === 0 || code === 15) continue;

      const x0 = x0s[j]!;
      const x1 = x0s[j + 1]!;
      const y0 = x1s[i]!;
      const y1 = x1s[i + 1]!;
      // Linear interpolation along each side; only sides the line crosses are asked for.
      const at = (edge: Edge): Point2 => {
        switch (edge) {
          case 'bottom':
            return [lerp(x0, x1, a, b, level), y0];
          case 'top':
            return [lerp(x0, x1, d, c, level), y1];
          case 'left':
            return [x0, lerp(y0, y1, a, d, level)];
          case 'right':
            return [x1, lerp(y0, y1, b, c, level)];
        }
      };
      for (const [from, to] of edgesOf(code, (a + b + c + d) / 4 >= level)) {
        const p = at(from);
        const q = at(to);
        // A corner lying exactly on the level gives a zero-length piece; drop it.
        if (p[0] !== q[0] || p[1] !== q[1]) segments.push([p, q]);
      }
    }
  }
  return segments;
}

/** Iso-lines at each of `levels`, or at `defaultLevels(grid, count)` when no levels are given. */
export function contourLines(grid: ContourGrid, levels?: ArrayLike<number>, count = 8): ContourLine[] {
  const chosen = levels ? Array.from(levels) : defaultLevels(grid, count);
  return chosen.map((level) => ({ level, segments: isoSegments(grid, level) }));
}

/** `count` levels evenly spaced strictly between the grid's minimum and maximum. */
export function defaultLevels(grid: ContourGrid, count = 8): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < grid.values.length; i++) {
    const row = grid.values[i]!;
    for (let j = 0; j < row.length; j++) {
      min = Math.min(min, row[j]!);
      max = Math.max(max, row[j]!);
    }
  }
  if (!(max > min)) return [];
  return Array.from({ length: count }, (_, k) => min + ((max - min) * (k + 1)) / (count + 1));
}

function edgesOf(code: number, centreHigh: boolean): readonly (readonly [Edge, Edge])[] {
  // Saddles: a high centre joins the two high corners, so the line cuts off the low ones.
  if (code === 5) {
    return centreHigh
      ? [['bottom', 'right'], ['top', 'left']]
      : [['left', 'bottom'], ['right', 'top']];
  }
  if (code === 10) {
    return centreHigh
      ? [['left', 'bottom'], ['right', 'top']]
      : [['bottom', 'right'], ['top', 'left']];
  }
  return CASES[code]!;
}

/** Where between p (value fp) and q (value fq) the value equals `level`. */
function lerp(p: number, q: number, fp: number, fq: number, level: number): number {
  return p + ((level - fp) / (fq - fp)) * (q - p);
}
