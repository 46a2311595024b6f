// The book's MMatrixTest (chapter "A Matrix Library"; BOOK.md §4.2), every case,
// with the book's values. 07-MatrixLibrary names the addition tests
// testAddition1/testAddition2; 07-Matrix has the same two with the names swapped.
import { describe, expect, it } from 'vitest';
import { MMatrix } from '../../src/index.js';

describe('MMatrixTest (the book)', () => {
  it('testCreation', () => {
    const m = MMatrix.newFromArrays([
      [1, 2],
      [3, 4],
    ]);
    expect(m.asArray()).toEqual([1.0, 2.0, 3.0, 4.0]);
  });

  it('testAt', () => {
    const m = MMatrix.newFromArrays([
      [1, 2],
      [3, 4],
    ]);
    expect(m.at(1, 1)).toBe(1);
    expect(m.at(1, 2)).toBe(2);
    expect(m.at(2, 1)).toBe(3);
    expect(m.at(2, 2)).toBe(4);
  });

  it('testAtPut', () => {
    const m = MMatrix.newFromArrays([
      [1, 2],
      [3, 4],
    ]);
    m.atPut(2, 1, 10.0);
    expect(m.at(2, 1)).toBe(10.0);
    expect(m.asStructuredArray()).toEqual([
      [1, 2],
      [10, 4],
    ]);
  });

  it('testMax (07-MatrixLibrary only)', () => {
    expect(
      MMatrix.newFromArrays([
        [1, 2],
        [3, 4],
      ]).max(),
    ).toBe(4);
  });

  it('testAddition1', () => {
    const m1 = MMatrix.newFromArrays([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const m2 = MMatrix.newFromArrays([
      [4, 5, 6],
      [1, 2, 3],
    ]);
    expect(m1.add(m2).asStructuredArray()).toEqual([
      [5, 7, 9],
      [5, 7, 9],
    ]);
  });

  it('testAddition2', () => {
    const m = MMatrix.newFromArrays([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(m.add(m).asStructuredArray()).toEqual([
      [2, 4, 6],
      [8, 10, 12],
    ]);
  });

  it('testSumHorizontal', () => {
    const m = MMatrix.newFromArrays([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(m.sumHorizontal().asStructuredArray()).toEqual([[3], [7], [11]]);
  });

  it('testVectorCreation', () => {
    const v = MMatrix.newFromVector([1, 2, 3]);
    expect(v.nbColumns()).toBe(1);
    expect(v.nbRows()).toBe(3);
    expect(v.asStructuredArray()).toEqual([[1], [2], [3]]);
  });

  it('testStretching', () => {
    const m = MMatrix.newFromVector([1, 2, 3, 4]).stretchToColumns(5);
    expect(m.nbRows()).toBe(4);
    expect(m.nbColumns()).toBe(5);
    expect(m.atRow(1)).toEqual([1, 1, 1, 1, 1]);
    expect(m.atRow(3)).toEqual([3, 3, 3, 3, 3]);
  });

  it('testCollect', () => {
    const m = MMatrix.newFromArrays([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(m.collect((each) => each + 1).asStructuredArray()).toEqual([
      [2, 3, 4],
      [5, 6, 7],
    ]);
  });

  it('testMultiplicationOnVector', () => {
    expect(MMatrix.newFromVector([1, 2, 3, 4]).multiplyBy(5).asStructuredArray()).toEqual([[5], [10], [15], [20]]);
  });

  it('testMultiplicationOnMatrix', () => {
    const m = MMatrix.newFromArrays([
      [1, 2, 3, 4],
      [10, 20, 30, 40],
    ]);
    expect(m.multiplyBy(5).asStructuredArray()).toEqual([
      [5, 10, 15, 20],
      [50, 100, 150, 200],
    ]);
  });

  it('testMultiplicationPerElement', () => {
    const v1 = MMatrix.newFromVector([1, 2, 3]);
    const v2 = MMatrix.newFromVector([10, 20, 30]);
    expect(v1.multiplyPerElement(v2).asArray()).toEqual([10, 40, 90]);
  });

  it('testDivision', () => {
    const m = MMatrix.newFromArrays([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(m.divideBy(2).asStructuredArray()).toEqual([
      [0.5, 1, 1.5],
      [2, 2.5, 3],
    ]);
  });

  it('testMatrixProduct (N36)', () => {
    const m1 = MMatrix.newFromArrays([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    const m2 = MMatrix.newFromArrays([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
    ]);
    expect(m1.dot(m2).asStructuredArray()).toEqual([
      [50, 60],
      [114, 140],
    ]);
  });

  it('testSub', () => {
    const m1 = MMatrix.newFromArrays([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    const m2 = MMatrix.newFromArrays([
      [4, 2, 1, 3],
      [7, 6, 8, 5],
    ]);
    expect(m1.sub(m2).asStructuredArray()).toEqual([
      [-3, 0, 2, 1],
      [-2, 0, -1, 3],
    ]);
  });

  it('testSum', () => {
    const m = MMatrix.newFromArrays([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    expect(m.sum()).toBe(36);
  });

  it('testTransposedOnMatrix', () => {
    const m = MMatrix.newFromArrays([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    expect(m.transposed().asStructuredArray()).toEqual([
      [1, 5],
      [2, 6],
      [3, 7],
      [4, 8],
    ]);
  });

  it('testTransposedOnVector', () => {
    expect(MMatrix.newFromVector([1, 2, 3]).transposed().asStructuredArray()).toEqual([[1, 2, 3]]);
  });
});

describe('the chapter’s printed matrices (N37)', () => {
  it('m + m prints its rows on lines, rounded to 4 decimals', () => {
    const m = MMatrix.newFromArrays([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(m.add(m).printString()).toBe('(2.0 4.0 6.0\n8.0 10.0 12.0 )');
    expect(String(m)).toBe('(1.0 2.0 3.0\n4.0 5.0 6.0 )');
  });

  it('rounds to 4 decimals, halves away from zero, as Pharo’s round: 4', () => {
    const m = MMatrix.newFromArrays([[1 / 3, -2 / 3, 0.00004, -0.00004, 0.12345, -0.12345, 1e21]]);
    expect(m.printString()).toBe('(0.3333 -0.6667 0.0 0.0 0.1235 -0.1235 1.0e21 )');
  });

  it('prints integers and exponents of either sign as Pharo does', () => {
    expect(MMatrix.newFromArrays([[-2, 3, -1e21, 1.5e21]]).printString()).toBe('(-2.0 3.0 -1.0e21 1.5e21 )');
  });

  it('leaves numbers of 2^53 / 10^4 and more as they are: they have no 4th decimal to round', () => {
    // 900719925474.3993 × 10^4 is beyond 2^53, where rounding it would change its last digit (to …3992).
    const big = 2 ** 53 / 10000 + 0.3;
    expect(MMatrix.newFromArrays([[big, -big]]).printString()).toBe('(900719925474.3993 -900719925474.3993 )');
  });
});
