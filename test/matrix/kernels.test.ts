// The matrix kernels on the book's numbers and entry by entry. The products
// against the naive triple loop over every shape around their blocks are in
// kernel-sweep.test.ts.
import { describe, expect, it } from 'vitest';
import { Random } from '../../src/core/random.js';
import {
  addElements,
  addToEveryColumn,
  descentStep,
  divideElements,
  multiply,
  multiplyElements,
  scaleElements,
  subtractElements,
  sumColumns,
  sumRows,
  transpose,
} from '../../src/matrix/kernels.js';

describe('matrix kernels on the book’s numbers', () => {
  it('multiply: the book’s product ((1,2,3,4),(5,6,7,8)) · ((1,2),(3,4),(5,6),(7,8)) = ((50,60),(114,140))', () => {
    const c = new Float64Array(4);
    multiply(2, 4, 2, Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8), 0, 4, Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8), 0, 2, c, 0, 2);
    expect(Array.from(c)).toEqual([50, 60, 114, 140]);
  });

  it('sumRows is the book’s sumHorizontal; sumColumns writes with a step (a bias column)', () => {
    const a = Float64Array.of(1, 2, 3, 4, 5, 6);
    const rows = new Float64Array(3);
    sumRows(3, 2, a, 0, 2, rows, 0, 1);
    expect(Array.from(rows)).toEqual([3, 7, 11]);
    const out = new Float64Array(6).fill(-1);
    sumColumns(3, 2, a, 0, 2, out, 2, 3);
    expect(Array.from(out)).toEqual([-1, -1, 9, -1, -1, 12]);
  });
});

describe('element-wise kernels, the stretching add and the transpose', () => {
  const random = new Random(3);
  const values = (length: number) => Float64Array.from({ length }, () => (random.next() - 0.5) * 100);

  it('add, subtract, multiply, scale and divide entry by entry, also in place', () => {
    const a = values(7);
    const b = values(7);
    const out = new Float64Array(7);
    addElements(7, a, b, out);
    expect(Array.from(out)).toEqual(Array.from(a, (v, i) => v + b[i]!));
    subtractElements(7, a, b, out);
    expect(Array.from(out)).toEqual(Array.from(a, (v, i) => v - b[i]!));
    multiplyElements(7, a, b, out);
    expect(Array.from(out)).toEqual(Array.from(a, (v, i) => v * b[i]!));
    scaleElements(7, a, 0.1, out);
    expect(Array.from(out)).toEqual(Array.from(a, (v) => v * 0.1));
    divideElements(7, a, 3, out);
    expect(Array.from(out)).toEqual(Array.from(a, (v) => v / 3)); // a division, not a product with 1/3
    const inPlace = Float64Array.from(a);
    subtractElements(7, inPlace, b, inPlace);
    expect(Array.from(inPlace)).toEqual(Array.from(a, (v, i) => v - b[i]!));
  });

  it('addToEveryColumn adds entry i of the column to every entry of row i', () => {
    const a = Float64Array.of(1, 2, 3, 4, 5, 6);
    const out = new Float64Array(6);
    addToEveryColumn(2, 3, a, Float64Array.of(10, 20), out);
    expect(Array.from(out)).toEqual([11, 12, 13, 24, 25, 26]);
  });

  for (const [m, n] of [
    [1, 1],
    [1, 5],
    [4, 3],
    [5, 2],
    [9, 7],
  ] as const) {
    it(`transpose of ${m}×${n}`, () => {
      const a = values(m * n);
      const out = new Float64Array(m * n);
      transpose(m, n, a, out);
      for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) expect(out[j * m + i]).toBe(a[i * n + j]);
    });
  }

  it('descentStep: p − (g · lr) / count, rounded as the book writes it, and whether all are finite', () => {
    const p = values(6);
    const g = values(6);
    const out = new Float64Array(6);
    expect(descentStep(6, p, g, 0.1, 4, out)).toBe(true);
    expect(Array.from(out)).toEqual(Array.from(p, (v, i) => v - (g[i]! * 0.1) / 4));
    expect(descentStep(2, Float64Array.of(1, -1e308), Float64Array.of(0, 1e308), 1e10, 1, g)).toBe(false);
    expect(g[1]).toBe(-Infinity); // written: the caller keeps the parameters apart until it is true
  });
});
