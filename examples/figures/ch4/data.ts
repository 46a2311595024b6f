// The chapter's data sets.
import type { TrainingData } from '../../../src/index.js';

/** P = {(1, 3.0), (3, 5.2), (2, 4.1), (4, 7.5)}, in the book's order. */
export const FOUR_POINTS: TrainingData = { inputs: [[1], [3], [2], [4]], targets: [[3.0], [5.2], [4.1], [7.5]] };

// The 100- and 30 000-point data sets are the library's `noisyLine(n)` (src/io/datasets.ts).
export { noisyLine } from '../../../src/io/index.js';

/** The column of a one-column data set as plain numbers. */
export function column(rows: readonly ArrayLike<number>[]): number[] {
  return rows.map((row) => row[0]!);
}
