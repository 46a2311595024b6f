import type { InputRows } from './rows.js';
import { describeValue, DivergenceError, EmptyDataError, InputSizeError, InvalidArgumentError, NotConfiguredError, ShapeMismatchError } from '../errors.js';
import { MMatrix, type RandomSource } from '../matrix/mmatrix.js';
import { checkArrayLike, checkEpochs, checkFinite, checkNetworkSizes, checkResults, checkRowList, OUTPUT_OVERFLOW_ADVICE } from '../util/validate.js';
import { BookCost, type NMCost } from './nm-cost.js';
import { NMLayer } from './nm-layer.js';
import { indexOfMax } from './nnetwork.js';
import { oneHotInto } from './one-hot.js';
import { Random } from './random.js';
import { NMTrainableView } from './nm-trainable-view.js';

/**
 * The book's `NMNetwork` (chapter "Matrix-Based Neural Networks"): sigmoid
 * `NMLayer`s that feed, backpropagate and update a whole batch of examples at
 * once, as matrix operations. A batch X has one column per example.
 *
 * Training is the book's full-batch gradient descent (`trainFullBatch`, the
 * book's `trainX:y:nbOfEpochs:`; `trainEpochs`, its `train:nbEpochs:`), which
 * records the cost of each epoch before that epoch's update in `errors`. The
 * network also meets the trainers' contract (`parameters`, `forwardBatch`,
 * `backwardBatch`, below), so `GradientDescentTrainer` and the other trainers
 * can train it too.
 */
export class NMNetwork {
  readonly layers: NMLayer[] = [];
  /** The cost of every epoch of the last training, before that epoch's update. */
  readonly errors: number[] = [];
  /** What `errors` records and which delta the output layer gets; the book's pairing by default. */
  cost: NMCost = new BookCost();
  private readonly trainable = new NMTrainableView(this);

  /**
   * @param random the generator every layer draws its weights from, in order; the
   *   book makes one `Random seed: 42` per network, so that is the default.
   */
  constructor(private readonly random: RandomSource = new Random(42)) {}

  /** Appends `layer`, linking it to the current last layer. */
  addLayer(layer: NMLayer): this {
    const last = this.layers.at(-1);
    if (last !== undefined) {
      layer.previous = last;
      last.next = layer;
    }
    this.layers.push(layer);
    return this;
  }

  /**
   * The book's `configure:hidden:nbOfOutputs:` (and its two- and three-hidden-layer
   * variants: `hidden` is a size or a list): layers nbOfInputs → hidden… →
   * nbOfOutputs, weights then biases of each layer in turn drawn from the
   * network's generator. Replaces any layers the network had.
   */
  configure(nbOfInputs: number, hidden: number | readonly number[], nbOfOutputs: number): this {
    if (typeof hidden !== 'number') checkArrayLike('hidden layer sizes', hidden);
    const hiddenSizes = typeof hidden === 'number' ? [hidden] : Array.from(hidden);
    const sizes = [nbOfInputs, ...hiddenSizes, nbOfOutputs];
    checkNetworkSizes(sizes, ['number of inputs', ...hiddenSizes.map((_, i) => `size of hidden layer ${i + 1}`), 'number of outputs']);
    // Built aside and swapped in at the end: a failure leaves the old layers.
    const layers = sizes.slice(1).map((size, i) => new NMLayer().nbInputs(sizes[i]!, size, this.random));
    this.layers.length = 0;
    this.errors.length = 0;
    for (const layer of layers) this.addLayer(layer);
    return this;
  }

  /** Inputs per example: the rows of X. */
  numberOfInputs(): number {
    return this.firstLayer().numberOfInputs();
  }

  /** Outputs per example: the rows of Y and of what `feed` returns. */
  numberOfOutputs(): number {
    return this.outputLayer().numberOfOutputs();
  }

  /** The learning rate of the layers (the book's `lr:` sets it on all). */
  get lr(): number {
    return this.firstLayer().lr;
  }

  set lr(rate: number) {
    this.firstLayer().lr = rate; // validates before the other layers change
    for (const layer of this.layers) layer.lr = rate;
  }

  /**
   * The outputs for the examples in the columns of `inputs` (the book's `feed:`), as a new matrix the caller owns.
   * @throws NonFiniteResultError when an output overflows to NaN (huge weights or inputs).
   */
  feed(inputs: MMatrix): MMatrix {
    this.checkInputs(inputs);
    const output = this.forward(inputs);
    checkResults('network output', output.array, output.array.length, OUTPUT_OVERFLOW_ADVICE);
    return MMatrix.newRows(output.nbRows(), output.nbColumns()).fromContents(output.array);
  }

  /**
   * `feed` without checks or copies, for training loops: each layer feeds the
   * next, and the output layer's `output` buffer is returned — read it, never
   * write it; the next call overwrites it.
   */
  forward(inputs: MMatrix): MMatrix {
    let output = inputs;
    // Indexed, not for…of: a training loop calls this every epoch, and an iterator per call is work for nothing.
    for (let l = 0; l < this.layers.length; l++) output = this.layers[l]!.feed(output);
    return output;
  }

  /** The network's cost of outputs A against targets Y (the book's `computeCost:and:`); see `cost`. */
  computeCost(output: MMatrix, expected: MMatrix): number {
    return this.cost.value(output, expected);
  }

  /**
   * The book's `backwardX:y:`, after `feed`: the output layer's delta from the
   * targets Y (δ = A − Y with the book's cost), then each hidden layer's from the
   * layer after it. (The book also takes the inputs X, and never uses them.)
   */
  backward(expected: MMatrix): void {
    const last = this.outputLayer();
    this.cost.outputDeltaInto(last.output, expected, last.delta);
    last.previous?.backwardPropagateError();
  }

  /**
   * The book's `update:`: the first layer updates from the inputs X, the others
   * from the outputs before them. Returns false, with no weight moved, when a
   * step is not finite (see `NMLayer.update`).
   */
  update(inputs: MMatrix): boolean {
    return this.firstLayer().update(inputs);
  }

  /**
   * The book's `trainX:y:nbOfEpochs:` (`modelX:y:nbOfEpochs:` in its source):
   * full-batch gradient descent on the examples in the columns of X (inputs) and
   * Y (targets), `nbOfEpochs` times feed, cost, backward, update. `errors` gets
   * each epoch's cost, measured before its update. Returns the last cost.
   * @throws DivergenceError when a cost or a step stops being finite; the
   *   weights are then those of the last finite epoch.
   */
  trainFullBatch(inputs: MMatrix, expected: MMatrix, nbOfEpochs: number): number {
    this.checkTrainingData(inputs, expected);
    checkEpochs('number of epochs', nbOfEpochs);
    for (const layer of this.layers) layer.numberOfExamples = expected.nbColumns();
    this.errors.length = 0;
    let cost = Number.NaN;
    for (let epoch = 1; epoch <= nbOfEpochs; epoch++) {
      cost = this.computeCost(this.forward(inputs), expected);
      if (!Number.isFinite(cost)) throw new DivergenceError(epoch, this.lr, cost);
      this.backward(expected);
      if (!this.update(inputs)) throw new DivergenceError(epoch, this.lr, cost);
      this.errors.push(cost);
    }
    return cost;
  }

  /**
   * The book's `train:nbEpochs:`: `rows` are features followed by a class index;
   * X is their features, one column per row, and Y their one-hot targets over the
   * network's outputs. (The book counts the distinct labels instead, so a subset
   * of the data that lacks a class gives Y too few rows and fails.) No
   * normalisation, as the book. Returns the last cost.
   */
  trainEpochs(rows: readonly (readonly number[])[], nbOfEpochs: number): number {
    const { inputs, expected } = this.matricesOf(rows);
    return this.trainFullBatch(inputs, expected, nbOfEpochs);
  }

  /** The index (from 0) of the largest output for one example (the book's `predict:` answers argmax − 1, the same). */
  predict(example: MMatrix | ArrayLike<number>): number {
    const column = example instanceof MMatrix ? example : MMatrix.newFromVector(example);
    return indexOfMax(this.feed(column).array);
  }

  /** The last layer. */
  outputLayer(): NMLayer {
    const last = this.layers.at(-1);
    if (last === undefined) throw notConfigured();
    return last;
  }

  // --- The trainable-model contract (src/training/trainable-model.ts), met
  // structurally so that core does not depend on training. The trainers pass
  // examples as rows; the view turns them into columns and back. ---

  /** Each layer's weights then its biases, first layer first (live arrays, row by row). */
  parameters(): Float64Array[] {
    return this.layers.flatMap((layer) => [layer.w.array, layer.b.array]);
  }

  /** Outputs (count × numberOfOutputs, one row per example) for rows `offset…` of row-major `inputs`; a reused buffer. */
  forwardBatch(rows: InputRows): Float64Array {
    return this.trainable.forwardBatch(rows.inputs, rows.offset, rows.count);
  }

  /** After `forwardBatch` on the same rows (it kept them as columns): sets `gradients` (shaped as `parameters()`) to ∂loss/∂parameters, given ∂loss/∂outputs. */
  backwardBatch(rows: InputRows, outputGradients: Float64Array, gradients: readonly Float64Array[]): void {
    this.trainable.backwardBatch(outputGradients, rows.count, gradients);
  }

  private firstLayer(): NMLayer {
    const first = this.layers[0];
    if (first === undefined) throw notConfigured();
    return first;
  }

  /** X must have one row per input, and finite entries (a matrix's array can be written directly). */
  private checkInputs(inputs: MMatrix): void {
    if (!(inputs instanceof MMatrix)) throw new InvalidArgumentError('network inputs', `must be an MMatrix (one column per example), got ${describeValue(inputs)}`);
    if (inputs.nbRows() !== this.numberOfInputs()) {
      throw new ShapeMismatchError(`inputs of a network of ${this.numberOfInputs()} inputs`, { rows: this.numberOfInputs(), columns: inputs.nbColumns() }, inputs.shape());
    }
    checkFinite('network inputs', inputs.array);
  }

  private checkTrainingData(inputs: MMatrix, expected: MMatrix): void {
    this.checkInputs(inputs);
    if (!(expected instanceof MMatrix)) throw new InvalidArgumentError('targets', `must be an MMatrix (one column per example), got ${describeValue(expected)}`);
    const wanted = { rows: this.numberOfOutputs(), columns: inputs.nbColumns() };
    if (expected.nbRows() !== wanted.rows || expected.nbColumns() !== wanted.columns) {
      throw new ShapeMismatchError('targets: one row per output, one column per example of X', wanted, expected.shape());
    }
    checkFinite('targets', expected.array);
  }

  /** X (features × rows) and one-hot Y (outputs × rows) of the book's rows: features then a class index. */
  private matricesOf(rows: readonly (readonly number[])[]): { inputs: MMatrix; expected: MMatrix } {
    checkRowList('training rows', rows);
    if (rows.length === 0) throw new EmptyDataError('training rows');
    const features = MMatrix.newFromArrays(rows.map((row) => row.slice(0, -1)));
    if (features.nbColumns() !== this.numberOfInputs()) {
      throw new InputSizeError('features per row (the label comes last)', this.numberOfInputs(), features.nbColumns());
    }
    const target = new Array<number>(this.numberOfOutputs());
    const targets = rows.map((row, r) => {
      oneHotInto(row.at(-1)!, target, r);
      return [...target];
    });
    return { inputs: features.transposed(), expected: MMatrix.newFromArrays(targets).transposed() };
  }
}

function notConfigured(): NotConfiguredError {
  return new NotConfiguredError('this network has no layers yet: call configure(…) or addLayer(…) first');
}
