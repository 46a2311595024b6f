/**
 * A loss: how far a model's outputs are from the targets, and its gradient
 * with respect to those outputs. Our losses are sums or means of one term per
 * output unit, so a loss is two small formulas (`term`, `termGradient`) plus
 * how terms combine (`scaleFor`); the loops live here, once. The formulas are
 * public so that a model can fuse them into its own loop (see
 * `TrainableModel.lossAndGradient`).
 */
export abstract class Loss {
  /** The name under which the loss is registered (see `registerLoss`). */
  abstract readonly name: string;
  /** Whether the terms of one example are averaged ('mean') or added ('sum'). */
  protected abstract readonly reduction: 'mean' | 'sum';

  /** The term of one output unit. */
  abstract term(output: number, target: number): number;

  /** ∂term/∂output for one output unit. */
  abstract termGradient(output: number, target: number): number;

  /** What an example's sum of terms is multiplied by: 1/width for a mean, 1 for a sum. */
  scaleFor(width: number): number {
    return this.reduction === 'mean' ? 1 / width : 1;
  }

  /** The loss of one example. */
  value(outputs: ArrayLike<number>, targets: ArrayLike<number>): number {
    let sum = 0;
    for (let j = 0; j < outputs.length; j++) sum += this.term(outputs[j]!, targets[j]!);
    return sum * this.scaleFor(outputs.length);
  }

  /** ∂loss/∂outputs of one example, as a new array. */
  gradient(outputs: ArrayLike<number>, targets: ArrayLike<number>): number[] {
    const scale = this.scaleFor(outputs.length);
    return Array.from(outputs, (o, j) => this.termGradient(o, targets[j]!) * scale);
  }

  /** The sum of the losses of `count` examples (rows of `width` outputs; `targets` rows start at `targetOffset`). */
  batchValue(outputs: Float64Array, targets: ArrayLike<number>, targetOffset: number, count: number, width: number): number {
    const start = targetOffset * width;
    let sum = 0;
    for (let e = 0; e < count * width; e++) sum += this.term(outputs[e]!, targets[start + e]!);
    return sum * this.scaleFor(width);
  }

  /**
   * For `count` examples (rows of `width` outputs): writes ∂loss/∂outputs, times
   * `gradientScale`, into `gradients` and returns the sum of the examples' losses.
   * `targets` rows start at `targetOffset`. Trainers pass gradientScale = 1/count
   * for the gradient of the batch's mean. The trainers' hot path: no allocation.
   */
  batchValueAndGradient(
    outputs: Float64Array,
    targets: ArrayLike<number>,
    targetOffset: number,
    count: number,
    width: number,
    gradients: Float64Array,
    gradientScale = 1,
  ): number {
    const scale = this.scaleFor(width);
    const start = targetOffset * width;
    let sum = 0;
    for (let e = 0; e < count * width; e++) {
      const o = outputs[e]!;
      const t = targets[start + e]!;
      sum += this.term(o, t);
      gradients[e] = this.termGradient(o, t) * scale * gradientScale;
    }
    return sum * scale;
  }
}
