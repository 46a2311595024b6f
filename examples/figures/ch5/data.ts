// The chapter's data sets.
import { Random, type TrainingData } from '../../../src/index.js';

/** P = {(1, 3.0), (3, 5.2), (2, 4.1), (4, 7.5)}, in the book's order. */
export const FOUR_POINTS: TrainingData = { inputs: [[1], [3], [2], [4]], targets: [[3.0], [5.2], [4.1], [7.5]] };

/** xᵢ = i/n, yᵢ = (r·40 − 20 + i)/n for i = 1..n, r from `new Random(42)`: y = x + U(−0.2, 0.2). */
export function noisyLine(n: number): TrainingData {
  const random = new Random(42);
  const inputs: number[][] = [];
  const targets: number[][] = [];
  for (let i = 1; i <= n; i++) {
    inputs.push([i / n]);
    targets.push([(random.next() * 40 - 20 + i) / n]);
  }
  return { inputs, targets };
}

/** The column of a one-column data set as plain numbers. */
export function column(rows: readonly ArrayLike<number>[]): number[] {
  return rows.map((row) => row[0]!);
}
