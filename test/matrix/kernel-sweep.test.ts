// Every remainder of the kernels' blocks against a naive loop written here, bit
// for bit. The products work in blocks of 2 rows × 4 columns (`product`) and of
// 4 inner rows (`transposeMultiply`), the transpose in blocks of 4 rows: rows
// 1…9 and columns 1…17 meet every remainder of each, with blocks before it, and
// the inner size 1…9 every remainder of the four inner rows. Each entry of a
// product is summed from 0 over the inner index in increasing order, in the
// kernels as here, so the bits are equal (no tolerance). Operands sit inside
// larger arrays (an offset, a row stride wider than the row), and the entries
// of the output outside its block must stay as they were.
import { describe, expect, it } from 'vitest';
import { Random } from '../../src/core/random.js';
import { multiply, multiplyTransposed, sumColumns, sumRows, transpose, transposeMultiply } from '../../src/matrix/kernels.js';

/** A rows×columns block inside a larger array: `at` entries before it, rows `stride` apart. */
interface Block {
  data: Float64Array;
  at: number;
  stride: number;
}

const random = new Random(2024);

/** Values of mixed sign and magnitude, so that any change of summation order changes the bits. */
function block(rows: number, columns: number, padding: number, at: number): Block {
  const stride = columns + padding;
  const data = new Float64Array(at + rows * stride + padding);
  for (let i = 0; i < data.length; i++) data[i] = (random.next() - 0.5) * 10 ** Math.floor(random.next() * 6 - 3);
  return { data, at, stride };
}

const get = (x: Block, i: number, j: number) => x.data[x.at + i * x.stride + j]!;

/**
 * The differences between `c`'s m×n block and `expected(i, j)`, and any entry
 * of `c`'s array outside the block that changed, as messages (empty when all agree).
 */
function differences(c: Block, m: number, n: number, before: Float64Array, expected: (i: number, j: number) => number): string[] {
  const found: string[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) if (!Object.is(get(c, i, j), expected(i, j))) found.push(`(${i}, ${j}): ${get(c, i, j)} vs ${expected(i, j)}`);
  }
  for (let index = 0; index < c.data.length; index++) {
    const offset = index - c.at;
    const inside = offset >= 0 && Math.floor(offset / c.stride) < m && offset % c.stride < n;
    if (!inside && !Object.is(c.data[index], before[index])) found.push(`entry ${index} outside the block changed`);
  }
  return found;
}

const ROWS = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const COLUMNS = Array.from({ length: 17 }, (_, j) => j + 1);
const INNER = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Runs `check` for every shape and expects no difference, naming the shape of the first that differs. */
function everyShape(check: (m: number, k: number, n: number) => string[]): void {
  for (const m of ROWS) {
    for (const n of COLUMNS) {
      for (const k of INNER) {
        const found = check(m, k, n);
        if (found.length > 0) expect(found.slice(0, 3), `m = ${m}, k = ${k}, n = ${n}`).toEqual([]);
      }
    }
  }
}

describe('the kernels over rows 1…9, columns 1…17, inner sizes 1…9: the naive loop’s bits', () => {
  it('multiply: c = a · b', () => {
    everyShape((m, k, n) => {
      const a = block(m, k, 2, 3);
      const b = block(k, n, 1, 2);
      const c = block(m, n, 3, 1);
      const before = Float64Array.from(c.data);
      multiply(m, k, n, a.data, a.at, a.stride, b.data, b.at, b.stride, c.data, c.at, c.stride);
      return differences(c, m, n, before, (i, j) => {
        let sum = 0;
        for (let p = 0; p < k; p++) sum += get(a, i, p) * get(b, p, j);
        return sum;
      });
    });
  });

  it('multiplyTransposed: c = a · bᵀ (b read by rows, a layer’s weights with a bias beside them)', () => {
    everyShape((m, k, n) => {
      const a = block(m, k, 1, 2);
      const b = block(n, k, 1, 0);
      const c = block(m, n, 2, 4);
      const before = Float64Array.from(c.data);
      multiplyTransposed(m, k, n, a.data, a.at, a.stride, b.data, b.at, b.stride, c.data, c.at, c.stride);
      return differences(c, m, n, before, (i, j) => {
        let sum = 0;
        for (let p = 0; p < k; p++) sum += get(a, i, p) * get(b, j, p);
        return sum;
      });
    });
  });

  it('transposeMultiply: c = aᵀ · b, summed over the rows p in order (blocks of four rows)', () => {
    everyShape((m, k, n) => {
      const a = block(k, m, 2, 1);
      const b = block(k, n, 1, 3);
      const c = block(m, n, 1, 2);
      const before = Float64Array.from(c.data);
      transposeMultiply(m, k, n, a.data, a.at, a.stride, b.data, b.at, b.stride, c.data, c.at, c.stride);
      return differences(c, m, n, before, (i, j) => {
        let sum = 0;
        for (let p = 0; p < k; p++) sum += get(a, p, i) * get(b, p, j);
        return sum;
      });
    });
  });

  it('sumRows and sumColumns, with an output step', () => {
    for (const m of ROWS) {
      for (const n of COLUMNS) {
        const a = block(m, n, 2, 1);
        const rows = new Float64Array(1 + m * 2).fill(-7);
        sumRows(m, n, a.data, a.at, a.stride, rows, 1, 2);
        const columns = new Float64Array(2 + n * 3).fill(-7);
        sumColumns(m, n, a.data, a.at, a.stride, columns, 2, 3);
        const expectedRows = new Float64Array(rows.length).fill(-7);
        for (let i = 0; i < m; i++) {
          let sum = 0;
          for (let j = 0; j < n; j++) sum += get(a, i, j);
          expectedRows[1 + i * 2] = sum;
        }
        const expectedColumns = new Float64Array(columns.length).fill(-7);
        for (let j = 0; j < n; j++) {
          let sum = 0;
          for (let i = 0; i < m; i++) sum += get(a, i, j);
          expectedColumns[2 + j * 3] = sum;
        }
        expect(Array.from(rows), `sumRows ${m}×${n}`).toEqual(Array.from(expectedRows));
        expect(Array.from(columns), `sumColumns ${m}×${n}`).toEqual(Array.from(expectedColumns));
      }
    }
  });

  it('transpose (blocks of four rows)', () => {
    for (const m of ROWS) {
      for (const n of COLUMNS) {
        const a = block(m, n, 0, 0).data.subarray(0, m * n);
        const out = new Float64Array(m * n + 1).fill(-7);
        transpose(m, n, a, out);
        const expected = new Float64Array(m * n + 1).fill(-7);
        for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) expected[j * m + i] = a[i * n + j]!;
        expect(Array.from(out), `${m}×${n}`).toEqual(Array.from(expected));
      }
    }
  });
});
