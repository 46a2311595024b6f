// The matrix kernels against the naive triple loop, bit for bit: each entry of
// a product summed from 0 over the inner index in increasing order (the book's C `dot`).
import { describe, expect, it } from 'vitest';
import { Random } from '../../src/core/random.js';
import {
  addElements,
  addToEveryColumn,
  descentStep,
  divideElements,
  multiply,
  multiplyElements,
  multiplyTransposed,
  scaleElements,
  subtractElements,
  sumColumns,
  sumRows,
  transpose,
  transposeMultiply,
} from '../../src/matrix/kernels.js';

/** A rows×columns block inside a larger array: `padding` unused columns per row and `at` unused entries before it. */
function block(random: Random, rows: number, columns: number, padding: number, at: number): { data: Float64Array; at: number; stride: number } {
  const stride = columns + padding;
  const data = new Float64Array(at + rows * stride);
  // Values of mixed sign and magnitude, so that a change of summation order changes the bits.
  for (let i = 0; i < data.length; i++) data[i] = (random.next() - 0.5) * 10 ** Math.floor(random.next() * 6 - 3);
  return { data, at, stride };
}

const get = (x: { data: Float64Array; at: number; stride: number }, i: number, j: number) => x.data[x.at + i * x.stride + j]!;

// Shapes around the kernels' block sizes (2 rows × 4 columns, 4 inner rows) and their remainders.
const SHAPES: [number, number, number][] = [
  [1, 1, 1],
  [1, 3, 1],
  [2, 2, 3],
  [3, 5, 4],
  [4, 7, 9],
  [5, 4, 8],
  [7, 9, 6],
  [2, 1, 5],
];

describe('matrix kernels give the naive loops bit for bit', () => {
  const random = new Random(7);
  for (const [m, k, n] of SHAPES) {
    it(`multiply, ${m}×${k} · ${k}×${n}, strided`, () => {
      const a = block(random, m, k, 2, 3);
      const b = block(random, k, n, 1, 5);
      const c = block(random, m, n, 3, 1);
      const before = Float64Array.from(c.data);
      multiply(m, k, n, a.data, a.at, a.stride, b.data, b.at, b.stride, c.data, c.at, c.stride);
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          let sum = 0;
          for (let p = 0; p < k; p++) sum += get(a, i, p) * get(b, p, j);
          expect(get(c, i, j)).toBe(sum);
        }
      }
      expectOutsideUnchanged(c, m, n, before);
    });

    it(`multiplyTransposed, ${m}×${k} · (${n}×${k})ᵀ, strided`, () => {
      const a = block(random, m, k, 1, 2);
      const b = block(random, n, k, 1, 0); // a layer's rows: k weights and a bias
      const c = block(random, m, n, 2, 4);
      const before = Float64Array.from(c.data);
      multiplyTransposed(m, k, n, a.data, a.at, a.stride, b.data, b.at, b.stride, c.data, c.at, c.stride);
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          let sum = 0;
          for (let p = 0; p < k; p++) sum += get(a, i, p) * get(b, j, p);
          expect(get(c, i, j)).toBe(sum);
        }
      }
      expectOutsideUnchanged(c, m, n, before);
    });

    it(`transposeMultiply, (${k}×${m})ᵀ · ${k}×${n}, strided`, () => {
      const a = block(random, k, m, 2, 1);
      const b = block(random, k, n, 0, 3);
      const c = block(random, m, n, 1, 2);
      const before = Float64Array.from(c.data);
      transposeMultiply(m, k, n, a.data, a.at, a.stride, b.data, b.at, b.stride, c.data, c.at, c.stride);
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          let sum = 0;
          for (let p = 0; p < k; p++) sum += get(a, p, i) * get(b, p, j);
          expect(get(c, i, j)).toBe(sum);
        }
      }
      expectOutsideUnchanged(c, m, n, before);
    });
  }

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

/** Entries of `c`'s array outside its m×n block are as they were. */
function expectOutsideUnchanged(c: { data: Float64Array; at: number; stride: number }, m: number, n: number, before: Float64Array): void {
  for (let index = 0; index < c.data.length; index++) {
    const offset = index - c.at;
    const inside = offset >= 0 && Math.floor(offset / c.stride) < m && offset % c.stride < n;
    if (!inside) expect(c.data[index], `entry ${index} outside the block`).toBe(before[index]);
  }
}

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
