import { ActivationFunction } from '../activation/activation-function.js';
import { IdentityAF } from '../activation/identity.js';
import { LayerActivation } from '../activation/layer-activation.js';
import { SigmoidAF } from '../activation/sigmoid.js';
import { EmptyDataError, InputSizeError, NotConfiguredError, RaggedDataError } from '../errors.js';
import {
  asDivergence,
  checkArrayLike,
  checkedActivation,
  checkEpochs,
  checkFinite,
  checkNetworkSizes,
  checkOptions,
  checkResults,
  checkRowList,
  checkVector,
  copyVector,
  OUTPUT_OVERFLOW_ADVICE,
} from '../util/validate.js';
import {
  adjustDeltas,
  forward,
  parameterGradients,
  propagateErrors,
  setErrorsFromLossGradient,
  setLayerOutputDeltas,
  trainOnline,
  trainOnlineEpochs,
  usesClosedForm,
  type DenseLayer,
  type LossAtOutputs,
  type OutputLoss,
} from './dense.js';
import type { EpochTotals, InputRows, Rows, Tally } from './rows.js';
import { checkLayerWidth, NeuronLayer } from './neuron-layer.js';
import { Normalization } from './normalization.js';
import { oneHotInto } from './one-hot.js';
import { Random } from './random.js';

/** Rows of features followed by a class index: the book's format for `train:nbEpochs:`. */
export type LabelledRows = readonly (readonly number[])[];

/** Options of `NNetwork.configure` beyond the book's sizes. */
export interface ConfigureOptions {
  /** Activation of the hidden layers; sigmoid, as in the book. */
  activation?: ActivationFunction;
  /**
   * Activation of the output layer; sigmoid, as in the book. A layer
   * activation (`new SoftmaxAF()`) becomes the output layer's `layerActivation`:
   * outputs that sum to 1, one probability per class (at least two outputs).
   */
  outputActivation?: ActivationFunction | LayerActivation;
  /** Generator for the initial weights; `new Random(42)`, as in the book. */
  random?: Random;
}

/**
 * The book's `NNetwork`: layers of neurons, fed forward and trained by
 * backpropagation, one example at a time (`train`), epoch after epoch
 * (`trainEpochs`, which records the learning curve in `errors` and `precisions`).
 *
 * It also meets the trainers' contract (`parameters`, `forwardBatch`,
 * `backwardBatch`, `updateOnline`: src/training/trainable-model.ts), with the
 * same arithmetic as the book's methods (src/core/dense.ts).
 */
export class NNetwork {
  readonly layers: NeuronLayer[] = [];
  /** Sum of squared errors per epoch, filled by `trainEpochs`. */
  readonly errors: number[] = [];
  /** Fraction of rows predicted right per epoch, filled by `trainEpochs`. */
  readonly precisions: number[] = [];
  /** The min–max scaling `trainEpochs` fitted to its rows; apply it to new rows before `predict`. */
  normalization: Normalization | undefined;

  // The layers' numbers, in order, for the passes (kept in step with `layers`).
  // Stryker disable next-line ArrayDeclaration: any first content but the layers' own DenseLayers fails denseLayers()'s check, so the first pass rebuilds the list
  private dense: DenseLayer[] = [];
  // `forward`'s inputs, copied into the array type the arithmetic reads.
  private inputs = new Float64Array(0);
  // `forward`'s result: the first row of the output layer's buffer, which a
  // batched pass (a trainer's) leaves longer than one row.
  private outputRow: Float64Array = new Float64Array(0);

  /** Appends `layer`, linking it to the current last layer. */
  addLayer(layer: NeuronLayer): this {
    const last = this.layers.at(-1);
    if (last !== undefined) {
      layer.previousLayer = last;
      last.nextLayer = layer;
    }
    this.layers.push(layer);
    return this;
  }

  /**
   * Builds layers of sizes nbOfInputs → hidden… → nbOfOutputs, weights drawn from a
   * fresh `new Random(42)` as the book's `configure:hidden:nbOfOutputs:` does, so
   * identically shaped networks start identical. `hidden` is one size or a list
   * (the book has one method per count). Replaces any layers the network had.
   */
  configure(
    nbOfInputs: number,
    hidden: number | readonly number[],
    nbOfOutputs: number,
    options: ConfigureOptions = {},
  ): this {
    if (typeof hidden !== 'number') checkArrayLike('hidden layer sizes', hidden);
    const hiddenSizes = typeof hidden === 'number' ? [hidden] : Array.from(hidden);
    const sizes = [nbOfInputs, ...hiddenSizes, nbOfOutputs];
    checkNetworkSizes(sizes, ['number of inputs', ...hiddenSizes.map((_, i) => `size of hidden layer ${i + 1}`), 'number of outputs']);
    checkOptions('configure options', options);
    const random = options.random ?? new Random(42);
    const hiddenActivation = checkedActivation('activation', options.activation ?? new SigmoidAF());
    const output = options.outputActivation ?? new SigmoidAF();
    // A layer activation (softmax) sets the outputs of the whole layer: its neurons then pass their z on.
    const layerOutput = output instanceof LayerActivation ? output : undefined;
    if (layerOutput !== undefined) checkLayerWidth('outputActivation', layerOutput, nbOfOutputs);
    const outputActivation = layerOutput === undefined ? checkedActivation('outputActivation', output as ActivationFunction) : new IdentityAF();
    // Built aside and swapped in at the end: a failure leaves the old layers.
    const layers = sizes
      .slice(1)
      .map((size, i) =>
        new NeuronLayer().initializeNbOfNeurons(size, sizes[i]!, random, i === sizes.length - 2 ? outputActivation : hiddenActivation),
      );
    layers.at(-1)!.layerActivation = layerOutput; // undefined (as a new layer has) for a per-neuron output activation
    this.layers.length = 0;
    this.errors.length = 0;
    this.precisions.length = 0;
    for (const layer of layers) this.addLayer(layer);
    return this;
  }

  /**
   * The network's outputs for `inputs`, as a new array the caller owns.
   * @throws NonFiniteResultError when an output overflows to NaN or ±∞ (huge weights or inputs).
   */
  feed(inputs: ArrayLike<number>): number[] {
    checkVector('network inputs', inputs, this.numberOfInputs());
    return this.firstLayer().feed(inputs);
  }

  /**
   * One backpropagation step on one example (the book's `train:desiredOutputs:`):
   * feed, propagate the error back, update every weight.
   * @throws DivergenceError when the outputs overflow (training has driven the
   *   weights too far) or a new parameter would not be finite; either way nothing has changed.
   */
  train(inputs: ArrayLike<number>, desiredOutputs: ArrayLike<number>): void {
    checkVector('network inputs', inputs, this.numberOfInputs());
    checkVector('desired outputs', desiredOutputs, this.numberOfOutputs());
    try {
      this.feed(inputs);
    } catch (error) {
      throw asDivergence(error, this.learningRate, 'the forward pass of this network');
    }
    this.backwardPropagateError(desiredOutputs);
    this.updateWeight(inputs);
  }

  /** The output layer sets its deltas from `expected`; the layers before follow. */
  backwardPropagateError(expected: ArrayLike<number>): void {
    this.outputLayer().backwardPropagateError(expected);
  }

  /** The first layer updates from `inputs`; the layers after follow. */
  updateWeight(inputs: ArrayLike<number>): void {
    this.firstLayer().updateWeight(inputs);
  }

  /**
   * `feed` without copies, for loops that read the outputs at once: returns a
   * view of the output layer's buffer (numberOfOutputs() values), which the
   * next call overwrites — read it, never write it.
   * @throws NonFiniteResultError when an output overflows (as `feed`).
   */
  forward(inputs: ArrayLike<number>): Float64Array {
    const k = this.numberOfInputs();
    // Stryker disable next-line ConditionalExpression: a new buffer on every call holds the same copy and nothing keeps the old one; the test only spares the allocation (the `false` variant, which every forward test kills, is turned off with it)
    if (this.inputs.length !== k) this.inputs = new Float64Array(k);
    copyVector('network inputs', inputs, k, this.inputs);
    const outputs = this.forwardBatch({ inputs: this.inputs, offset: 0, count: 1 });
    const n = this.numberOfOutputs();
    checkResults('network output', outputs, n, OUTPUT_OVERFLOW_ADVICE);
    // A new buffer is a new view; the output layer (and so n) never changes without a new buffer.
    // Stryker disable next-line ConditionalExpression: a view made on every call reads the same values; the check only saves an allocation
    if (this.outputRow.buffer !== outputs.buffer) this.outputRow = outputs.subarray(0, n);
    return this.outputRow;
  }

  /**
   * The index (0-based) of the largest output; ties go to the first.
   * @throws NonFiniteResultError when an output overflows (never a class read from NaN).
   */
  predict(inputs: ArrayLike<number>): number {
    return indexOfMax(this.forward(inputs));
  }

  /**
   * The book's `train:nbEpochs:`. `rows` are features followed by a class index.
   * The features are min–max normalised (the `Normalization` is kept in
   * `normalization`); then each epoch trains on every row in order, towards the
   * one-hot vector of its class over the network's outputs. Per epoch `errors`
   * gets Σ over rows of Σ (target − output)² and `precisions` the fraction of
   * rows predicted right before their update, as the book computes them.
   */
  trainEpochs(rows: LabelledRows, nbOfEpochs: number): this {
    checkEpochs('number of epochs', nbOfEpochs);
    const normalization = new Normalization();
    this.learnRows(normalization.normalizeData(rows), nbOfEpochs);
    this.normalization = normalization;
    return this;
  }

  /**
   * The Data Classification chapter's first `train:nbEpochs:`, before it learns
   * to normalise: `trainEpochs` on the rows as they are. The chapter's iris
   * figures and its train/test split results (cut 0.8 → accuracy 0.9, cut 0.7 →
   * 0.0) come from this version. `normalization` is cleared: there is none to apply.
   */
  trainEpochsWithoutNormalization(rows: LabelledRows, nbOfEpochs: number): this {
    checkEpochs('number of epochs', nbOfEpochs);
    this.learnRows(rows, nbOfEpochs);
    this.normalization = undefined;
    return this;
  }

  /** How many inputs the network takes (the book's version wrongly returns the first layer's size). */
  numberOfInputs(): number {
    return this.firstLayer().numberOfWeights();
  }

  numberOfOutputs(): number {
    return this.outputLayer().numberOfNeurons();
  }

  numberOfNeurons(): number {
    return this.layers.reduce((sum, layer) => sum + layer.numberOfNeurons(), 0);
  }

  outputLayer(): NeuronLayer {
    const last = this.layers.at(-1);
    if (last === undefined) throw notConfigured();
    return last;
  }

  /** The learning rate of the network's neurons. */
  get learningRate(): number {
    return this.firstLayer().learningRate;
  }

  set learningRate(rate: number) {
    this.firstLayer();
    this.layers[0]!.learningRate = rate; // validates before the other layers change
    for (const layer of this.layers) layer.learningRate = rate;
  }

  // --- The trainers' contract (src/training/trainable-model.ts), met
  // structurally so that core does not depend on training. ---

  /** Every layer's weights and biases, first layer first (live arrays). */
  parameters(): Float64Array[] {
    return this.layers.map((layer) => layer.parameters());
  }

  /** Outputs for `rows` (count × numberOfOutputs, row-major): the output layer's reused buffer. */
  forwardBatch(rows: InputRows): Float64Array {
    const layers = this.denseLayers();
    let outputs = forward(layers[0]!, rows.inputs, rows.offset, rows.count);
    for (let l = 1; l < layers.length; l++) outputs = forward(layers[l]!, outputs, 0, rows.count);
    return outputs;
  }

  /**
   * After `forwardBatch` on the same rows: backpropagates ∂loss/∂outputs
   * (count × numberOfOutputs) and sets `gradients` (shaped as `parameters()`)
   * to ∂loss/∂parameters. Given `lossAtOutputs` (the trainers give it), a
   * softmax output layer trained on the categorical cross-entropy takes its δ
   * from the loss's closed form, t − o, instead of the chain rule.
   */
  backwardBatch(rows: InputRows, outputGradients: Float64Array, gradients: readonly Float64Array[], lossAtOutputs?: LossAtOutputs): void {
    const layers = this.denseLayers();
    const last = layers.at(-1)!;
    if (lossAtOutputs !== undefined && usesClosedForm(last, lossAtOutputs.loss)) {
      closedFormDeltas(last, rows.offset, lossAtOutputs);
    } else {
      setErrorsFromLossGradient(last, outputGradients);
      adjustDeltas(last);
    }
    for (let l = layers.length - 1; l >= 0; l--) {
      const layer = layers[l]!;
      if (l < layers.length - 1) adjustDeltas(layer);
      if (l > 0) {
        parameterGradients(layer, layers[l - 1]!.outputs, 0, gradients[l]!);
        propagateErrors(layer, layers[l - 1]!);
      } else {
        parameterGradients(layer, rows.inputs, rows.offset, gradients[l]!);
      }
    }
  }

  /**
   * Online training over `rows` at `learningRate`, in place: for each example the
   * book's `train`, with the loss's gradient as the error. Adds the examples'
   * losses (and hits) to `tally`; returns false, with the model as before that
   * example, at the first one whose loss or step is not finite.
   */
  trainOnline(rows: Rows, loss: OutputLoss, learningRate: number, tally: Tally): boolean {
    return trainOnline(this.denseLayers(), rows, loss, learningRate, tally);
  }

  /** `trainOnline` `epochs` times over the same rows, in one call; each epoch's totals in `totals` (see src/core/dense.ts). */
  trainOnlineEpochs(rows: Rows, loss: OutputLoss, learningRate: number, epochs: number, totals: EpochTotals): number {
    return trainOnlineEpochs(this.denseLayers(), rows, loss, learningRate, epochs, totals);
  }

  /** The layers' numbers, first layer first; rebuilt only when the layers changed. */
  private denseLayers(): DenseLayer[] {
    const { layers, dense } = this;
    // Stryker disable next-line ConditionalExpression: `false` rebuilds the list on every pass, from the same layers: only an allocation more (the `true` variant, which a layer removed after a pass kills, is turned off with it)
    let current = layers.length === dense.length;
    for (let l = 0; current && l < layers.length; l++) {
      // Stryker disable next-line ConditionalExpression: `false` rebuilds the list on every pass, from the same layers: only an allocation more (the `true` variant, which configure again at the same depth kills, is turned off with it)
      current = layers[l]!.dense === dense[l];
    }
    // Stryker disable next-line ConditionalExpression: `true` rebuilds the list on every pass, from the same layers: only an allocation more (the `false` variant, which never builds the list and so breaks every pass, is turned off with it)
    if (!current) this.dense = layers.map((layer) => layer.dense);
    return this.dense;
  }

  /** The loop both versions of `train:nbEpochs:` share: the book's, row by row, with its errors and precisions. */
  private learnRows(rows: LabelledRows, nbOfEpochs: number): void {
    const examples = this.checkedExamples(rows);
    for (let epoch = 0; epoch < nbOfEpochs; epoch++) {
      let sumError = 0;
      let good = 0;
      for (const { inputs, label, target } of examples) {
        let outputs: Float64Array;
        try {
          outputs = this.forward(inputs);
        } catch (error) {
          throw asDivergence(error, this.learningRate, `epoch ${epoch + 1} of this network`);
        }
        if (indexOfMax(outputs) === label) good++;
        sumError += sumOfSquaredErrors(target, outputs);
        this.train(inputs, target);
      }
      this.errors.push(sumError);
      this.precisions.push(good / examples.length);
    }
  }

  /** The rows as inputs, label and one-hot target, checked before any training. */
  private checkedExamples(rows: LabelledRows): { inputs: number[]; label: number; target: number[] }[] {
    checkRowList('rows to train on', rows);
    if (rows.length === 0) throw new EmptyDataError('rows to train on');
    const width = rows[0]!.length - 1;
    rows.forEach((row, i) => {
      if (row.length !== width + 1) throw new RaggedDataError(i, width + 1, row.length);
      checkFinite(`row ${i}`, row);
    });
    if (width !== this.numberOfInputs()) throw new InputSizeError('features per row', this.numberOfInputs(), width);
    return rows.map((row, i) => {
      const label = row[width]!;
      const target = new Array<number>(this.numberOfOutputs());
      oneHotInto(label, target, i); // refuses a label outside 0..numberOfOutputs − 1 (InvalidLabelError of row i)
      return { inputs: row.slice(0, width), label, target };
    });
  }

  private firstLayer(): NeuronLayer {
    const first = this.layers[0];
    if (first === undefined) throw notConfigured();
    return first;
  }
}

/** The output layer's δ of every example of the last pass from the loss's closed form (`setLayerOutputDeltas`). */
function closedFormDeltas(layer: DenseLayer, offset: number, { loss, targets, gradientScale }: LossAtOutputs): void {
  const n = layer.nbOfNeurons;
  const scale = loss.scaleFor(n) * gradientScale;
  // Stryker disable next-line EqualityOperator: `<=` also sets the δ of row `count`, past the rows of this pass: beyond the buffer (a no-op) or in a spare row, which a backward pass writes before it reads it (the `>=` variant, which the softmax training tests kill, is turned off with it)
  for (let r = 0; r < layer.count; r++) setLayerOutputDeltas(layer, loss, targets, (offset + r) * n, r * n, scale);
}

/** Index of the largest value; the first one on ties. */
export function indexOfMax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/** Σ (target − output)². */
function sumOfSquaredErrors(targets: readonly number[], outputs: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < targets.length; i++) sum += (targets[i]! - outputs[i]!) ** 2;
  return sum;
}

function notConfigured(): NotConfiguredError {
  return new NotConfiguredError('this network has no layers yet: call configure(…) or addLayer(…) first');
}
