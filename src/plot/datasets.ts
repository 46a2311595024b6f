/** Builders of the two kinds of data set every chart is made of: markers and lines. */
import type { ScatterDataPoint } from 'chart.js';
import type { ScatterSet } from './chart-options.js';
import type { Values } from './series-checks.js';

/** Pairs `xs[i]` with `ys[i]` (both already checked to have the same length). */
export function toPoints(xs: Values, ys: Values): ScatterDataPoint[] {
  const points: ScatterDataPoint[] = new Array(ys.length);
  for (let i = 0; i < ys.length; i++) points[i] = { x: xs[i]!, y: ys[i]! };
  return points;
}

/** `1, 2, …, n`: the x of the i-th value of a curve when no xs are given (the book counts from 1). */
export function countingXs(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** Unconnected markers. */
export function markerSet(spec: {
  label: string;
  data: ScatterDataPoint[];
  color: string;
  border?: string;
  radius?: number;
}): ScatterSet {
  return {
    label: spec.label,
    data: spec.data,
    showLine: false,
    backgroundColor: spec.color,
    borderColor: spec.border ?? spec.color,
    borderWidth: 1,
    pointRadius: spec.radius ?? 4,
    pointHoverRadius: spec.radius ?? 4,
    // Markers on the axis bounds are drawn whole, not cut in half by the chart area.
    clip: false,
  };
}

/**
 * The dash pattern of a solid line: one dash longer than any line, with no gap.
 * Drawing the line "dashed" keeps Chart.js off its fast path for straight lines,
 * which merges the samples that share a pixel column into a vertical stroke at
 * their average x, back and forth between their smallest and largest y: on a
 * steep stretch of a dense curve those strokes show as thin spikes beside it,
 * and the jumps of a step-like curve (a precision) nearly vanish. So every
 * sample is joined to the next by a straight segment, as the data says.
 */
const SOLID: readonly number[] = [1_000_000, 0];

/** A polyline through the points, without markers unless `markerRadius` is given. */
export function lineSet(spec: {
  label: string;
  data: ScatterDataPoint[];
  color: string;
  dashed?: boolean;
  width?: number;
  stepped?: boolean;
  markerRadius?: number;
  yAxisID?: string;
}): ScatterSet {
  return {
    label: spec.label,
    data: spec.data,
    showLine: true,
    fill: false,
    tension: 0,
    borderColor: spec.color,
    backgroundColor: spec.color,
    borderWidth: spec.width ?? 2,
    // Round joins: the default mitre draws spikes where a steep curve turns.
    borderJoinStyle: 'round',
    borderDash: spec.dashed ? [8, 5] : [...SOLID],
    // Chart.js 'before' draws horizontally first: the value at xs[i] holds until xs[i+1].
    stepped: spec.stepped ? 'before' : false,
    pointRadius: spec.markerRadius ?? 0,
    pointHoverRadius: spec.markerRadius ?? 0,
    ...(spec.yAxisID ? { yAxisID: spec.yAxisID } : {}),
  };
}
