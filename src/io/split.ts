/**
 * The chapters' train/test split: shuffle with the book's seeded `Random`
 * (`shuffleBy: (Random seed: 42)`), then the first round(N·cut) rows train and
 * the rest test.
 */
import { Random } from '../core/random.js';
import { EmptyDataError, InvalidArgumentError } from '../errors.js';

/** Training rows first, test rows after, as the book cuts its data. */
export interface Split<T> {
  train: T[];
  test: T[];
}

/** Pharo's `rounded`: to the nearest integer, halves away from zero (2.5 → 3, −2.5 → −3). */
export function pharoRound(x: number): number {
  return Math.sign(x) * Math.floor(Math.abs(x) + 0.5);
}

/**
 * How many of `n` rows train for a training fraction `cut` in [0, 1]: round(n·cut)
 * with Pharo's rounding, as the book. (The book also rounds the test size
 * separately, so for n = 5, cut = 0.5 it takes 3 + 3 rows out of 5; here the
 * test set is simply the n − round(n·cut) rows left.)
 */
export function trainingSize(n: number, cut: number): number {
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('number of rows', `must be an integer ≥ 0, got ${n}`);
  checkCut(cut);
  return pharoRound(n * cut);
}

/** The first `trainingSize(rows.length, cut)` rows for training, the rest for testing. `rows` is not changed. */
export function splitByFraction<T>(rows: readonly T[], cut: number): Split<T> {
  const size = trainingSize(rows.length, cut);
  return { train: rows.slice(0, size), test: rows.slice(size) };
}

/** A copy of `rows` shuffled by the book's `Random` (a seed, or a generator to continue). */
export function shuffleRows<T>(rows: readonly T[], seed: number | Random = 42): T[] {
  const random = typeof seed === 'number' ? new Random(seed) : seed;
  return random.shuffle(rows);
}

/**
 * `shuffleRows` then `splitByFraction`: the book's shuffled iris split.
 * @throws EmptyDataError when there are no rows.
 */
export function shuffleAndSplit<T>(rows: readonly T[], cut: number, seed: number | Random = 42): Split<T> {
  if (rows.length === 0) throw new EmptyDataError('data to split');
  checkCut(cut);
  return splitByFraction(shuffleRows(rows, seed), cut);
}

function checkCut(cut: number): void {
  if (typeof cut !== 'number' || !(cut >= 0 && cut <= 1)) {
    throw new InvalidArgumentError('training fraction', `must be a number in [0, 1], got ${String(cut)}`);
  }
}
