import { ActivationFunction } from '../activation/activation-function.js';
import { SigmoidAF } from '../activation/sigmoid.js';
import { NotConfiguredError } from '../errors.js';
import { checkPositiveInteger, checkVector } from '../util/validate.js';
import { NeuronLayer } from './neuron-layer.js';
import type { Normalization } from './normalization.js';
import { Random } from './random.js';

/** Options of `NNetwork.configure` beyond the book's sizes. */
export interface ConfigureOptions {
  /** Activation of the hidden layers; sigmoid, as in the book. */
  activation?: ActivationFunction;
  /** Activation of the output layer; sigmoid, as in the book. */
  outputActivation?: ActivationFunction;
  /** Generator for the initial weights; `new Random(42)`, as in the book. */
  random?: Random;
}

/**
 * The book's `NNetwork`: layers of neurons, fed forward and trained by
 * backpropagation, one example at a time (`train`).
 *
 * The book's `train:nbEpochs:` is `trainEpochs`, added by `src/training/train-epochs.ts`
 * (core knows nothing of trainers; the epoch loop is the SGD trainer's).
 */
export class NNetwork {
  readonly layers: NeuronLayer[] = [];
  /** Sum of squared errors per epoch, filled by `trainEpochs`. */
  readonly errors: number[] = [];
  /** Fraction of rows predicted right per epoch, filled by `trainEpochs`. */
  readonly precisions: number[] = [];
  /** The min–max scaling `trainEpochs` fitted to its rows; apply it to new rows before `predict`. */
  normalization: Normalization | undefined;

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
    const hiddenSizes = typeof hidden === 'number' ? [hidden] : [...hidden];
    checkPositiveInteger('number of inputs', nbOfInputs);
    hiddenSizes.forEach((size, i) => checkPositiveInteger(`size of hidden layer ${i + 1}`, size));
    checkPositiveInteger('number of outputs', nbOfOutputs);

    const random = options.random ?? new Random(42);
    const hiddenActivation = options.activation ?? new SigmoidAF();
    const sizes = [nbOfInputs, ...hiddenSizes, nbOfOutputs];
    this.layers.length = 0;
    this.errors.length = 0;
    this.precisions.length = 0;
    for (let i = 1; i < sizes.length; i++) {
      const isOutput = i === sizes.length - 1;
      const activation = isOutput ? (options.outputActivation ?? new SigmoidAF()) : hiddenActivation;
      this.addLayer(new NeuronLayer().initializeNbOfNeurons(sizes[i]!, sizes[i - 1]!, random, activation));
    }
    return this;
  }

  /** The network's outputs for `inputs`, as a new array the caller owns. */
  feed(inputs: ArrayLike<number>): number[] {
    return Array.from(this.forward(this.checkedInputs(inputs)));
  }

  /**
   * `feed` without checks or copies, for training loops: returns the output
   * layer's buffer, overwritten by the next call — read it, never write it.
   */
  forward(inputs: ArrayLike<number>): Float64Array {
    return this.firstLayer().forward(inputs);
  }

  /**
   * One backpropagation step on one example (the book's `train:desiredOutputs:`):
   * feed, propagate the error back, update every weight.
   */
  train(inputs: ArrayLike<number>, desiredOutputs: ArrayLike<number>): void {
    this.checkedInputs(inputs);
    checkVector('desired outputs', desiredOutputs, this.numberOfOutputs());
    this.forward(inputs);
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

  /** The index (0-based) of the largest output; ties go to the first. */
  predict(inputs: ArrayLike<number>): number {
    return indexOfMax(this.forward(this.checkedInputs(inputs)));
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

  // --- The trainable-model contract (src/training/trainable-model.ts), met
  // structurally so that core does not depend on training. ---

  /** Every layer's weights and biases, first layer first (live arrays). */
  parameters(): Float64Array[] {
    return this.layers.map((layer) => layer.parameters());
  }

  /** Outputs for `count` examples, rows `offset…` of row-major `inputs` (a reused buffer). */
  forwardBatch(inputs: ArrayLike<number>, offset: number, count: number): Float64Array {
    const layers = this.layers;
    let outputs = layers[0]!.forwardBatch(inputs, offset, count);
    for (let l = 1; l < layers.length; l++) outputs = layers[l]!.forwardBatch(outputs, 0, count);
    return outputs;
  }

  /**
   * After `forwardBatch` on the same examples: backpropagates ∂loss/∂outputs
   * (count × numberOfOutputs) and adds ∂loss/∂parameters into `gradients`
   * (shaped as `parameters()`).
   */
  backwardBatch(
    inputs: ArrayLike<number>,
    offset: number,
    count: number,
    outputGradients: Float64Array,
    gradients: readonly Float64Array[],
  ): void {
    let upstream: Float64Array | undefined = outputGradients;
    for (let l = this.layers.length - 1; l >= 0; l--) {
      const isFirst = l === 0;
      const layerInputs = isFirst ? inputs : this.layers[l - 1]!.lastBatchOutputs();
      upstream = this.layers[l]!.backwardBatch(layerInputs, isFirst ? offset : 0, count, upstream!, gradients[l]!, !isFirst);
    }
  }

  /**
   * Right after `forwardBatch` of one example: the book's `backwardPropagateError`
   * then `updateWeight`, from ∂loss/∂outputs instead of the expected outputs —
   * every layer's deltas first (with the weights of the forward pass), then every
   * weight moves by −learningRate · δ · input in place. If any step would not be
   * finite, changes nothing and returns false.
   */
  updateOnline(inputs: ArrayLike<number>, offset: number, outputGradients: Float64Array, learningRate: number): boolean {
    return NeuronLayer.updateOnline(this.layers, inputs, offset, outputGradients, learningRate);
  }

  private firstLayer(): NeuronLayer {
    const first = this.layers[0];
    if (first === undefined) throw notConfigured();
    return first;
  }

  private checkedInputs(inputs: ArrayLike<number>): ArrayLike<number> {
    checkVector('network inputs', inputs, this.numberOfInputs());
    return inputs;
  }
}

/** Index of the largest value; the first one on ties. */
export function indexOfMax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

function notConfigured(): NotConfiguredError {
  return new NotConfiguredError('this network has no layers yet: call configure(…) or addLayer(…) first');
}
