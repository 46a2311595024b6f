// Pharo's `from to: to by: step` as an array: from, from + step, from + 2·step, … up to `to`.

/**
 * `from to: to by: step`: the i-th value is from + i·step (computed, not
 * accumulated, as Pharo's Interval does), the last one the largest ≤ `to`.
 */
export function interval(from: number, to: number, step = 1): number[] {
  // The small slack keeps `to` itself when (to − from) / step is 1400.0000000000002.
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  return Array.from({ length: count }, (_, i) => from + i * step);
}
