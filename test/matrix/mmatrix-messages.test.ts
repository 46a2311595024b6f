// Every refusal of MMatrix names what was wrong: the operation, both shapes,
// the index, the count. Each case checks the typed error class and the whole
// message, and that the result matrix given to an `…Into` operation is untouched.
import { describe, expect, it } from 'vitest';
import {
  EmptyDataError,
  IndexOutOfRangeError,
  InputSizeError,
  InvalidArgumentError,
  InvalidSizeError,
  MMatrix,
  NonFiniteValueError,
  RaggedDataError,
  ShapeMismatchError,
} from '../../src/index.js';
import { expectRefusal, thrownBy } from '../refusals.js';

const twoByThree = () => MMatrix.newFromArrays([[1, 2, 3], [4, 5, 6]]);
const twoByTwo = () => MMatrix.newFromArrays([[1, 2], [3, 4]]);
const threeByTwo = () => MMatrix.newFromArrays([[1, 2], [3, 4], [5, 6]]);
/** A result matrix of the given shape, filled with 9s, to see it is not written on refusal. */
const result = (rows: number, columns: number) => MMatrix.newRows(rows, columns).collect(() => 9);

describe('the products name the operation and both shapes', () => {
  it('dotTransposedInto and transposedDotInto: the factors, then the result', () => {
    expectRefusal(() => twoByThree().dotTransposedInto(twoByTwo(), result(2, 2)), ShapeMismatchError, 'dot with a transpose: dimensions do not conform: 2×3 vs 2×2');
    expectRefusal(() => twoByThree().transposedDotInto(threeByTwo(), result(3, 2)), ShapeMismatchError, 'transpose dot: dimensions do not conform: 2×3 vs 3×2');
    const out = result(3, 3);
    expectRefusal(() => twoByThree().dotTransposedInto(twoByThree(), out), ShapeMismatchError, 'dot with a transpose: result: dimensions do not conform: 2×2 vs 3×3');
    expect(out.asArray()).toEqual(new Array(9).fill(9));
    const small = result(2, 2);
    expectRefusal(() => twoByThree().transposedDotInto(twoByThree(), small), ShapeMismatchError, 'transpose dot: result: dimensions do not conform: 3×3 vs 2×2');
    expect(small.asArray()).toEqual(new Array(4).fill(9));
  });

  it('a product into one of its factors: InvalidArgumentError naming the …Into operation', () => {
    const square = twoByTwo();
    expectRefusal(() => square.dotInto(twoByTwo(), square), InvalidArgumentError, 'dotInto: the result must be another matrix than the factors');
    const other = twoByTwo();
    expectRefusal(() => square.dotInto(other, other), InvalidArgumentError, 'dotInto: the result must be another matrix than the factors');
    expectRefusal(() => square.dotTransposedInto(other, other), InvalidArgumentError, 'dot with a transposeInto: the result must be another matrix than the factors');
    expectRefusal(() => square.transposedDotInto(other, square), InvalidArgumentError, 'transpose dotInto: the result must be another matrix than the factors');
    // Sharing storage through a handle is refused as well.
    const handle = MMatrix.newHandle(square.array, 2, 2);
    expectRefusal(() => square.dotInto(other, handle), InvalidArgumentError, 'dotInto: the result must be another matrix than the factors');
    expect(square.asArray()).toEqual([1, 2, 3, 4]);
    expect(other.asArray()).toEqual([1, 2, 3, 4]);
  });
});

describe('the entry-by-entry operations name the operation and both shapes', () => {
  it('a result of the wrong shape, for each operation', () => {
    const out = result(3, 3);
    const cases: [string, () => unknown][] = [
      ['add', () => twoByThree().addInto(twoByThree(), out)],
      ['sub', () => twoByThree().subInto(twoByThree(), out)],
      ['multiplyPerElement', () => twoByThree().multiplyPerElementInto(twoByThree(), out)],
      ['multiplyBy', () => twoByThree().multiplyByInto(2, out)],
      ['divideBy', () => twoByThree().divideByInto(2, out)],
      ['collect', () => twoByThree().collectInto((x) => x, out)],
    ];
    for (const [operation, action] of cases) {
      expectRefusal(action, ShapeMismatchError, `${operation}: dimensions do not conform: 2×3 vs 3×3`);
    }
    expect(out.asArray()).toEqual(new Array(9).fill(9));
  });

  it('sub and multiplyPerElement of operands of different shapes', () => {
    expectRefusal(() => twoByThree().subInto(threeByTwo(), result(2, 3)), ShapeMismatchError, 'sub: dimensions do not conform: 2×3 vs 3×2');
    expectRefusal(() => twoByThree().multiplyPerElementInto(threeByTwo(), result(2, 3)), ShapeMismatchError, 'multiplyPerElement: dimensions do not conform: 2×3 vs 3×2');
  });

  it('the transpose: a result of the wrong shape, or the receiver itself', () => {
    const out = result(2, 3);
    expectRefusal(() => twoByThree().transposedInto(out), ShapeMismatchError, 'transposed: result: dimensions do not conform: 3×2 vs 2×3');
    expect(out.asArray()).toEqual(new Array(6).fill(9));
    const square = twoByTwo();
    expectRefusal(() => square.transposedInto(square), InvalidArgumentError, 'transposedInto: the result must be another matrix than the receiver');
    expect(square.asArray()).toEqual([1, 2, 3, 4]);
  });

  it('sumHorizontal into a result with the right rows but two columns', () => {
    expectRefusal(() => twoByThree().sumHorizontalInto(result(2, 2)), ShapeMismatchError, 'sumHorizontal: result: dimensions do not conform: 2×1 vs 2×2');
    expectRefusal(() => twoByThree().sumHorizontalInto(result(3, 1)), ShapeMismatchError, 'sumHorizontal: result: dimensions do not conform: 2×1 vs 3×1');
  });
});

describe('building a matrix names what was wrong', () => {
  it('empty rows, an empty vector, ragged rows', () => {
    expectRefusal(() => MMatrix.newFromArrays([]), EmptyDataError, 'matrix rows is empty: give at least one row');
    expectRefusal(() => MMatrix.newFromArrays([[]]), EmptyDataError, 'matrix rows is empty: give at least one row');
    expectRefusal(() => MMatrix.newFromVector([]), EmptyDataError, 'vector is empty: give at least one row');
    const ragged = thrownBy(() => MMatrix.newFromArrays([[1, 2], [3, 4], [5]]));
    expect(ragged).toBeInstanceOf(RaggedDataError);
    expect(ragged).toMatchObject({ row: 2, expected: 2, actual: 1 });
    expect(ragged.message).toBe('row 2 has 1 columns but row 0 has 2: every row must have the same length');
  });

  it('a NaN in the first entry of the first row, of a vector, of a handle, of contents', () => {
    expectRefusal(() => MMatrix.newFromArrays([[Number.NaN, 1]]), NonFiniteValueError, 'matrix row 1 at index 0 must be a finite number, got NaN');
    expectRefusal(() => MMatrix.newFromVector([Number.NaN, 1]), NonFiniteValueError, 'matrix entries at index 0 must be a finite number, got NaN');
    expectRefusal(() => MMatrix.newHandle(Float64Array.of(Number.NaN, 1), 1, 2), NonFiniteValueError, 'matrix entries at index 0 must be a finite number, got NaN');
    const m = twoByTwo();
    expectRefusal(() => m.fromContents([Number.NaN, 0, 0, 0]), NonFiniteValueError, 'matrix entries at index 0 must be a finite number, got NaN');
    expect(m.asArray()).toEqual([1, 2, 3, 4]);
  });

  it('sizes: the wrong number of entries, rows or columns that are not positive integers', () => {
    expectRefusal(() => MMatrix.newHandle(new Float64Array(5), 2, 2), InputSizeError, 'entries of a 2×2 matrix: expected 4 values but got 5');
    expectRefusal(() => twoByTwo().fromContents([1, 2, 3, 4, 5]), InputSizeError, 'entries of a 2×2 matrix: expected 4 values but got 5');
    expectRefusal(() => MMatrix.newHandle(new Float64Array(2), 0, 2), InvalidSizeError, 'number of rows must be a positive integer, got 0');
    expectRefusal(() => MMatrix.newHandle(new Float64Array(2), 2, 1.5), InvalidSizeError, 'number of columns must be a positive integer, got 1.5');
    expectRefusal(() => MMatrix.newRows(-1, 2), InvalidSizeError, 'number of rows must be a positive integer, got -1');
    expectRefusal(() => MMatrix.newRows(2, 0), InvalidSizeError, 'number of columns must be a positive integer, got 0');
  });

  it('stretchToColumns of a matrix that is not a column vector', () => {
    expectRefusal(() => twoByThree().stretchToColumns(2), InvalidArgumentError, 'stretchToColumns: the receiver must be an n×1 vector, got 2×3');
  });
});

describe('indexes name the row or column and the range', () => {
  it('at, atPut and atRow, below 1, above the size and not an integer', () => {
    const m = twoByThree();
    expectRefusal(() => m.at(0, 1), IndexOutOfRangeError, 'row 0 is out of range: give an integer in 1..2');
    expectRefusal(() => m.at(1, 4), IndexOutOfRangeError, 'column 4 is out of range: give an integer in 1..3');
    expectRefusal(() => m.at(1, 0), IndexOutOfRangeError, 'column 0 is out of range: give an integer in 1..3');
    expectRefusal(() => m.atPut(1.5, 1, 0), IndexOutOfRangeError, 'row 1.5 is out of range: give an integer in 1..2');
    expectRefusal(() => m.atRow(3), IndexOutOfRangeError, 'row 3 is out of range: give an integer in 1..2');
    expect([m.at(1, 1), m.at(2, 3)]).toEqual([1, 6]); // the smallest and the largest valid indexes
    expect(m.atRow(2)).toEqual([4, 5, 6]);
    expect(m.asArray()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
