// The book's NormalizationTest, plus the checks the book left to a ZeroDivide.
import { describe, expect, it } from 'vitest';
import {
  ConstantColumnError,
  EmptyDataError,
  Normalization,
  oneHot,
  InvalidLabelError,
  RaggedDataError,
  NonFiniteValueError,
} from '../../src/index.js';

describe('NormalizationTest', () => {
  it('testSimpleNormalization: ((10,5,1),(2,6,0)) → ((1,0,1),(0,1,0))', () => {
    const rows = [
      [10, 5, 1],
      [2, 6, 0],
    ];
    expect(new Normalization().normalizeData(rows)).toEqual([
      [1, 0, 1],
      [0, 1, 0],
    ]);
    expect(rows).toEqual([
      [10, 5, 1],
      [2, 6, 0],
    ]);
  });

  it('testError: a single row has constant columns and raises', () => {
    expect(() => new Normalization().normalizeData([[10, 5, 1]])).toThrow(ConstantColumnError);
    expect(() => new Normalization().normalizeData([[10, 5, 1]])).toThrow(/column 0 is constant/);
  });

  it('testEmptyError', () => {
    expect(() => new Normalization().normalizeData([])).toThrow(EmptyDataError);
  });

  it('normalizeData with given min and max, and remembers them for new rows', () => {
    const norm = new Normalization();
    expect(norm.normalizeData([[5, 30, 2]], [0, 10], [10, 50])).toEqual([[0.5, 0.5, 2]]);
    const fitted = new Normalization();
    fitted.normalizeData([
      [4.3, 2.0, 0],
      [7.9, 4.4, 1],
    ]);
    expect(fitted.min).toEqual([4.3, 2.0]);
    expect(fitted.max).toEqual([7.9, 4.4]);
    expect(fitted.normalizeInputs([6.1, 3.2])[0]).toBeCloseTo(0.5, 12);
  });

  it('ragged rows, NaN and a min equal to max are named', () => {
    expect(() => new Normalization().normalizeData([[1, 2, 0], [1, 0]])).toThrow(RaggedDataError);
    expect(() => new Normalization().normalizeData([[1, 2, 0], [NaN, 3, 1]])).toThrow(NonFiniteValueError);
    expect(() => new Normalization().normalizeData([[1, 2, 0]], [1, 0], [1, 5])).toThrow(ConstantColumnError);
  });

  it('a failed call keeps the min and max of the last good one', () => {
    const norm = new Normalization();
    norm.normalizeData([[0, 0, 0], [2, 4, 1]]);
    expect(() => norm.normalizeData([[1, 1, 0]])).toThrow(ConstantColumnError);
    expect(norm.min).toEqual([0, 0]);
    expect(norm.max).toEqual([2, 4]);
  });
});

describe('one-hot encoding', () => {
  it('label k of K becomes a K-vector with a 1 at k', () => {
    expect(oneHot(0, 3)).toEqual([1, 0, 0]);
    expect(oneHot(2, 3)).toEqual([0, 0, 1]);
  });

  it('rejects labels outside 0..K−1 and non-integers', () => {
    expect(() => oneHot(3, 3)).toThrow(InvalidLabelError);
    expect(() => oneHot(1.5, 3)).toThrow(/not an integer in 0..2/);
  });
});
