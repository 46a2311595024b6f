// The `…Into` products and the transpose refuse a result matrix of the wrong
// shape (each dimension on its own) or one that shares storage with an operand,
// naming the operation, and leave every matrix as it was. Found by mutation
// testing (docs/mutation.md): no test gave a result wrong in one dimension only,
// or an aliased one.
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, MMatrix, ShapeMismatchError } from '../../src/index.js';
import { expectRefusal } from '../refusals.js';

const A = () => MMatrix.newFromArrays([[1, 2], [3, 4]]);
const B = () => MMatrix.newFromArrays([[5, 6], [7, 8]]);

type Product = 'dotInto' | 'dotTransposedInto' | 'transposedDotInto';
const PRODUCTS: [Product, string][] = [
  ['dotInto', 'dot'],
  ['dotTransposedInto', 'dot with a transpose'],
  ['transposedDotInto', 'transpose dot'],
];

describe.each(PRODUCTS)('%s', (product, operation) => {
  it.each([
    ['the right rows, one column too many', 2, 3],
    ['one row too many, the right columns', 3, 2],
  ])('refuses a result with %s, naming both shapes, and writes nothing', (_, rows, columns) => {
    const a = A();
    const b = B();
    const out = MMatrix.newRows(rows, columns);
    expectRefusal(() => a[product](b, out), ShapeMismatchError, `${operation}: result: dimensions do not conform: 2×2 vs ${rows}×${columns}`);
    expect(out.asArray()).toEqual(new Array(rows * columns).fill(0));
    expect(a.asArray()).toEqual([1, 2, 3, 4]);
    expect(b.asArray()).toEqual([5, 6, 7, 8]);
  });

  it.each([
    ['the receiver', (a: MMatrix) => a],
    ['the other factor', (_: MMatrix, b: MMatrix) => b],
    ['a handle on the receiver’s storage', (a: MMatrix) => MMatrix.newHandle(a.array, 2, 2)],
    ['a handle on the other factor’s storage', (_: MMatrix, b: MMatrix) => MMatrix.newHandle(b.array, 2, 2)],
  ])('refuses %s as the result and changes neither factor', (_, resultOf) => {
    const a = A();
    const b = B();
    expectRefusal(() => a[product](b, resultOf(a, b)), InvalidArgumentError, `${operation}Into: the result must be another matrix than the factors`);
    expect(a.asArray()).toEqual([1, 2, 3, 4]);
    expect(b.asArray()).toEqual([5, 6, 7, 8]);
  });
});

describe('transposedInto', () => {
  it('refuses the receiver itself, even when square, and leaves it as it was', () => {
    const a = A();
    expectRefusal(() => a.transposedInto(a), InvalidArgumentError, 'transposedInto: the result must be another matrix than the receiver');
    expect(a.asArray()).toEqual([1, 2, 3, 4]);
  });

  it('writes the transpose into another square matrix', () => {
    const out = MMatrix.newRows(2, 2);
    expect(A().transposedInto(out).asArray()).toEqual([1, 3, 2, 4]);
  });
});
