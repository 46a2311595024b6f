/**
 * The arithmetic of the book's "A Matrix Library" chapter as free functions over
 * row-major `Float64Array`s: our port of its C file (`dot`, `add`, `sub`), which
 * `MMatrix` and the dense layers of both network classes call.
 *
 * A matrix operand is passed as three arguments, as BLAS does: the array, the
 * index of entry (0, 0), and the row stride (the distance between rows, at least
 * the number of columns). So a kernel can read a block of rows of a data set, or
 * the weights of a layer whose rows also hold a bias, without copying them.
 *
 * Summation order: every entry of a product is summed from 0 over the inner
 * index in increasing order, as the book's C `dot` does. The loops below visit
 * entries in cache-friendly orders and several at a time, but each single sum
 * still adds the same terms in the same order, so the results equal a naive
 * triple loop bit for bit (test/matrix/kernels.test.ts checks it).
 *
 * The output must not overlap an input.
 */

/** c (m×n) = a (m×k) · b (k×n). */
export function multiply(
  m: number,
  k: number,
  n: number,
  a: Float64Array,
  aAt: number,
  aStride: number,
  b: Float64Array,
  bAt: number,
  bStride: number,
  c: Float64Array,
  cAt: number,
  cStride: number,
): void {
  // Row by row of c; within a row, p outermost: c[i][·] += a[i][p] · b[p][·]
  // walks b and c along their rows, and each c[i][j] still gets its terms in p order.
  for (let i = 0; i < m; i++) {
    const cRow = cAt + i * cStride;
    const aRow = aAt + i * aStride;
    for (let j = 0; j < n; j++) c[cRow + j] = 0;
    for (let p = 0; p < k; p++) {
      const x = a[aRow + p]!;
      const bRow = bAt + p * bStride;
      for (let j = 0; j < n; j++) c[cRow + j]! += x * b[bRow + j]!;
    }
  }
}

/** c (m×n) = a (m×k) · bᵀ, where b is n×k: each entry is the dot product of a row of a and a row of b. */
export function multiplyTransposed(
  m: number,
  k: number,
  n: number,
  a: Float64Array,
  aAt: number,
  aStride: number,
  b: Float64Array,
  bAt: number,
  bStride: number,
  c: Float64Array,
  cAt: number,
  cStride: number,
): void {
  // Two rows of a against four rows of b at a time: eight independent sums, and
  // each value loaded from memory serves two or four of them.
  let i = 0;
  for (; i + 2 <= m; i += 2) {
    const a0 = aAt + i * aStride;
    const a1 = a0 + aStride;
    const c0 = cAt + i * cStride;
    const c1 = c0 + cStride;
    let j = 0;
    for (; j + 4 <= n; j += 4) {
      const b0 = bAt + j * bStride;
      const b1 = b0 + bStride;
      const b2 = b1 + bStride;
      const b3 = b2 + bStride;
      let s00 = 0;
      let s01 = 0;
      let s02 = 0;
      let s03 = 0;
      let s10 = 0;
      let s11 = 0;
      let s12 = 0;
      let s13 = 0;
      for (let p = 0; p < k; p++) {
        const x0 = a[a0 + p]!;
        const x1 = a[a1 + p]!;
        const y0 = b[b0 + p]!;
        const y1 = b[b1 + p]!;
        const y2 = b[b2 + p]!;
        const y3 = b[b3 + p]!;
        s00 += x0 * y0;
        s01 += x0 * y1;
        s02 += x0 * y2;
        s03 += x0 * y3;
        s10 += x1 * y0;
        s11 += x1 * y1;
        s12 += x1 * y2;
        s13 += x1 * y3;
      }
      c[c0 + j] = s00;
      c[c0 + j + 1] = s01;
      c[c0 + j + 2] = s02;
      c[c0 + j + 3] = s03;
      c[c1 + j] = s10;
      c[c1 + j + 1] = s11;
      c[c1 + j + 2] = s12;
      c[c1 + j + 3] = s13;
    }
    for (; j < n; j++) {
      const bRow = bAt + j * bStride;
      c[c0 + j] = dotProduct(k, a, a0, b, bRow);
      c[c1 + j] = dotProduct(k, a, a1, b, bRow);
    }
  }
  if (i < m) {
    const aRow = aAt + i * aStride;
    const cRow = cAt + i * cStride;
    let j = 0;
    for (; j + 4 <= n; j += 4) {
      const b0 = bAt + j * bStride;
      const b1 = b0 + bStride;
      const b2 = b1 + bStride;
      const b3 = b2 + bStride;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let p = 0; p < k; p++) {
        const x = a[aRow + p]!;
        s0 += x * b[b0 + p]!;
        s1 += x * b[b1 + p]!;
        s2 += x * b[b2 + p]!;
        s3 += x * b[b3 + p]!;
      }
      c[cRow + j] = s0;
      c[cRow + j + 1] = s1;
      c[cRow + j + 2] = s2;
      c[cRow + j + 3] = s3;
    }
    for (; j < n; j++) {
      // dotProduct written out: on small layers this loop runs for every example.
      const bRow = bAt + j * bStride;
      let sum = 0;
      for (let p = 0; p < k; p++) sum += a[aRow + p]! * b[bRow + p]!;
      c[cRow + j] = sum;
    }
  }
}

/** c (m×n) = aᵀ · b, where a is k×m and b is k×n: entry (i, j) sums a[p][i] · b[p][j] over the rows p. */
export function transposeMultiply(
  m: number,
  k: number,
  n: number,
  a: Float64Array,
  aAt: number,
  aStride: number,
  b: Float64Array,
  bAt: number,
  bStride: number,
  c: Float64Array,
  cAt: number,
  cStride: number,
): void {
  for (let i = 0; i < m; i++) {
    const cRow = cAt + i * cStride;
    for (let j = 0; j < n; j++) c[cRow + j] = 0;
  }
  // Four rows p at a time: c[i][j] + t0 + t1 + t2 + t3 adds left to right, the
  // same order as four passes, with c read and written once instead of four times.
  let p = 0;
  for (; p + 4 <= k; p += 4) {
    const a0 = aAt + p * aStride;
    const a1 = a0 + aStride;
    const a2 = a1 + aStride;
    const a3 = a2 + aStride;
    const b0 = bAt + p * bStride;
    const b1 = b0 + bStride;
    const b2 = b1 + bStride;
    const b3 = b2 + bStride;
    for (let i = 0; i < m; i++) {
      const x0 = a[a0 + i]!;
      const x1 = a[a1 + i]!;
      const x2 = a[a2 + i]!;
      const x3 = a[a3 + i]!;
      const cRow = cAt + i * cStride;
      for (let j = 0; j < n; j++) {
        c[cRow + j] = c[cRow + j]! + x0 * b[b0 + j]! + x1 * b[b1 + j]! + x2 * b[b2 + j]! + x3 * b[b3 + j]!;
      }
    }
  }
  for (; p < k; p++) {
    const aRow = aAt + p * aStride;
    const bRow = bAt + p * bStride;
    for (let i = 0; i < m; i++) {
      const x = a[aRow + i]!;
      const cRow = cAt + i * cStride;
      for (let j = 0; j < n; j++) c[cRow + j]! += x * b[bRow + j]!;
    }
  }
}

/** Σ a[aAt + p] · b[bAt + p] for p = 0 … k − 1, from 0, in that order. */
export function dotProduct(k: number, a: Float64Array, aAt: number, b: Float64Array, bAt: number): number {
  let sum = 0;
  for (let p = 0; p < k; p++) sum += a[aAt + p]! * b[bAt + p]!;
  return sum;
}

/** out[j · outStep] = Σ over the m rows of a[i][j], rows in order: the column sums of a (m×n). */
export function sumColumns(
  m: number,
  n: number,
  a: Float64Array,
  aAt: number,
  aStride: number,
  out: Float64Array,
  outAt: number,
  outStep: number,
): void {
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < m; i++) sum += a[aAt + i * aStride + j]!;
    out[outAt + j * outStep] = sum;
  }
}

/** out[i · outStep] = Σ over the n columns of a[i][j], columns in order: the row sums of a (m×n), the book's `sumHorizontal`. */
export function sumRows(
  m: number,
  n: number,
  a: Float64Array,
  aAt: number,
  aStride: number,
  out: Float64Array,
  outAt: number,
  outStep: number,
): void {
  for (let i = 0; i < m; i++) {
    const row = aAt + i * aStride;
    let sum = 0;
    for (let j = 0; j < n; j++) sum += a[row + j]!;
    out[outAt + i * outStep] = sum;
  }
}
