import type { LossAtOutputs } from '../core/dense.js';
import type { EpochTotals, InputRows, Rows, Tally } from '../core/rows.js';
import type { Loss } from './losses/loss.js';

/**
 * What a trainer needs from a model, and all it knows of it (micrograd's
 * lesson: the model exposes its parameters in a fixed order, the trainer only
 * sees that). `NNetwork`, `NMNetwork` and `LinearModel` meet it.
 *
 * Examples come as ranges of rows of row-major arrays (`Rows`: a batch, an
 * epoch), never as copies.
 *
 * The optional methods are shortcuts for speed, never a different result:
 * a trainer uses them when a model has them, and they must give what the
 * required methods give, bit for bit (see docs/design.md, "Fast paths").
 */
export interface TrainableModel {
  numberOfInputs(): number;
  numberOfOutputs(): number;

  /** The parameters, as live `Float64Array`s in a fixed order; trainers update them in place. */
  parameters(): readonly Float64Array[];

  /** Outputs (count × numberOfOutputs, row-major) for `rows`; may be a reused buffer. */
  forwardBatch(rows: InputRows): Float64Array;

  /**
   * Right after `forwardBatch` on the same rows: sets `gradients` (shaped as
   * `parameters()`) to ∂loss/∂parameters, given ∂loss/∂outputs. Trainers also
   * pass `lossAtOutputs` (the loss, the targets and the gradient's scale): a
   * model whose output activation has a closed form with the loss (softmax with
   * the categorical cross-entropy: δ = t − o) uses it; others ignore it.
   */
  backwardBatch(rows: InputRows, outputGradients: Float64Array, gradients: readonly Float64Array[], lossAtOutputs?: LossAtOutputs): void;

  /**
   * Optional: `forwardBatch`, `loss.batchValueAndGradient` and `backwardBatch` in
   * one pass over the rows, for models small enough that the passes cost more
   * than the arithmetic. **Sets** `gradients` to gradientScale · ∂loss/∂parameters
   * and returns the sum of the rows' losses.
   */
  lossAndGradient?(rows: Rows, loss: Loss, gradients: readonly Float64Array[], gradientScale: number): number;

  /**
   * Optional: mini-batch steps of the plain rule over `rows`, in place: the rows
   * in order in batches of `batchSize` (the last one shorter if need be), each
   * batch one step p ← p − learningRate · ∂(the batch's mean loss)/∂p, the loss
   * and gradient fused as in `lossAndGradient`. Adds each batch's summed loss
   * before its step to `tally`. Returns false at the first batch whose loss or
   * new parameters would not be finite, the model then as before that batch and
   * the batch's loss in `tally.refusedLoss`.
   */
  descend?(rows: Rows, loss: Loss, learningRate: number, batchSize: number, tally: Tally): boolean;

  /**
   * Optional: online training by the plain rule over `rows`, one example after
   * another, in place (the book's `train` for each, with the loss's gradient as
   * the error). Adds each example's loss before its update, and with labels
   * whether it was predicted right, to `tally`. Returns false at the first
   * example whose loss or new parameters would not be finite, the model then as
   * before that example and that example's loss in `tally.refusedLoss`.
   */
  trainOnline?(rows: Rows, loss: Loss, learningRate: number, tally: Tally): boolean;

  /**
   * Optional, with `trainOnline`: `epochs` passes of `trainOnline` over the same
   * rows in one call, each epoch's summed loss and hits in `totals` (entry e for
   * epoch e, from 0). Returns how many epochs ran: all of them, or fewer when an
   * example was refused (that epoch not counted, the model as before that
   * example, its loss in `totals.refusedLoss`) or an epoch's summed loss was not
   * finite (that epoch counted). The SGD trainer uses it when nothing happens
   * between its epochs (see `TrainingRun.trainsEpochsInPlace`).
   */
  trainOnlineEpochs?(rows: Rows, loss: Loss, learningRate: number, epochs: number, totals: EpochTotals): number;
}
