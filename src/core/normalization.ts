import { ColumnRangeError, ConstantColumnError, EmptyDataError, InputSizeError, InvalidArgumentError, RaggedDataError } from '../errors.js';
import { checkArrayLike, checkFinite, checkResults, checkRowList } from '../util/validate.js';

/**
 * The book's `Normalization`: min–max scaling of every feature column to [0, 1].
 * Rows are features followed by a label; the label (last column) is copied as is.
 *
 * After `normalizeData(rows)`, `min` and `max` hold what was found, so new rows
 * (a test set, a prediction) can be scaled the same way with `normalizeInputs`.
 */
export class Normalization {
  min: number[] = [];
  max: number[] = [];

  /** Scales each feature column by its own min and max (the book's `normalizeData:`). */
  normalizeData(rows: readonly (readonly number[])[]): number[][];
  /** Scales each feature column j by the given min[j] and max[j] (`normalizeData:min:max:`). */
  normalizeData(rows: readonly (readonly number[])[], min: readonly number[], max: readonly number[]): number[][];
  normalizeData(rows: readonly (readonly number[])[], min?: readonly number[], max?: readonly number[]): number[][] {
    const nbOfFeatures = checkRows(rows);
    let mins: number[];
    let maxs: number[];
    if (min === undefined || max === undefined) {
      [mins, maxs] = columnRanges(rows, nbOfFeatures);
    } else {
      checkArrayLike('min', min);
      checkArrayLike('max', max);
      mins = Array.from(min);
      maxs = Array.from(max);
      checkRanges(mins, maxs, nbOfFeatures);
    }
    // Scaled before `min` and `max` change: a row that overflows leaves this as it was.
    const scaled = rows.map((row) => [...scaleRow(row, mins, maxs), row[nbOfFeatures]!]);
    this.min = mins;
    this.max = maxs;
    return scaled;
  }

  /**
   * Scales one row of features (no label) with the `min` and `max` found before.
   * @throws NonFiniteValueError for a NaN or ±∞ feature; NonFiniteResultError when
   *   a scaled value overflows (a feature far outside [min, max], near ±1.8e308).
   */
  normalizeInputs(inputs: ArrayLike<number>): number[] {
    checkArrayLike('features to normalise', inputs);
    if (inputs.length !== this.min.length) throw new InputSizeError('features to normalise', this.min.length, inputs.length);
    checkFinite('features to normalise', inputs);
    return scaleRow(inputs, this.min, this.max);
  }
}

/** (xⱼ − minⱼ) / (maxⱼ − minⱼ) for each of the first `min.length` features of `row`. */
function scaleRow(row: ArrayLike<number>, min: readonly number[], max: readonly number[]): number[] {
  // Stryker disable next-line ArrayDeclaration: new Array() grows to the same dense array, as the loop writes entries 0…n−1 in order; the length given up front only spares the growing
  const scaled = new Array<number>(min.length);
  for (let j = 0; j < min.length; j++) scaled[j] = (row[j]! - min[j]!) / (max[j]! - min[j]!);
  checkResults('normalised feature', scaled, scaled.length, 'the feature is too far outside the [min, max] the scaling was fitted on');
  return scaled;
}

/** Checks the rows are non-empty, rectangular, finite and have a label; returns the feature count. */
function checkRows(rows: readonly (readonly number[])[]): number {
  checkRowList('data to normalise', rows);
  if (rows.length === 0) throw new EmptyDataError('data to normalise');
  const width = rows[0]!.length;
  if (width < 2) throw new InvalidArgumentError('data to normalise', 'each row needs at least one feature and a label');
  rows.forEach((row, i) => {
    if (row.length !== width) throw new RaggedDataError(i, width, row.length);
    checkFinite(`row ${i}`, row);
  });
  return width - 1;
}

function columnRanges(rows: readonly (readonly number[])[], nbOfFeatures: number): [number[], number[]] {
  const mins: number[] = [];
  const maxs: number[] = [];
  for (let j = 0; j < nbOfFeatures; j++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const row of rows) {
      lo = Math.min(lo, row[j]!);
      hi = Math.max(hi, row[j]!);
    }
    mins.push(lo);
    maxs.push(hi);
  }
  checkRanges(mins, maxs, nbOfFeatures);
  return [mins, maxs];
}

function checkRanges(mins: number[], maxs: number[], nbOfFeatures: number): void {
  if (mins.length !== nbOfFeatures) throw new InputSizeError('min per feature', nbOfFeatures, mins.length);
  if (maxs.length !== nbOfFeatures) throw new InputSizeError('max per feature', nbOfFeatures, maxs.length);
  checkFinite('min', mins);
  checkFinite('max', maxs);
  for (let j = 0; j < nbOfFeatures; j++) {
    if (maxs[j] === mins[j]) throw new ConstantColumnError(j, mins[j]!);
    if (!Number.isFinite(maxs[j]! - mins[j]!)) throw new ColumnRangeError(j, mins[j]!, maxs[j]!);
  }
}
