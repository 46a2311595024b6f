import { EmptyDataError, IndexOutOfRangeError, InputSizeError, InvalidArgumentError, RaggedDataError, ShapeMismatchError } from '../errors.js';
import { checkFinite, checkMatrixSize, checkNumber, checkPositiveInteger } from '../util/validate.js';
import {
  addElements,
  addToEveryColumn,
  divideElements,
  multiply,
  multiplyElements,
  multiplyTransposed,
  scaleElements,
  subtractElements,
  sumRows,
  transpose,
  transposeMultiply,
} from './kernels.js';
import { printMatrix } from './print.js';

/** What `MMatrix.random` draws from: anything with `next()` in [0, 1), such as the book's `Random` (src/core). */
export interface RandomSource {
  next(): number;
}

/**
 * The book's `MMatrix` (chapter "A Matrix Library"): a matrix of doubles stored
 * row by row in one `Float64Array`, as the book's C array. Indices are 1-based,
 * as in the book: `at(1, 1)` is the top-left entry.
 *
 * Operations that build a new matrix (`dot`, `add`, `transposed`…) read like the
 * book. Each has an `…Into(…, out)` variant that writes into a matrix you made
 * once, for training loops that must not allocate every epoch. Every shape
 * mismatch raises `ShapeMismatchError` naming both shapes, before anything is
 * written. The arithmetic is in `kernels.ts`; products sum each entry over the
 * inner index in increasing order, as the book's C `dot`, so a product equals
 * the naive triple loop bit for bit.
 */
export class MMatrix {
  /** The entries, row by row: entry (r, c) is `array[(r − 1) · nbColumns() + c − 1]`. Live: writes change the matrix. */
  readonly array: Float64Array;
  private readonly rowCount: number;
  private readonly columnCount: number;

  private constructor(rows: number, columns: number, array: Float64Array) {
    this.rowCount = rows;
    this.columnCount = columns;
    this.array = array;
  }

  /** A rows × columns matrix of zeros (the book's `newRows:columns:`). */
  static newRows(rows: number, columns: number): MMatrix {
    checkMatrixSize(rows, columns, ['number of rows', 'number of columns']);
    return new MMatrix(rows, columns, new Float64Array(rows * columns));
  }

  /** A matrix with the given rows, e.g. `newFromArrays([[1, 2], [3, 4]])`. Rows must have one length and finite numbers. */
  static newFromArrays(rows: readonly ArrayLike<number>[]): MMatrix {
    if (rows.length === 0 || rows[0]!.length === 0) throw new EmptyDataError('matrix rows');
    const columns = rows[0]!.length;
    rows.forEach((row, r) => {
      if (row.length !== columns) throw new RaggedDataError(r, columns, row.length);
      checkFinite(`matrix row ${r + 1}`, row);
    });
    const matrix = MMatrix.newRows(rows.length, columns);
    rows.forEach((row, r) => matrix.array.set(Array.from(row), r * columns));
    return matrix;
  }

  /** The column vector (n × 1) of `values` (the book's `newFromVector:`). */
  static newFromVector(values: ArrayLike<number>): MMatrix {
    if (values.length === 0) throw new EmptyDataError('vector');
    return MMatrix.newRows(values.length, 1).fromContents(values);
  }

  /**
   * A rows × columns matrix over `array` itself, not a copy (the book's
   * `newHandle:rows:columns:`): writes through either are seen by both.
   */
  static newHandle(array: Float64Array, rows: number, columns: number): MMatrix {
    checkPositiveInteger('number of rows', rows);
    checkPositiveInteger('number of columns', columns);
    if (array.length !== rows * columns) throw new InputSizeError(`entries of a ${rows}×${columns} matrix`, rows * columns, array.length);
    checkFinite('matrix entries', array);
    return new MMatrix(rows, columns, array);
  }

  /** Copies `values` in, row by row (the book's `fromContents:`); their count must be `size()`. */
  fromContents(values: ArrayLike<number>): this {
    if (values.length !== this.size()) throw new InputSizeError(`entries of a ${this.shapeText()} matrix`, this.size(), values.length);
    checkFinite('matrix entries', values);
    this.array.set(Array.from(values));
    return this;
  }

  /** The number of rows. */
  nbRows(): number {
    return this.rowCount;
  }

  /** The number of columns. */
  nbColumns(): number {
    return this.columnCount;
  }

  /** The number of entries, rows × columns. */
  size(): number {
    return this.array.length;
  }

  /** The entry in row `row`, column `column`, both from 1 (the book's `at: row @ column`). */
  at(row: number, column: number): number {
    return this.array[this.indexOf(row, column)]!;
  }

  /** Stores `value` in row `row`, column `column`, both from 1 (the book's `at: row @ column put: value`). */
  atPut(row: number, column: number, value: number): this {
    const index = this.indexOf(row, column);
    checkNumber(`entry (${row}, ${column})`, value);
    this.array[index] = value;
    return this;
  }

  /** Row `row` (from 1) as a new array. The book's guard only refused rows below 1; here any row outside 1..nbRows is refused. */
  atRow(row: number): number[] {
    this.checkIndex('row', row, this.rowCount);
    const start = (row - 1) * this.columnCount;
    return Array.from(this.array.subarray(start, start + this.columnCount));
  }

  /** Every entry, row by row, as a new array. */
  asArray(): number[] {
    return Array.from(this.array);
  }

  /** The rows, as new arrays. */
  asStructuredArray(): number[][] {
    return Array.from({ length: this.rowCount }, (_, r) => this.atRow(r + 1));
  }

  /** The largest entry. */
  max(): number {
    let largest = this.array[0]!;
    // Stryker disable next-line EqualityOperator: `>=` on a tie takes the same number, and `<=` one step past the end compares undefined, which is never larger (the other variants, which the tests kill, are turned off with them)
    for (let i = 1; i < this.array.length; i++) if (this.array[i]! > largest) largest = this.array[i]!;
    return largest;
  }

  /** The sum of every entry, row by row, left to right. */
  sum(): number {
    let total = 0;
    for (let i = 0; i < this.array.length; i++) total += this.array[i]!;
    return total;
  }

  /** The row sums, as a column vector (nbRows × 1). */
  sumHorizontal(): MMatrix {
    return this.sumHorizontalInto(MMatrix.newRows(this.rowCount, 1));
  }

  /** The transpose (nbColumns × nbRows). */
  transposed(): MMatrix {
    return this.transposedInto(MMatrix.newRows(this.columnCount, this.rowCount));
  }

  /** This column vector (n × 1) repeated as `columns` columns (n × columns). */
  stretchToColumns(columns: number): MMatrix {
    if (this.columnCount !== 1) {
      throw new InvalidArgumentError('stretchToColumns', `the receiver must be an n×1 vector, got ${this.shapeText()}`);
    }
    const stretched = MMatrix.newRows(this.rowCount, columns);
    addToEveryColumn(this.rowCount, columns, stretched.array, this.array, stretched.array);
    return stretched;
  }

  /** A new matrix of `f(entry)` for every entry. */
  collect(f: (value: number) => number): MMatrix {
    return this.collectInto(f, this.emptyLike());
  }

  /** The Hadamard product: entry by entry, shapes equal. */
  multiplyPerElement(other: MMatrix): MMatrix {
    return this.multiplyPerElementInto(other, this.emptyLike());
  }

  /** The matrix product this · other (the book's `+*`). */
  dot(other: MMatrix): MMatrix {
    return this.dotInto(other, MMatrix.newRows(this.rowCount, other.columnCount));
  }

  /**
   * The book's `+`: the entry-by-entry sum of two matrices of one shape, or, when
   * `other` is a column vector with as many rows, this plus that vector in every
   * column (how a layer adds its biases to a batch).
   */
  add(other: MMatrix): MMatrix {
    return this.addInto(other, this.emptyLike());
  }

  /** The book's `-`: the entry-by-entry difference of two matrices of one shape. */
  sub(other: MMatrix): MMatrix {
    return this.subInto(other, this.emptyLike());
  }

  /** Every entry times `factor` (the book's `*` by a number). */
  multiplyBy(factor: number): MMatrix {
    return this.multiplyByInto(factor, this.emptyLike());
  }

  /** Every entry divided by `divisor` (the book's `/` by a number). */
  divideBy(divisor: number): MMatrix {
    return this.divideByInto(divisor, this.emptyLike());
  }

  /**
   * Fills the matrix row by row with `generator.next()`. The book's `random`
   * draws from an unseeded `Random new`; here the generator is always given, so
   * results repeat: pass `new Random(42)` for the book's `Random seed: 42`.
   * (The matrix library cannot make one itself: src/core depends on it, not the
   * reverse.)
   */
  random(generator: RandomSource): this {
    for (let i = 0; i < this.array.length; i++) this.array[i] = generator.next();
    return this;
  }

  /** The book's `printOn:`: entries rounded to 4 decimals, rows on lines: `(1.0 2.0\n3.0 4.0 )`. */
  printString(): string {
    return printMatrix(this.rowCount, this.columnCount, this.array);
  }

  /** `printString()`, so that template strings and `String(m)` print like the book. */
  toString(): string {
    return this.printString();
  }

  // ---------------------------------------------------------------------------
  // In-place variants, for training loops: each writes its result into `out`
  // (a matrix of the result's shape, made once) and returns `out`. Entry-by-entry
  // operations accept `out` being this or `other`; products and transposes need a
  // result that shares no storage with their operands.
  // ---------------------------------------------------------------------------

  /** out = this · other. */
  dotInto(other: MMatrix, out: MMatrix): MMatrix {
    if (this.columnCount !== other.rowCount) throw this.mismatch('dot', other);
    this.checkProductOutput('dot', out, this.rowCount, other.columnCount, other);
    multiply(this.rowCount, this.columnCount, other.columnCount, this.array, 0, this.columnCount, other.array, 0, other.columnCount, out.array, 0, out.columnCount);
    return out;
  }

  /** out = this · otherᵀ, without making the transpose: the same numbers as `this.dot(other.transposed())`. */
  dotTransposedInto(other: MMatrix, out: MMatrix): MMatrix {
    if (this.columnCount !== other.columnCount) throw this.mismatch('dot with a transpose', other);
    this.checkProductOutput('dot with a transpose', out, this.rowCount, other.rowCount, other);
    multiplyTransposed(this.rowCount, this.columnCount, other.rowCount, this.array, 0, this.columnCount, other.array, 0, other.columnCount, out.array, 0, out.columnCount);
    return out;
  }

  /** out = thisᵀ · other, without making the transpose: the same numbers as `this.transposed().dot(other)`. */
  transposedDotInto(other: MMatrix, out: MMatrix): MMatrix {
    if (this.rowCount !== other.rowCount) throw this.mismatch('transpose dot', other);
    this.checkProductOutput('transpose dot', out, this.columnCount, other.columnCount, other);
    transposeMultiply(this.columnCount, this.rowCount, other.columnCount, this.array, 0, this.columnCount, other.array, 0, other.columnCount, out.array, 0, out.columnCount);
    return out;
  }

  /** out = this + other, `other` of this shape or a column vector added to every column (see `add`). */
  addInto(other: MMatrix, out: MMatrix): MMatrix {
    // Stryker disable next-line ConditionalExpression: when both have one column, adding the column to every column adds the same numbers
    const stretches = other.columnCount === 1 && this.columnCount !== 1;
    if (this.rowCount !== other.rowCount || (!stretches && this.columnCount !== other.columnCount)) throw this.mismatch('add', other);
    this.checkSameShape('add', out);
    if (stretches) {
      addToEveryColumn(this.rowCount, this.columnCount, this.array, other.array, out.array);
    } else {
      addElements(this.array.length, this.array, other.array, out.array);
    }
    return out;
  }

  /** out = this − other, entry by entry. */
  subInto(other: MMatrix, out: MMatrix): MMatrix {
    this.checkSameShape('sub', other);
    this.checkSameShape('sub', out);
    subtractElements(this.array.length, this.array, other.array, out.array);
    return out;
  }

  /** out = this ⊙ other, entry by entry. */
  multiplyPerElementInto(other: MMatrix, out: MMatrix): MMatrix {
    this.checkSameShape('multiplyPerElement', other);
    this.checkSameShape('multiplyPerElement', out);
    multiplyElements(this.array.length, this.array, other.array, out.array);
    return out;
  }

  /** out = this · factor. */
  multiplyByInto(factor: number, out: MMatrix): MMatrix {
    this.checkSameShape('multiplyBy', out);
    scaleElements(this.array.length, this.array, factor, out.array);
    return out;
  }

  /** out = this / divisor. */
  divideByInto(divisor: number, out: MMatrix): MMatrix {
    this.checkSameShape('divideBy', out);
    divideElements(this.array.length, this.array, divisor, out.array);
    return out;
  }

  /** out = f(this), entry by entry. */
  collectInto(f: (value: number) => number, out: MMatrix): MMatrix {
    this.checkSameShape('collect', out);
    const from = this.array;
    const to = out.array;
    for (let i = 0; i < from.length; i++) to[i] = f(from[i]!);
    return out;
  }

  /** out (nbRows × 1) = the row sums. */
  sumHorizontalInto(out: MMatrix): MMatrix {
    if (out.rowCount !== this.rowCount || out.columnCount !== 1) {
      throw new ShapeMismatchError('sumHorizontal: result', { rows: this.rowCount, columns: 1 }, out.shape());
    }
    sumRows(this.rowCount, this.columnCount, this.array, 0, this.columnCount, out.array, 0, 1);
    return out;
  }

  /** out (nbColumns × nbRows) = the transpose. */
  transposedInto(out: MMatrix): MMatrix {
    if (out.rowCount !== this.columnCount || out.columnCount !== this.rowCount) {
      throw new ShapeMismatchError('transposed: result', { rows: this.columnCount, columns: this.rowCount }, out.shape());
    }
    if (out === this) throw new InvalidArgumentError('transposedInto', 'the result must be another matrix than the receiver');
    transpose(this.rowCount, this.columnCount, this.array, out.array);
    return out;
  }

  /** The shape, for errors and callers: `{ rows, columns }`. */
  shape(): { rows: number; columns: number } {
    return { rows: this.rowCount, columns: this.columnCount };
  }

  private emptyLike(): MMatrix {
    return MMatrix.newRows(this.rowCount, this.columnCount);
  }

  private indexOf(row: number, column: number): number {
    this.checkIndex('row', row, this.rowCount);
    this.checkIndex('column', column, this.columnCount);
    return (row - 1) * this.columnCount + column - 1;
  }

  private checkIndex(what: string, index: number, size: number): void {
    if (!Number.isInteger(index) || index < 1 || index > size) throw new IndexOutOfRangeError(what, index, size);
  }

  private checkSameShape(operation: string, other: MMatrix): void {
    if (other.rowCount !== this.rowCount || other.columnCount !== this.columnCount) throw this.mismatch(operation, other);
  }

  /** A product's result must have its shape and share no storage with the factors. */
  private checkProductOutput(operation: string, out: MMatrix, rows: number, columns: number, other: MMatrix): void {
    if (out.rowCount !== rows || out.columnCount !== columns) {
      throw new ShapeMismatchError(`${operation}: result`, { rows, columns }, out.shape());
    }
    // The arrays' identity (a matrix is its own array's only owner unless `newHandle`
    // shares it): reading a small typed array's `buffer` is slow in V8, and sharing
    // storage otherwise takes `newHandle` over overlapping views, which the JSDoc forbids.
    if (out.array === this.array || out.array === other.array) {
      throw new InvalidArgumentError(`${operation}Into`, 'the result must be another matrix than the factors');
    }
  }

  private mismatch(operation: string, other: MMatrix): ShapeMismatchError {
    return new ShapeMismatchError(operation, this.shape(), other.shape());
  }

  private shapeText(): string {
    return `${this.rowCount}×${this.columnCount}`;
  }
}
