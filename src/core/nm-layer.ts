import { SigmoidAF } from '../activation/sigmoid.js';
import { NotConfiguredError } from '../errors.js';
import { descentStep } from '../matrix/kernels.js';
import { MMatrix, type RandomSource } from '../matrix/mmatrix.js';
import { checkLearningRate, checkPositiveInteger } from '../util/validate.js';

const SIGMOID = new SigmoidAF();

/**
 * The book's `NMLayer` (chapter "Matrix-Based Neural Networks"): a sigmoid layer
 * that works on a whole batch at once. Inputs are a matrix X with one column
 * per example (features × examples); the layer's output is σ(w·X + b), one
 * column per example, with the bias column b added to every column.
 *
 * Like the book's class it keeps its weights `w` (outputs × inputs), biases `b`
 * (outputs × 1), its last `output` and `delta`, and links to the `previous` and
 * `next` layers. The matrices `output`, `delta` and the steps are made once per
 * batch size and reused: a training loop allocates nothing per epoch.
 */
export class NMLayer {
  /** The weights, nbOutputs × nbInputs: row j holds neuron j's weights. (Every matrix here is a 1×1 placeholder until `nbInputs`.) */
  w: MMatrix = MMatrix.newRows(1, 1);
  /** The biases, a column of nbOutputs entries. */
  b: MMatrix = MMatrix.newRows(1, 1);
  /** σ(w·X + b) of the last `feed` (nbOutputs × examples). Overwritten by the next `feed`. */
  output: MMatrix = MMatrix.newRows(1, 1);
  /** ∂cost/∂z of the last backward pass (nbOutputs × examples). */
  delta: MMatrix = MMatrix.newRows(1, 1);
  /** The layer before, whose output this layer reads; none on the first layer. */
  previous: NMLayer | undefined;
  /** The layer after, which reads this layer's output; none on the output layer. */
  next: NMLayer | undefined;
  /** The m of `update`'s mean over the examples; `NMNetwork` sets it to the batch's column count. */
  numberOfExamples = 1;

  private learningRate = 0.1;
  // Scratch space for `update` (the gradient, then the new weights) and `addGradientsTo`.
  private nextWeights = MMatrix.newRows(1, 1);
  private nextBiases = MMatrix.newRows(1, 1);
  private slope = MMatrix.newRows(1, 1);
  private configured = false;

  /**
   * The book's `nbInputs:nbOutputs:random:`: weights (nbOutputs × nbInputs) then
   * biases (nbOutputs × 1), each filled row by row with `random.next()`, so
   * U[0, 1) and not centred, as the book. Learning rate 0.1.
   */
  nbInputs(nbOfInputs: number, nbOfOutputs: number, random: RandomSource): this {
    checkPositiveInteger('number of inputs', nbOfInputs);
    checkPositiveInteger('number of outputs', nbOfOutputs);
    this.w = MMatrix.newRows(nbOfOutputs, nbOfInputs).random(random);
    this.b = MMatrix.newRows(nbOfOutputs, 1).random(random);
    this.nextWeights = MMatrix.newRows(nbOfOutputs, nbOfInputs);
    this.nextBiases = MMatrix.newRows(nbOfOutputs, 1);
    this.configured = true;
    this.useBatchSize(1);
    return this;
  }

  /** Inputs per example: the columns of `w`. */
  numberOfInputs(): number {
    return this.w.nbColumns();
  }

  /** Neurons, so outputs per example: the rows of `w`. */
  numberOfOutputs(): number {
    return this.w.nbRows();
  }

  /** The learning rate (the book's `lr`); 0.1 by default. */
  get lr(): number {
    return this.learningRate;
  }

  set lr(rate: number) {
    checkLearningRate(rate);
    this.learningRate = rate;
  }

  /**
   * The book's `feed:`: output ← σ(w·X + b) for the examples in the columns of
   * `inputs`. Returns `output`, this layer's buffer, which the next `feed` overwrites.
   */
  feed(inputs: MMatrix): MMatrix {
    if (!this.configured) throw new NotConfiguredError('this layer has no weights yet: call nbInputs(…) first');
    this.useBatchSize(inputs.nbColumns());
    return sigmoidInPlace(this.w.dotInto(inputs, this.output).addInto(this.b, this.output));
  }

  /**
   * A hidden layer's part of the book's `backwardX:y:`, once the next layer has
   * its delta: δ ← (nextᵀ.w · next.δ) ⊙ output(1 − output). Then the previous
   * layer does the same.
   */
  backwardPropagateError(): void {
    const next = this.next!;
    this.backwardFromOutputGradient(next.w.transposedDotInto(next.delta, this.delta));
  }

  /**
   * δ ← ∂cost/∂output ⊙ output(1 − output), the sigmoid's slope, given
   * ∂cost/∂output for the last `feed` (it may be `delta` itself); then the
   * previous layer propagates the error.
   */
  backwardFromOutputGradient(outputGradient: MMatrix): void {
    outputGradient.multiplyPerElementInto(sigmoidSlopeInto(this.output, this.slope), this.delta);
    this.previous?.backwardPropagateError();
  }

  /**
   * The book's `update` and `update:`: w ← w − ((δ · Xᵀ) · lr) / m and
   * b ← b − (Σ_row δ · lr) / m, with X the given `inputs` on the first layer and
   * the previous layer's output on the others; then the next layer updates.
   * (The book's `update:` sends `next update` without checking that there is a
   * next layer, so a one-layer network fails; here the chain simply stops.)
   *
   * Every layer computes its new weights before any layer takes them, so when a
   * step is not finite nothing changes and `update` returns false (the caller
   * raises `DivergenceError`); it returns true when every layer has moved. A
   * layer's step depends on its inputs and delta, never on another layer's
   * weights, so this is the book's arithmetic.
   */
  update(inputs?: MMatrix): boolean {
    if (!this.computeNextWeights(inputs ?? this.previousOutput())) return false;
    if (this.next !== undefined && !this.next.update()) return false;
    this.w.array.set(this.nextWeights.array);
    this.b.array.set(this.nextBiases.array);
    return true;
  }

  /**
   * For the trainers (see `NMNetwork.backwardBatch`): sets `weightGradient` to
   * δ · Xᵀ and `biasGradient` to the row sums of δ, laid out as `w` and `b`: the
   * gradient of the summed cost for the examples of the last pass.
   */
  gradientsInto(inputs: MMatrix, weightGradient: Float64Array, biasGradient: Float64Array): void {
    weightGradient.set(this.delta.dotTransposedInto(inputs, this.nextWeights).array);
    biasGradient.set(this.delta.sumHorizontalInto(this.nextBiases).array);
  }

  /** w and b after `update`'s step, into `nextWeights` and `nextBiases`; false if an entry is not finite. */
  private computeNextWeights(inputs: MMatrix): boolean {
    const { lr, numberOfExamples: m } = this;
    const weightGradient = this.delta.dotTransposedInto(inputs, this.nextWeights).array; // δ · Xᵀ
    const biasGradient = this.delta.sumHorizontalInto(this.nextBiases).array; // Σ_row δ
    const weightsFinite = descentStep(weightGradient.length, this.w.array, weightGradient, lr, m, weightGradient);
    const biasesFinite = descentStep(biasGradient.length, this.b.array, biasGradient, lr, m, biasGradient);
    return weightsFinite && biasesFinite;
  }

  private previousOutput(): MMatrix {
    if (this.previous === undefined) {
      throw new NotConfiguredError('the first layer of a network updates from the inputs: call update(X) with the batch it was fed');
    }
    return this.previous.output;
  }

  /** Makes `output`, `delta` and `slope` fit batches of `examples` columns (only when the size changes). */
  private useBatchSize(examples: number): void {
    const rows = this.w.nbRows();
    if (this.output.nbColumns() === examples && this.output.nbRows() === rows) return;
    this.output = MMatrix.newRows(rows, examples);
    this.delta = MMatrix.newRows(rows, examples);
    this.slope = MMatrix.newRows(rows, examples);
  }
}

// The book writes these two as `collect:` blocks. As plain loops that call the
// sigmoid directly they cost less before V8 optimises them, which is most of a
// short run such as the chapter's 5000 epochs of XOR (bench/RESULTS.md).

/** σ of every entry, in place: the book's `collect: [:v | 1 / (1 + v negated exp)]`. */
function sigmoidInPlace(matrix: MMatrix): MMatrix {
  const values = matrix.array;
  // Stryker disable next-line EqualityOperator: `<=` adds i = values.length, whose σ(undefined) = NaN is written past the array's end (a no-op on a typed array); the `>=` variant, which the book's NMNetwork tests kill, is turned off with it
  for (let i = 0; i < values.length; i++) values[i] = SIGMOID.eval(values[i]!);
  return matrix;
}

/** out ← σ′ of every output o, o(1 − o): the book's `collect: [:v | v * (1 - v)]`. */
function sigmoidSlopeInto(output: MMatrix, out: MMatrix): MMatrix {
  const outputs = output.array;
  const slopes = out.array;
  // Stryker disable next-line EqualityOperator: `<=` adds i = outputs.length, whose NaN slope is written past the end of `slopes` (a no-op on a typed array); the `>=` variant, which the book's NMNetwork tests kill, is turned off with it
  for (let i = 0; i < outputs.length; i++) slopes[i] = SIGMOID.derivative(outputs[i]!);
  return out;
}
