/**
 * What a trainer needs from a model, and all it knows of it (micrograd's
 * lesson: the model exposes its parameters in a fixed order, the trainer only
 * sees that). `NNetwork` and `LinearModel` both meet it.
 *
 * Inputs come as one row-major array of examples; `offset` is the first row
 * and `count` the number of rows, so a batch is a range of rows, never a copy.
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
}
