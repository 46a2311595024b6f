/**
 * A range of examples, one per row of row-major arrays: rows offset … offset +
 * count − 1. Trainers hand models ranges of their packed data (one batch, one
 * epoch) instead of copies.
 */
export interface Rows {
  /** Every example's inputs, row after row. */
  inputs: Float64Array;
  /** Every example's targets, row after row. */
  targets: Float64Array;
  /** Every example's class, when the targets encode classes. */
  labels: Int32Array | undefined;
  /** The first row of the range. */
  offset: number;
  /** How many rows. */
  count: number;
}

/** The inputs of a range of rows (what a forward pass needs). */
export type InputRows = Pick<Rows, 'inputs' | 'offset' | 'count'>;

/** Running totals of a pass over rows. */
export interface Tally {
  /** The sum of the examples' losses. */
  loss: number;
  /** How many examples were predicted right (with labels). */
  correct: number;
  /** Set when an in-place step refuses an example (`trainOnline`): that example's loss, for the divergence report. */
  refusedLoss?: number;
}

/** Each epoch's totals when several epochs run in one call (`trainOnlineEpochs`), laid out by epoch from 0. */
export interface EpochTotals {
  /** The sum of each epoch's example losses. */
  readonly losses: Float64Array;
  /** How many of each epoch's examples were predicted right (with labels). */
  readonly correct: Float64Array;
  /** Set when an example is refused: its loss, for the divergence report. */
  refusedLoss?: number;
}

/**
 * The class a row of `width` outputs (starting at `outputs[at]`) predicts: the
 * index of the largest output, the first on ties; one output tells two
 * classes, 1 from 0.5 on.
 */
export function predictedClass(outputs: Float64Array, at: number, width: number): number {
  if (width === 1) return outputs[at]! >= 0.5 ? 1 : 0;
  let best = 0;
  for (let j = 1; j < width; j++) if (outputs[at + j]! > outputs[at + best]!) best = j;
  return best;
}
