import { ActivationFunction } from '../activation/activation-function.js';
import { IdentityAF } from '../activation/identity.js';
import type { LayerActivation } from '../activation/layer-activation.js';
import { SigmoidAF } from '../activation/sigmoid.js';
import { DivergenceError, InvalidArgumentError, NotConfiguredError } from '../errors.js';
import { checkedActivation, checkLearningRate, checkNetworkSizes, checkPositiveInteger, checkResults, copyVector, OUTPUT_OVERFLOW_ADVICE } from '../util/validate.js';
import { adjustDeltas, adjustParameters, DenseLayer, forward, propagateErrors, restoreParameters, setErrorsToward } from './dense.js';
import { Neuron } from './neuron.js';
import type { Random } from './random.js';

/**
 * The book's `NeuronLayer`: neurons that all read the same inputs, linked to the
 * layer before and the layer after. Each step (`feed`, `backwardPropagateError`,
 * `updateWeight`) does this layer's part and hands on to its neighbour.
 *
 * Its numbers live in one `DenseLayer` (`dense`): every weight and bias in one
 * `Float64Array` (`parameters()`, row j = neuron j's weights then its bias), and
 * each `Neuron` is a view of its row. The arithmetic is src/core/dense.ts's.
 */
export class NeuronLayer {
  previousLayer: NeuronLayer | undefined;
  nextLayer: NeuronLayer | undefined;

  private numbers: DenseLayer | undefined;
  private neuronList: Neuron[] = [];
  // The book's methods take plain arrays; the arithmetic reads Float64Arrays.
  private inputs = new Float64Array(0);
  private expected = new Float64Array(0);

  /**
   * Creates `nbOfNeurons` neurons of `nbOfWeights` weights each. For each neuron
   * in turn it draws every weight, then the bias, as `random.next() * 4 − 2`:
   * the book's order, which its test values depend on. Learning rate 0.1.
   */
  initializeNbOfNeurons(
    nbOfNeurons: number,
    nbOfWeights: number,
    random: Random,
    activation: ActivationFunction = new SigmoidAF(),
  ): this {
    checkPositiveInteger('number of neurons', nbOfNeurons);
    // Stryker disable next-line StringLiteral: checkPositiveInteger just above has already refused a bad number of neurons under this name, so 'number of neurons' here is never shown; the '' for 'number of weights', which neuron-layer-checks.test.ts kills, is turned off with it
    checkNetworkSizes([nbOfWeights, nbOfNeurons], ['number of weights', 'number of neurons']);
    checkedActivation('activation', activation);
    const numbers = new DenseLayer(nbOfWeights, nbOfNeurons, activation, 0.1);
    const parameters = numbers.parameters;
    for (let i = 0; i < parameters.length; i++) parameters[i] = random.next() * 4 - 2;
    this.numbers = numbers;
    this.neuronList = Array.from({ length: nbOfNeurons }, (_, j) => new Neuron().viewOf(numbers, j));
    this.inputs = new Float64Array(nbOfWeights);
    this.expected = new Float64Array(nbOfNeurons);
    return this;
  }

  /** The layer's neurons, in order (made by `initializeNbOfNeurons`). */
  get neurons(): readonly Neuron[] {
    return this.neuronList;
  }

  numberOfNeurons(): number {
    return this.neuronList.length;
  }

  /** Inputs each neuron expects. */
  numberOfWeights(): number {
    return this.dense.nbOfInputs;
  }

  isOutputLayer(): boolean {
    return this.nextLayer === undefined;
  }

  /** Every weight and bias of the layer, row by row (weights then bias). Live. */
  parameters(): Float64Array {
    return this.dense.parameters;
  }

  /** The layer's numbers and buffers, for the network's passes and the trainers. */
  get dense(): DenseLayer {
    if (this.numbers === undefined) {
      throw new NotConfiguredError('this layer has no neurons yet: call initializeNbOfNeurons first');
    }
    return this.numbers;
  }

  /** The learning rate of the layer's first neuron (the book sets one rate for all). */
  get learningRate(): number {
    return this.dense.learningRates[0]!;
  }

  set learningRate(rate: number) {
    const rates = this.dense.learningRates; // an empty layer has nothing to set: say so
    checkLearningRate(rate);
    rates.fill(rate);
  }

  /** The activation of the layer's first neuron (all of them, unless one was changed). */
  get activationFunction(): ActivationFunction {
    return this.dense.activations[0]!;
  }

  /** Gives every neuron of the layer `activation` (and removes a layer activation, if the layer had one). */
  set activationFunction(activation: ActivationFunction) {
    this.dense.activations.fill(checkedActivation('activation', activation));
    this.dense.layerActivation = undefined;
  }

  /**
   * The layer's own activation (softmax), applied to all its weighted sums
   * together; undefined (the book's layers) when each neuron applies its own.
   * Setting one makes every neuron's own activation the identity: a neuron
   * computes its weighted sum z, the layer turns the z's into outputs.
   * @throws InvalidArgumentError when the layer has fewer neurons than the
   *   activation needs (softmax on one neuron would always output 1).
   */
  get layerActivation(): LayerActivation | undefined {
    return this.dense.layerActivation;
  }

  set layerActivation(activation: LayerActivation | undefined) {
    const dense = this.dense;
    if (activation !== undefined) {
      checkLayerWidth('layerActivation', activation, dense.nbOfNeurons);
      dense.activations.fill(new IdentityAF());
    }
    dense.layerActivation = activation;
  }

  /**
   * Feeds the inputs forward through this layer and every layer after it and
   * returns the last layer's outputs, as a new array the caller owns.
   * @throws NonFiniteResultError when an output overflows to NaN or ±∞ (huge weights or inputs).
   */
  feed(inputs: ArrayLike<number>): number[] {
    copyVector('layer inputs', inputs, this.numberOfWeights(), this.inputs);
    let layer: NeuronLayer = this;
    let outputs = forward(this.dense, this.inputs, 0, 1);
    while (layer.nextLayer !== undefined) {
      layer = layer.nextLayer;
      outputs = forward(layer.dense, outputs, 0, 1);
    }
    checkResults('layer output', outputs, layer.numberOfNeurons(), OUTPUT_OVERFLOW_ADVICE);
    return copyOf(outputs, layer.numberOfNeurons());
  }

  /**
   * Sets every neuron's delta, then asks the previous layer to do the same.
   * On the output layer give the `expected` outputs: errorⱼ = expectedⱼ − outputⱼ.
   * On a hidden layer give nothing: errorⱼ = Σₖ wₖⱼ · δₖ over the next layer,
   * with the next layer's weights as they were in the forward pass.
   */
  backwardPropagateError(expected?: ArrayLike<number>): void {
    if (expected === undefined) {
      this.errorsFromNextLayer();
    } else {
      this.errorsToward(expected);
    }
    adjustDeltas(this.dense);
    this.previousLayer?.backwardPropagateError();
  }

  /**
   * Moves every weight by learningRate · delta · input and every bias by
   * learningRate · delta, then asks the next layer to do the same. The first
   * layer is given the network's inputs; the others read the previous layer's outputs.
   * @throws DivergenceError if a new value would be NaN or infinite; then this
   *   layer and the ones after it are as they were.
   */
  updateWeight(initialInputs?: ArrayLike<number>): void {
    const dense = this.dense;
    let check: number;
    if (initialInputs === undefined) {
      const previous = this.previousDense();
      check = adjustParameters(dense, previous.outputs, previous.lastRow(), dense.learningRates);
    } else {
      copyVector('layer inputs', initialInputs, this.numberOfWeights(), this.inputs);
      check = adjustParameters(dense, this.inputs, 0, dense.learningRates);
    }
    if (check !== 0) throw new DivergenceError(undefined, this.learningRate, Number.NaN, `layer of ${this.numberOfNeurons()} neurons`);
    try {
      this.nextLayer?.updateWeight();
    } catch (error) {
      restoreParameters(dense); // the layers after this one failed: undo this one's step too
      throw error;
    }
  }

  private errorsToward(expected: ArrayLike<number>): void {
    if (!this.isOutputLayer()) {
      throw new NotConfiguredError('only the output layer takes expected outputs; call hidden layers without arguments');
    }
    copyVector('expected outputs', expected, this.numberOfNeurons(), this.expected);
    setErrorsToward(this.dense, this.expected, 0);
  }

  private errorsFromNextLayer(): void {
    if (this.nextLayer === undefined) {
      throw new NotConfiguredError('the output layer needs the expected outputs: backwardPropagateError(expected)');
    }
    propagateErrors(this.nextLayer.dense, this.dense);
  }

  private previousDense(): DenseLayer {
    if (this.previousLayer === undefined) {
      throw new NotConfiguredError('the first layer needs its inputs: updateWeight(initialInputs)');
    }
    return this.previousLayer.dense;
  }
}

/**
 * Throws unless a layer of `nbOfNeurons` neurons is wide enough for `activation`
 * (`option` names the setting in the message).
 */
export function checkLayerWidth(option: string, activation: LayerActivation, nbOfNeurons: number): void {
  if (nbOfNeurons < activation.minimumWidth) {
    throw new InvalidArgumentError(
      option,
      `${activation.name} needs a layer of at least ${activation.minimumWidth} neurons, got ${nbOfNeurons}` +
        (nbOfNeurons === 1 ? ` (on one neuron its output is always 1: use a sigmoid output for two classes)` : ''),
    );
  }
}

/** The first `count` values as a new plain array (a loop: `Array.from` iterates, several times slower). */
function copyOf(values: Float64Array, count: number): number[] {
  // Stryker disable next-line ArrayDeclaration: `new Array()` starts empty and the loop below fills indices 0…count − 1 in order, the same dense array
  const copy = new Array<number>(count);
  for (let i = 0; i < count; i++) copy[i] = values[i]!;
  return copy;
}
