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
  product(m, k, n, a, aAt, aStride, b, bAt, bStride, 1, c, cAt, cStride);
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
  product(m, k, n, a, aAt, aStride, b, bAt, 1, bStride, c, cAt, cStride);
}

/**
 * c[i][j] = Σₚ a[i][p] · b(p, j), where b(p, j) is `b[bAt + p·pStep + j·jStep]`:
 * both products above (b read by rows, or by columns for its transpose).
 */
function product(
  m: number,
  k: number,
  n: number,
  a: Float64Array,
  aAt: number,
  aStride: number,
  b: Float64Array,
  bAt: number,
  pStep: number,
  jStep: number,
  c: Float64Array,
  cAt: number,
  cStride: number,
): void {
  // Two rows of a against four columns of b at a time: eight independent sums over
  // p, and each value loaded serves two or four of them. Columns outermost, so the
  // four columns of b stay cached for every pair of rows of a.
  const j1 = jStep;
  const j2 = 2 * jStep;
  const j3 = 3 * jStep;
  let j = 0;
  // Stryker disable next-line EqualityOperator,ConditionalExpression: `<` for `<=`, or `false`, ends the blocks early and leaves more to the loop after this one, which computes the same sums in the same order, bit for bit (their other variants, which the kernel sweep kills, are turned off with them)
  for (; j + 4 <= n; j += 4) {
    const bColumn = bAt + j * jStep;
    let i = 0;
    for (; i + 2 <= m; i += 2) {
      const a0 = aAt + i * aStride;
      const a1 = a0 + aStride;
      let s00 = 0;
      let s01 = 0;
      let s02 = 0;
      let s03 = 0;
      let s10 = 0;
      let s11 = 0;
      let s12 = 0;
      let s13 = 0;
      for (let p = 0, q = bColumn; p < k; p++, q += pStep) {
        const x0 = a[a0 + p]!;
        const x1 = a[a1 + p]!;
        const y0 = b[q]!;
        const y1 = b[q + j1]!;
        const y2 = b[q + j2]!;
        const y3 = b[q + j3]!;
        s00 += x0 * y0;
        s01 += x0 * y1;
        s02 += x0 * y2;
        s03 += x0 * y3;
        s10 += x1 * y0;
        s11 += x1 * y1;
        s12 += x1 * y2;
        s13 += x1 * y3;
      }
      const c0 = cAt + i * cStride + j;
      const c1 = c0 + cStride;
      c[c0] = s00;
      c[c0 + 1] = s01;
      c[c0 + 2] = s02;
      c[c0 + 3] = s03;
      c[c1] = s10;
      c[c1 + 1] = s11;
      c[c1 + 2] = s12;
      c[c1 + 3] = s13;
    }
    if (i < m) {
      const aRow = aAt + i * aStride;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let p = 0, q = bColumn; p < k; p++, q += pStep) {
        const x = a[aRow + p]!;
        s0 += x * b[q]!;
        s1 += x * b[q + j1]!;
        s2 += x * b[q + j2]!;
        s3 += x * b[q + j3]!;
      }
      const cRow = cAt + i * cStride + j;
      c[cRow] = s0;
      c[cRow + 1] = s1;
      c[cRow + 2] = s2;
      c[cRow + 3] = s3;
    }
  }
  for (; j < n; j++) {
    // The last columns one at a time: dotProduct, written out because small layers
    // run this loop for every example.
    for (let i = 0; i < m; i++) {
      const aRow = aAt + i * aStride;
      let sum = 0;
      for (let p = 0, q = bAt + j * jStep; p < k; p++, q += pStep) sum += a[aRow + p]! * b[q]!;
      c[cAt + i * cStride + j] = sum;
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
  // Stryker disable next-line EqualityOperator,ConditionalExpression: `<` for `<=`, or `false`, ends the blocks early and leaves more to the loop after this one, which computes the same sums in the same order, bit for bit (their other variants, which the kernel sweep kills, are turned off with them)
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

// ---------------------------------------------------------------------------
// Element-wise kernels over whole row-major matrices (the book's `+`, `-`,
// `multiplyPerElement:`, `*` and `/` by a number). Each writes `length` entries
// of `out` and reads entry i of its inputs only to write entry i of `out`, so
// `out` may be one of the inputs (an in-place update).
// ---------------------------------------------------------------------------

/** out[i] = a[i] + b[i]. */
export function addElements(length: number, a: Float64Array, b: Float64Array, out: Float64Array): void {
  for (let i = 0; i < length; i++) out[i] = a[i]! + b[i]!;
}

/** out[i] = a[i] − b[i]. */
export function subtractElements(length: number, a: Float64Array, b: Float64Array, out: Float64Array): void {
  for (let i = 0; i < length; i++) out[i] = a[i]! - b[i]!;
}

/** out[i] = a[i] · b[i]: the Hadamard product. */
export function multiplyElements(length: number, a: Float64Array, b: Float64Array, out: Float64Array): void {
  for (let i = 0; i < length; i++) out[i] = a[i]! * b[i]!;
}

/** out[i] = a[i] · factor. */
export function scaleElements(length: number, a: Float64Array, factor: number, out: Float64Array): void {
  for (let i = 0; i < length; i++) out[i] = a[i]! * factor;
}

/** out[i] = a[i] / divisor (a division per entry, not a product with 1/divisor, as the book's `/`). */
export function divideElements(length: number, a: Float64Array, divisor: number, out: Float64Array): void {
  for (let i = 0; i < length; i++) out[i] = a[i]! / divisor;
}

/**
 * out (m×n) = a (m×n) + the column vector `column` (m entries) added to every
 * column: the book's `+` of a matrix and an n×1 vector, which stretches the
 * vector first (`stretchToColumns:`). `out` may be `a`.
 */
export function addToEveryColumn(m: number, n: number, a: Float64Array, column: Float64Array, out: Float64Array): void {
  for (let i = 0; i < m; i++) {
    const value = column[i]!;
    const row = i * n;
    for (let j = 0; j < n; j++) out[row + j] = a[row + j]! + value;
  }
}

/** out (n×m) = aᵀ for a (m×n). `out` must not be `a`. */
export function transpose(m: number, n: number, a: Float64Array, out: Float64Array): void {
  // Four rows of a at a time: each pass writes four neighbouring entries of a row of out.
  let i = 0;
  // Stryker disable next-line EqualityOperator,ConditionalExpression: `<` for `<=`, or `false`, ends the blocks early and leaves more to the loop after this one, which computes the same sums in the same order, bit for bit (their other variants, which the kernel sweep kills, are turned off with them)
  for (; i + 4 <= m; i += 4) {
    const a0 = i * n;
    const a1 = a0 + n;
    const a2 = a1 + n;
    const a3 = a2 + n;
    for (let j = 0; j < n; j++) {
      const o = j * m + i;
      out[o] = a[a0 + j]!;
      out[o + 1] = a[a1 + j]!;
      out[o + 2] = a[a2 + j]!;
      out[o + 3] = a[a3 + j]!;
    }
  }
  for (; i < m; i++) for (let j = 0; j < n; j++) out[j * m + i] = a[i * n + j]!;
}

/**
 * out[i] = p[i] − (g[i] · learningRate) / count, rounded as the book's
 * `w − ((δ · Xᵀ) · lr / m)`: the gradient-descent step of a parameter array from
 * a gradient summed over `count` examples. Returns whether every out[i] is
 * finite, so a caller can refuse the step before any parameter moves. `out` may be `g`.
 */
export function descentStep(length: number, p: Float64Array, g: Float64Array, learningRate: number, count: number, out: Float64Array): boolean {
  let finite = true;
  for (let i = 0; i < length; i++) {
    const next = p[i]! - (g[i]! * learningRate) / count;
    out[i] = next;
    finite &&= Number.isFinite(next);
  }
  return finite;
}
