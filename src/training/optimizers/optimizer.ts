/**
 * How parameters move, given their gradient: PyTorch's `torch.optim`. An
 * optimizer validates its settings in its constructor; `step` then moves every
 * parameter. Per-parameter state (a velocity, running averages) lives in the
 * optimizer, keyed by the parameter array, so it follows a model from one
 * `train` call to the next. Which rows make one step (the whole data set, a
 * mini-batch, one example) is the trainer's business, not the optimizer's.
 *
 * A new optimizer is one subclass, registered by name (`optimizers.register`)
 * so the CLI can find it.
 */
export abstract class Optimizer {
  /** The name under which the optimizer is registered. */
  abstract readonly name: string;

  /** Moves every parameter one step, given ∂loss/∂parameter in `gradients` (shaped as `parameters`). */
  abstract step(parameters: readonly Float64Array[], gradients: readonly Float64Array[], learningRate: number): void;

  /**
   * Whether `step` is exactly p ← p − learningRate · g, with no state. A model
   * may then take such steps itself, in place, without a gradient buffer (the
   * book's `train`): the trainers' fast paths, which give the same bits.
   */
  isPlainStep(): boolean {
    return false;
  }

  /** Settings needed to rebuild this optimizer by name; none by default. */
  config(): Record<string, number> {
    return {};
  }
}
