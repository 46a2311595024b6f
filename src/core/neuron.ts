import { ActivationFunction } from '../activation/activation-function.js';
import { SigmoidAF } from '../activation/sigmoid.js';
import { StepAF } from '../activation/step.js';
import { DivergenceError, InputSizeError, InvalidArgumentError, NonFiniteResultError, NotConfiguredError } from '../errors.js';
import { asDivergence, checkedActivation, checkFinite, checkLearningRate, checkNumber, copyVector, OUTPUT_OVERFLOW_ADVICE } from '../util/validate.js';
import { adjustBias, adjustWeights, deltaOf, DenseLayer, fireNeuron, restoreBias, restoreWeights } from './dense.js';

/** The input buffer of a neuron not fed yet: shared, so a layer of many neurons allocates none. */
const NO_INPUTS = new Float64Array(0);

/**
 * The book's `Neuron`: weights, a bias, an activation function, and the delta
 * rule that trains them.
 *
 * A neuron is a view of one row of a `DenseLayer` (src/core/dense.ts): its
 * weights, bias, activation, learning rate, last output and δ live there, so a
 * `NeuronLayer`'s neurons and its fast paths read and write the same numbers.
 * A neuron made with `new Neuron()` has a one-neuron layer of its own.
 */
export class Neuron {
  private layer: DenseLayer;
  private index = 0;
  private ownsLayer = true;
  private weightView: Float64Array;
  private inputs = NO_INPUTS;

  constructor() {
    this.layer = new DenseLayer(0, 1, new SigmoidAF(), 0.1);
    this.weightView = this.layer.parameters.subarray(0, 0);
  }

  /** The weights, one per input. A live view: training changes it in place. */
  get weights(): Float64Array {
    return this.weightView;
  }

  /** Copies `values` in. A neuron inside a layer keeps its weight count. */
  set weights(values: ArrayLike<number>) {
    checkFinite('weights', values);
    if (values.length !== this.weightView.length) this.resize(values.length);
    this.weightView.set(values);
  }

  get bias(): number {
    return this.layer.parameters[this.layer.rowOf(this.index) + this.layer.nbOfInputs]!;
  }

  set bias(value: number) {
    checkNumber('bias', value);
    this.layer.parameters[this.layer.rowOf(this.index) + this.layer.nbOfInputs] = value;
  }

  /** How far one training step moves the weights; 0.1 by default, as in the book. */
  get learningRate(): number {
    return this.layer.learningRates[this.index]!;
  }

  set learningRate(rate: number) {
    checkLearningRate(rate);
    this.layer.learningRates[this.index] = rate;
  }

  /** What `feed` applies to z = w·x + b; a sigmoid unless changed. */
  get activationFunction(): ActivationFunction {
    return this.layer.activations[this.index]!;
  }

  /** @throws InvalidArgumentError in a layer whose own activation (softmax) sets the outputs: set the layer's instead. */
  set activationFunction(activation: ActivationFunction) {
    const own = this.layer.layerActivation;
    if (own !== undefined) {
      throw new InvalidArgumentError(
        'activationFunction',
        `this neuron's layer applies ${own.name} to all its neurons together; set the layer's activationFunction (or layerActivation) instead`,
      );
    }
    this.layer.activations[this.index] = checkedActivation('activation', activation);
  }

  /** The activation's value after the last `feed`. */
  get output(): number {
    return this.layer.outputs[this.layer.lastRow() + this.index]!;
  }

  /** Error signal of the last backward pass: (error) · activation′(output). */
  get delta(): number {
    return this.layer.deltas[this.layer.lastRow() + this.index]!;
  }

  /** Number of inputs this neuron expects. */
  numberOfWeights(): number {
    return this.weightView.length;
  }

  /** Makes this a sigmoid neuron (the book's `sigmoid`). */
  sigmoid(): this {
    this.activationFunction = new SigmoidAF();
    return this;
  }

  /** Makes this a perceptron (the book's `step`). */
  step(): this {
    this.activationFunction = new StepAF();
    return this;
  }

  /**
   * Computes, remembers and returns the output for `inputs`.
   * @throws NonFiniteResultError when the output overflows to NaN or ±∞ (huge weights or inputs).
   */
  feed(inputs: ArrayLike<number>): number {
    const output = fireNeuron(this.layer, this.index, this.checkedInputs(inputs));
    if (!Number.isFinite(output)) throw new NonFiniteResultError('neuron output', output, undefined, OUTPUT_OVERFLOW_ADVICE);
    return output;
  }

  /**
   * One delta-rule step towards `desiredOutput`: feed, then adjust delta,
   * weights and bias — the book's `train:desiredOutput:`.
   */
  train(inputs: ArrayLike<number>, desiredOutput: number): void {
    this.checkedInputs(inputs);
    checkNumber('desired output', desiredOutput);
    try {
      this.feed(inputs);
    } catch (error) {
      throw asDivergence(error, this.learningRate, 'this neuron');
    }
    this.adjustDeltaWith(desiredOutput - this.output);
    this.adjustWeightWithInput(inputs);
    try {
      this.adjustBias();
    } catch (error) {
      restoreWeights(this.layer, this.index); // the whole step, weights and bias, or nothing
      throw error;
    }
  }

  /** delta := error · activation′(output). */
  adjustDeltaWith(error: number): void {
    this.layer.deltas[this.layer.lastRow() + this.index] = deltaOf(this.activationFunction, error, this.output);
  }

  /**
   * wᵢ += learningRate · (delta · xᵢ).
   * @throws DivergenceError if a new weight would be NaN or infinite (the weights stay as they were).
   */
  adjustWeightWithInput(inputs: ArrayLike<number>): void {
    if (adjustWeights(this.layer, this.index, this.checkedInputs(inputs), 0, this.learningRate, this.delta) !== 0) {
      restoreWeights(this.layer, this.index);
      this.diverged();
    }
  }

  /**
   * b += learningRate · delta.
   * @throws DivergenceError if the new bias would be NaN or infinite (it stays as it was).
   */
  adjustBias(): void {
    if (adjustBias(this.layer, this.index, this.learningRate, this.delta) !== 0) {
      restoreBias(this.layer, this.index);
      this.diverged();
    }
  }

  private diverged(): never {
    throw new DivergenceError(undefined, this.learningRate, Number.NaN, 'this neuron');
  }

  /**
   * Makes this neuron the view of neuron `index` of `layer` (a `NeuronLayer`
   * builds its neurons this way). Its weight count is then the layer's.
   */
  viewOf(layer: DenseLayer, index: number): this {
    this.attach(layer, index);
    this.ownsLayer = false;
    return this;
  }

  private attach(layer: DenseLayer, index: number): void {
    this.layer = layer;
    this.index = index;
    const at = layer.rowOf(index);
    this.weightView = layer.parameters.subarray(at, at + layer.nbOfInputs);
  }

  /** A new one-neuron layer with `nbOfWeights` weights, keeping the bias, activation and learning rate. */
  private resize(nbOfWeights: number): void {
    if (!this.ownsLayer) {
      throw new InputSizeError('weights of a neuron inside a layer', this.weightView.length, nbOfWeights);
    }
    const own = new DenseLayer(nbOfWeights, 1, this.activationFunction, this.learningRate);
    own.parameters[nbOfWeights] = this.bias;
    this.attach(own, 0);
  }

  /** The inputs checked against the weight count and copied into a reused buffer. */
  private checkedInputs(inputs: ArrayLike<number>): Float64Array {
    const k = this.weightView.length;
    if (k === 0) throw new NotConfiguredError('this neuron has no weights yet: set `weights` before feeding it');
    // Stryker disable next-line ConditionalExpression: a new buffer on every call holds the same copy; the test only spares the allocation
    if (this.inputs.length !== k) this.inputs = new Float64Array(k);
    return copyVector('neuron inputs', inputs, k, this.inputs);
  }
}
