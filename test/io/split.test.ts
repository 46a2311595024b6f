import { describe, expect, it } from 'vitest';
import { EmptyDataError, InvalidArgumentError, Random } from '../../src/index.js';
import { irisDataset } from '../../src/io/datasets.js';
import { pharoRound, shuffleAndSplit, shuffleRows, splitByFraction, trainingSize } from '../../src/io/split.js';

const TEN = Array.from({ length: 10 }, (_, i) => i);

describe('Pharo rounding', () => {
  it('rounds halves away from zero', () => {
    expect([2.5, 3.5, -2.5, 0.5, -0.5, 2.4999, -2.6, 7].map(pharoRound)).toEqual([3, 4, -3, 1, -1, 2, -3, 7]);
  });
});

describe('training size = round(N · cut)', () => {
  it.each([
    [150, 0.8, 120],
    [150, 0.7, 105],
    [5, 0.5, 3], // the book takes round(2.5) = 3 for testing too; here the test set is the 2 left
    [3, 0.5, 2],
    [10, 0.25, 3], // 2.5 → 3
    [10, 0.65, 7], // 6.5 → 7 (banker's rounding would give 6)
    [7, 0, 0],
    [7, 1, 7],
    [0, 0.5, 0],
  ])('N = %i, cut = %f → %i', (n, cut, size) => {
    expect(trainingSize(n, cut)).toBe(size);
  });

  it('refuses a cut outside [0, 1] and a bad row count', () => {
    for (const cut of [-0.1, 1.1, Number.NaN]) expect(() => trainingSize(10, cut)).toThrow(InvalidArgumentError);
    expect(() => trainingSize(-1, 0.5)).toThrow(InvalidArgumentError);
    expect(() => trainingSize(2.5, 0.5)).toThrow(InvalidArgumentError);
  });
});

describe('splitting', () => {
  it('the first rows train, the rest test, the input is unchanged', () => {
    const rows = [...TEN];
    expect(splitByFraction(rows, 0.65)).toEqual({ train: [0, 1, 2, 3, 4, 5, 6], test: [7, 8, 9] });
    expect(rows).toEqual(TEN);
  });

  it('the book’s unshuffled iris cut at 0.7 tests on virginica only', () => {
    const { labels } = irisDataset();
    const { train, test } = splitByFraction(labels, 0.7);
    expect(train).toHaveLength(105);
    expect(new Set(test)).toEqual(new Set([2]));
  });
});

describe('seeded shuffling with the book’s Random', () => {
  it('is the same permutation for the same seed, another for another seed', () => {
    const a = shuffleRows(TEN, 42);
    expect(shuffleRows(TEN, 42)).toEqual(a);
    expect(shuffleRows(TEN, 43)).not.toEqual(a);
    expect([...a].sort((x, y) => x - y)).toEqual(TEN);
    expect(a).toEqual(new Random(42).shuffle(TEN));
  });

  it('continues a given generator', () => {
    const random = new Random(42);
    const first = shuffleRows(TEN, random);
    expect(shuffleRows(TEN, random)).not.toEqual(first);
  });

  it('leaves the input as it was, and defaults to seed 42', () => {
    const rows = [...TEN];
    expect(shuffleRows(rows)).toEqual(shuffleRows(TEN, 42));
    expect(rows).toEqual(TEN);
  });

  it('shuffleAndSplit cuts the shuffled rows', () => {
    const split = shuffleAndSplit(TEN, 0.8, 7);
    const shuffled = shuffleRows(TEN, 7);
    expect(split).toEqual({ train: shuffled.slice(0, 8), test: shuffled.slice(8) });
  });

  it('shuffleAndSplit refuses no rows and a bad cut', () => {
    expect(() => shuffleAndSplit([], 0.5)).toThrow(EmptyDataError);
    expect(() => shuffleAndSplit(TEN, 2)).toThrow(InvalidArgumentError);
  });

  it('a shuffled iris split mixes the classes into the test set', () => {
    const { labels } = irisDataset();
    const { test } = shuffleAndSplit(labels, 0.8, 42);
    expect(test).toHaveLength(30);
    expect(new Set(test)).toEqual(new Set([0, 1, 2]));
  });
});
