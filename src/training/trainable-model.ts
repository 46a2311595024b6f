import type { Loss } from './losses/loss.js';

/**
 * What a trainer needs from a model, and all it knows of it (micrograd's
 * lesson: the model exposes its parameters in a fixed order, the trainer only
 * sees that). `NNetwork` and `LinearModel` both meet it.
 *
 * Inputs come as one row-major array of examples; `offset` is the first row
 * and `count` the number of rows, so a batch is a range of rows, never a copy.
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

  /** Outputs (count × numberOfOutputs, row-major) for rows `offset…` of `inputs`; may be a reused buffer. */
  forwardBatch(inputs: ArrayLike<number>, offset: number, count: number): Float64Array;

  /**
   * Right after `forwardBatch` on the same rows: adds ∂loss/∂parameters into
   * `gradients` (shaped as `parameters()`), given ∂loss/∂outputs.
   */
  backwardBatch(
    inputs: ArrayLike<number>,
    offset: number,
    count: number,
    outputGradients: Float64Array,
    gradients: readonly Float64Array[],
  ): void;

  /**
   * Optional: `forwardBatch`, `loss.batchValueAndGradient` and `backwardBatch` in
   * one pass over the rows, for models small enough that the passes cost more
   * than the arithmetic. **Sets** `gradients` to gradientScale · ∂loss/∂parameters
   * (nothing to zero first) and returns the sum of the rows' losses.
   */
  lossAndGradient?(
    inputs: Float64Array,
    targets: Float64Array,
    offset: number,
    count: number,
    loss: Loss,
    gradients: readonly Float64Array[],
    gradientScale: number,
  ): number;

  /**
   * Optional: one step of the plain rule p ← p − learningRate · ∂(mean loss)/∂p
   * over rows `offset…offset+count`, in place, the loss and gradient fused as in
   * `lossAndGradient`. Returns the sum of the rows' losses before the step; if
   * the loss or the gradient is not finite, changes nothing and returns NaN.
   */
  descend?(inputs: Float64Array, targets: Float64Array, offset: number, count: number, loss: Loss, learningRate: number): number;

  /**
   * Optional: right after `forwardBatch` on one row, backpropagate and move
   * every parameter by −learningRate · ∂loss/∂parameter in place — the book's
   * `backwardPropagateError` then `updateWeight`, with no gradient buffer. If
   * any step would not be finite, changes nothing and returns false.
   */
  updateOnline?(inputs: ArrayLike<number>, offset: number, outputGradients: Float64Array, learningRate: number): boolean;
}
