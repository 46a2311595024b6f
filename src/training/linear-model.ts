import { checkNumber } from '../util/validate.js';
import type { InputRows, Rows, Tally } from '../core/rows.js';
import type { Loss } from './losses/loss.js';
import type { TrainableModel } from './trainable-model.js';

/**
 * The "Theory on Learning" chapter's model: the line f(x) = a·x + b, one input
 * and one output. `a` and `b` live in one `Float64Array`, which trainers update.
 */
export class LinearModel implements TrainableModel {
  private readonly ab = new Float64Array(2);
  private outputs = new Float64Array(0);
  // The gradient `measure` found last (see there).
  private gradientA = 0;
  private gradientB = 0;

  constructor(a = 0, b = 0) {
    this.a = a;
    this.b = b;
  }

  get a(): number {
    return this.ab[0]!;
  }

  set a(value: number) {
    checkNumber('a', value);
    this.ab[0] = value;
  }

  get b(): number {
    return this.ab[1]!;
  }

  set b(value: number) {
    checkNumber('b', value);
    this.ab[1] = value;
  }

  /** f(x) = a·x + b. */
  predict(x: number): number {
    return this.a * x + this.b;
  }

  numberOfInputs(): number {
    return 1;
  }

  numberOfOutputs(): number {
    return 1;
  }

  /** [a, b], in one live array. */
  parameters(): readonly Float64Array[] {
    return [this.ab];
  }

  forwardBatch({ inputs, offset, count }: InputRows): Float64Array {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a new buffer on every call (`true`) or when this one is exactly large enough (`<=`) holds the same outputs; reusing it only spares the allocation (their `false` and `>=` variants, which the tests kill, are turned off with them)
    if (this.outputs.length < count) this.outputs = new Float64Array(count);
    const outputs = this.outputs; // a local: the loop need not reload the field after each store
    const a = this.ab[0]!;
    const b = this.ab[1]!;
    // Stryker disable next-line EqualityOperator: `<=` writes one entry after the count outputs: into the buffer's tail, which is not part of the result (count entries, as TrainableModel.forwardBatch says) and no caller reads, or past its end (a no-op) (the `>=` variant, which the tests kill, is turned off with it)
    for (let r = 0; r < count; r++) outputs[r] = a * inputs[offset + r]! + b;
    return outputs;
  }

  /** Sets ∂loss/∂a = Σ ∂loss/∂f · x and ∂loss/∂b = Σ ∂loss/∂f. */
  backwardBatch({ inputs, offset, count }: InputRows, outputGradients: Float64Array, gradients: readonly Float64Array[]): void {
    const g = gradients[0]!;
    let ga = 0;
    let gb = 0;
    for (let r = 0; r < count; r++) {
      ga += outputGradients[r]! * inputs[offset + r]!;
      gb += outputGradients[r]!;
    }
    g[0] = ga;
    g[1] = gb;
  }

  /**
   * The three passes above fused into one loop: the line has two parameters, so
   * reading and writing whole arrays between passes would cost more than the
   * arithmetic. Same operations in the same order (with one output, the loss's
   * scale is 1), so the same bits.
   */
  lossAndGradient({ inputs, targets, offset, count }: Rows, loss: Loss, gradients: readonly Float64Array[], gradientScale: number): number {
    const sum = this.measure(inputs, targets, offset, count, loss, gradientScale);
    const g = gradients[0]!;
    g[0] = this.gradientA;
    g[1] = this.gradientB;
    return sum;
  }

  /**
   * The chapter's SGD loop body for each batch of `rows`, in place: the batch's
   * loss and mean gradient, then the plain step, with no gradient array in
   * between. The batches are looped over here rather than by the trainer: a
   * batch of five points is fewer operations than a call through the trainer.
   * Refuses (changes nothing for that batch, returns false) a non-finite loss
   * or new parameter.
   */
  descend({ inputs, targets, offset, count }: Rows, loss: Loss, learningRate: number, batchSize: number, tally: Tally): boolean {
    const ab = this.ab;
    const end = offset + count;
    // Stryker disable next-line EqualityOperator: `<=` adds an empty batch at the end when the batch size divides the rows: its loss and gradient are 0, so the step writes back the same a and b; the `>=` variant, which the tests kill, is turned off with it
    for (let start = offset; start < end; start += batchSize) {
      const size = Math.min(batchSize, end - start);
      const sum = this.measure(inputs, targets, start, size, loss, 1 / size);
      const a = ab[0]! - learningRate * this.gradientA;
      const b = ab[1]! - learningRate * this.gradientB;
      if (!(Number.isFinite(sum) && Number.isFinite(a) && Number.isFinite(b))) {
        tally.refusedLoss = sum;
        return false;
      }
      ab[0] = a;
      ab[1] = b;
      tally.loss += sum;
    }
    return true;
  }

  /**
   * The one loop of both shortcuts: returns the summed loss of rows
   * `offset…offset+count` and leaves gradientScale · ∂loss/∂a and ∂loss/∂b in
   * `gradientA`, `gradientB` (fields, not an array, so that `descend` reads
   * them from registers).
   */
  private measure(inputs: Float64Array, targets: Float64Array, offset: number, count: number, loss: Loss, gradientScale: number): number {
    const a = this.ab[0]!;
    const b = this.ab[1]!;
    let sum = 0;
    let ga = 0;
    let gb = 0;
    for (let r = offset; r < offset + count; r++) {
      const x = inputs[r]!;
      const target = targets[r]!; // read once: V8 does not merge the two reads across the loss's calls
      const output = a * x + b;
      sum += loss.term(output, target);
      const g = loss.termGradient(output, target) * gradientScale;
      ga += g * x;
      gb += g;
    }
    this.gradientA = ga;
    this.gradientB = gb;
    return sum;
  }
}
