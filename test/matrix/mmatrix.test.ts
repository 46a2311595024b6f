// MMatrix beyond the book's tests: shape and index errors that change nothing,
// refused NaN/∞, the in-place variants against the allocating operations (bit
// for bit), storage sharing, and the seeded `random`.
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
  Random,
  ShapeMismatchError,
} from '../../src/index.js';

const twoByThree = () =>
  MMatrix.newFromArrays([
    [1, 2, 3],
    [4, 5, 6],
  ]);
const twoByTwo = () =>
  MMatrix.newFromArrays([
    [1, 2],
    [3, 4],
  ]);

/** A rows × columns matrix of mixed signs and magnitudes, so a change of summation order changes the bits. */
function randomMatrix(random: Random, rows: number, columns: number): MMatrix {
  return MMatrix.newRows(rows, columns).collect(() => (random.next() - 0.5) * 10 ** Math.floor(random.next() * 6 - 3));
}

describe('MMatrix shape errors name both shapes and write nothing', () => {
  it('add: 2×3 vs 2×2', () => {
    const m = twoByThree();
    expect(() => m.add(twoByTwo())).toThrow(ShapeMismatchError);
    expect(() => m.add(twoByTwo())).toThrow('add: dimensions do not conform: 2×3 vs 2×2');
    try {
      m.add(twoByTwo());
    } catch (error) {
      expect((error as ShapeMismatchError).left).toEqual({ rows: 2, columns: 3 });
      expect((error as ShapeMismatchError).right).toEqual({ rows: 2, columns: 2 });
    }
  });

  it('add stretches only a column vector with as many rows', () => {
    const m = twoByThree();
    expect(m.add(MMatrix.newFromVector([10, 20])).asStructuredArray()).toEqual([
      [11, 12, 13],
      [24, 25, 26],
    ]);
    expect(() => m.add(MMatrix.newFromVector([1, 2, 3]))).toThrow('add: dimensions do not conform: 2×3 vs 3×1');
  });

  it('sub, multiplyPerElement and dot refuse other shapes', () => {
    const m = twoByThree();
    expect(() => m.sub(twoByTwo())).toThrow('sub: dimensions do not conform: 2×3 vs 2×2');
    expect(() => m.sub(MMatrix.newFromVector([1, 2]))).toThrow(ShapeMismatchError); // no stretching for −
    expect(() => m.multiplyPerElement(twoByTwo())).toThrow('multiplyPerElement: dimensions do not conform: 2×3 vs 2×2');
    expect(() => m.dot(twoByThree())).toThrow('dot: dimensions do not conform: 2×3 vs 2×3');
  });

  it('an in-place variant with a wrong result shape leaves the result as it was', () => {
    const out = twoByTwo();
    expect(() => twoByThree().dotInto(twoByThree().transposed(), MMatrix.newRows(3, 3))).toThrow(
      'dot: result: dimensions do not conform: 2×2 vs 3×3',
    );
    expect(() => twoByThree().addInto(twoByThree(), out)).toThrow(ShapeMismatchError);
    expect(() => twoByThree().sumHorizontalInto(out)).toThrow('sumHorizontal: result: dimensions do not conform: 2×1 vs 2×2');
    expect(() => twoByThree().transposedInto(out)).toThrow(ShapeMismatchError);
    expect(out.asArray()).toEqual([1, 2, 3, 4]);
  });

  it('transposedInto refuses a result wrong in one dimension only', () => {
    expect(() => twoByThree().transposedInto(MMatrix.newRows(3, 3))).toThrow('transposed: result: dimensions do not conform: 3×2 vs 3×3');
    expect(() => twoByThree().transposedInto(MMatrix.newRows(2, 2))).toThrow('transposed: result: dimensions do not conform: 3×2 vs 2×2');
  });

  it('collectInto calls the function once per entry, on the entries in order', () => {
    const seen: number[] = [];
    twoByThree().collectInto((x) => (seen.push(x), -x), MMatrix.newRows(2, 3));
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a product cannot be written over one of its factors', () => {
    const m = twoByTwo();
    expect(() => m.dotInto(twoByTwo(), m)).toThrow(InvalidArgumentError);
    expect(() => m.transposedInto(m)).toThrow(InvalidArgumentError);
    expect(m.asArray()).toEqual([1, 2, 3, 4]);
  });

  it('stretchToColumns needs a column vector', () => {
    expect(() => twoByTwo().stretchToColumns(3)).toThrow('stretchToColumns: the receiver must be an n×1 vector, got 2×2');
  });
});

describe('MMatrix refuses bad contents and indices', () => {
  it('NaN and ±∞ in constructors, fromContents and atPut, with the place named', () => {
    expect(() => MMatrix.newFromArrays([[1, 2], [3, NaN]])).toThrow('matrix row 2 at index 1 must be a finite number, got NaN');
    expect(() => MMatrix.newFromVector([1, Infinity])).toThrow(NonFiniteValueError);
    expect(() => MMatrix.newHandle(Float64Array.of(1, -Infinity), 1, 2)).toThrow(NonFiniteValueError);
    const m = twoByTwo();
    expect(() => m.fromContents([1, 2, 3, NaN])).toThrow(NonFiniteValueError);
    expect(() => m.atPut(1, 1, NaN)).toThrow('entry (1, 1) must be a finite number, got NaN');
    expect(m.asArray()).toEqual([1, 2, 3, 4]);
  });

  it('empty, ragged and mis-sized contents', () => {
    expect(() => MMatrix.newFromArrays([])).toThrow(EmptyDataError);
    expect(() => MMatrix.newFromArrays([[]])).toThrow(EmptyDataError);
    expect(() => MMatrix.newFromArrays([[1, 2], [3]])).toThrow(RaggedDataError);
    expect(() => MMatrix.newFromVector([])).toThrow(EmptyDataError);
    expect(() => twoByTwo().fromContents([1, 2, 3])).toThrow('entries of a 2×2 matrix: expected 4 values but got 3');
    expect(() => MMatrix.newHandle(new Float64Array(5), 2, 2)).toThrow(InputSizeError);
    expect(() => MMatrix.newRows(0, 2)).toThrow(InvalidSizeError);
    expect(() => MMatrix.newRows(2, 1.5)).toThrow(InvalidSizeError);
  });

  it('indices are 1-based and checked; atRow refuses rows past the last (the book only refused rows below 1)', () => {
    const m = twoByTwo();
    expect(() => m.at(0, 1)).toThrow(IndexOutOfRangeError);
    expect(() => m.at(1, 3)).toThrow('column 3 is out of range: give an integer in 1..2');
    expect(() => m.atPut(3, 1, 5)).toThrow('row 3 is out of range: give an integer in 1..2');
    expect(() => m.atRow(3)).toThrow(IndexOutOfRangeError);
    expect(() => m.atRow(0)).toThrow(IndexOutOfRangeError);
    expect(() => m.at(1.5, 1)).toThrow(IndexOutOfRangeError);
    expect(m.asArray()).toEqual([1, 2, 3, 4]);
  });
});

describe('MMatrix in-place variants and products', () => {
  const random = new Random(11);

  it('each …Into gives the allocating operation’s numbers bit for bit', () => {
    const a = randomMatrix(random, 3, 5);
    const b = randomMatrix(random, 3, 5);
    const c = randomMatrix(random, 5, 4);
    const column = randomMatrix(random, 3, 1);
    expect(a.dotInto(c, MMatrix.newRows(3, 4)).asArray()).toEqual(a.dot(c).asArray());
    expect(a.addInto(b, MMatrix.newRows(3, 5)).asArray()).toEqual(a.add(b).asArray());
    expect(a.addInto(column, MMatrix.newRows(3, 5)).asArray()).toEqual(a.add(column.stretchToColumns(5)).asArray());
    expect(a.subInto(b, MMatrix.newRows(3, 5)).asArray()).toEqual(a.sub(b).asArray());
    expect(a.multiplyPerElementInto(b, MMatrix.newRows(3, 5)).asArray()).toEqual(a.multiplyPerElement(b).asArray());
    expect(a.multiplyByInto(0.3, MMatrix.newRows(3, 5)).asArray()).toEqual(a.multiplyBy(0.3).asArray());
    expect(a.divideByInto(7, MMatrix.newRows(3, 5)).asArray()).toEqual(a.divideBy(7).asArray());
    expect(a.sumHorizontalInto(MMatrix.newRows(3, 1)).asArray()).toEqual(a.sumHorizontal().asArray());
    expect(a.transposedInto(MMatrix.newRows(5, 3)).asArray()).toEqual(a.transposed().asArray());
  });

  it('dotTransposedInto and transposedDotInto equal a product with the transpose, bit for bit', () => {
    for (const [m, k, n] of [
      [1, 1, 1],
      [3, 7, 5],
      [4, 9, 8],
      [6, 2, 3],
    ] as const) {
      const a = randomMatrix(random, m, k);
      const b = randomMatrix(random, n, k);
      expect(a.dotTransposedInto(b, MMatrix.newRows(m, n)).asArray()).toEqual(a.dot(b.transposed()).asArray());
      const c = randomMatrix(random, k, m);
      const d = randomMatrix(random, k, n);
      expect(c.transposedDotInto(d, MMatrix.newRows(m, n)).asArray()).toEqual(c.transposed().dot(d).asArray());
    }
  });

  it('the product is the naive triple loop, each entry summed over k in increasing order', () => {
    const a = randomMatrix(random, 5, 6);
    const b = randomMatrix(random, 6, 7);
    const product = a.dot(b);
    for (let i = 1; i <= 5; i++) {
      for (let j = 1; j <= 7; j++) {
        let sum = 0;
        for (let p = 1; p <= 6; p++) sum += a.at(i, p) * b.at(p, j);
        expect(product.at(i, j)).toBe(sum);
      }
    }
  });

  it('entry-by-entry variants may write over their receiver', () => {
    const m = twoByThree();
    m.addInto(MMatrix.newFromVector([1, 2]), m).multiplyByInto(2, m).subInto(twoByThree(), m);
    expect(m.asStructuredArray()).toEqual([
      [3, 4, 5],
      [8, 9, 10],
    ]);
  });

  it('operations leave their operands unchanged', () => {
    const a = twoByThree();
    const b = twoByThree();
    a.add(b);
    a.sub(b);
    a.dot(b.transposed());
    a.multiplyPerElement(b);
    a.collect((v) => v * 2);
    expect(a.asArray()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(b.asArray()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('MMatrix storage and random', () => {
  it('newHandle wraps an array without copying; newFromArrays copies', () => {
    const storage = Float64Array.of(1, 2, 3, 4, 5, 6);
    const m = MMatrix.newHandle(storage, 3, 2);
    storage[5] = 60;
    expect(m.at(3, 2)).toBe(60);
    m.atPut(1, 1, 10);
    expect(storage[0]).toBe(10);
    const rows = [[1, 2]];
    const copy = MMatrix.newFromArrays(rows);
    rows[0]![0] = 99;
    expect(copy.at(1, 1)).toBe(1);
  });

  it('random fills row by row from the generator it is given: Random(42) gives the book’s draws', () => {
    const m = MMatrix.newRows(2, 3).random(new Random(42));
    const draws = new Random(42);
    expect(m.asArray()).toEqual(Array.from({ length: 6 }, () => draws.next()));
    expect(m.asArray().every((v) => v > 0 && v < 1)).toBe(true);
  });

  it('shape, size, asArray copies', () => {
    const m = twoByThree();
    expect(m.shape()).toEqual({ rows: 2, columns: 3 });
    expect(m.size()).toBe(6);
    const flat = m.asArray();
    flat[0] = 100;
    expect(m.at(1, 1)).toBe(1);
    expect(MMatrix.newFromArrays([[-3, -1, -2]]).max()).toBe(-1);
  });
});
