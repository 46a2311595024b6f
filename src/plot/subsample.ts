/** Even thinning of long series, so a 100 000-epoch curve draws as fast as a short one. */

/**
 * At most `max` indices of `0..n-1`, evenly spread, always including the first
 * and the last (the book keeps both so the curve starts and ends where training did).
 */
export function evenIndices(n: number, max: number): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  if (max < 2) return n > 0 ? [0] : [];
  const out: number[] = [];
  for (let k = 0; k < max; k++) {
    const i = Math.round((k * (n - 1)) / (max - 1));
    if (out.length === 0 || out[out.length - 1] !== i) out.push(i);
  }
  return out;
}

/** The entries of `values` at `indices`. */
export function pick(values: ArrayLike<number>, indices: readonly number[]): number[] {
  return indices.map((i) => values[i]!);
}
