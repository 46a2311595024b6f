import { ActivationFunction } from '../activation/activation-function.js';
import { SigmoidAF } from '../activation/sigmoid.js';
import { StepAF } from '../activation/step.js';
import { InputSizeError, NotConfiguredError } from '../errors.js';
import { checkFinite, checkLearningRate, checkNumber, checkVector } from '../util/validate.js';

/**
 * The book's `Neuron`: weights, a bias, an activation function, and the delta
 * rule that trains them.
 *
 * Storage: one `Float64Array` holds the weights followed by the bias. `weights`
 * is a live view of its first part (training writes through it, as in the book).
 * A `NeuronLayer` gives each of its neurons a row of one layer-wide array, so a
 * trainer sees a layer's parameters as a single `Float64Array`.
 */
export class Neuron {
  /** The activation's value after the last `feed`. */
  output = 0;
  /** Error signal of the last backward pass: (error) · activation′(output). */
  delta = 0;
  /** What `feed` applies to z = w·x + b; a sigmoid unless changed. */
  activationFunction: ActivationFunction = new SigmoidAF();

  private params: Float64Array = new Float64Array(1);
  private weightView: Float64Array = this.params.subarray(0, 0);
  private bound = false;
  private rate = 0.1;

  /** The weights, one per input. A live view: training changes it in place. */
  get weights(): Float64Array {
    return this.weightView;
  }

  /** Copies `values` in. A neuron inside a layer keeps its weight count. */
  set weights(values: ArrayLike<number>) {
    checkFinite('weights', values);
    if (values.length !== this.weightView.length) {
      if (this.bound) {
        throw new InputSizeError('weights of a neuron inside a layer', this.weightView.length, values.length);
      }
      const row = new Float64Array(values.length + 1);
      row[values.length] = this.bias;
      this.attach(row);
    }
    this.weightView.set(values);
  }

  get bias(): number {
    return this.params[this.weightView.length]!;
  }

  set bias(value: number) {
    checkNumber('bias', value);
    this.params[this.weightView.length] = value;
  }

  /** How far one training step moves the weights; 0.1 by default, as in the book. */
  get learningRate(): number {
    return this.rate;
  }

  set learningRate(rate: number) {
    checkLearningRate(rate);
    this.rate = rate;
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

  /** Computes, remembers and returns the output for `inputs`. */
  feed(inputs: ArrayLike<number>): number {
    this.checkInputs(inputs);
    return this.fire(inputs);
  }

  /**
   * One delta-rule step towards `desiredOutput`: feed, then adjust delta,
   * weights and bias — the book's `train:desiredOutput:`.
   */
  train(inputs: ArrayLike<number>, desiredOutput: number): void {
    this.checkInputs(inputs);
    checkNumber('desired output', desiredOutput);
    this.fire(inputs);
    this.adjustDeltaWith(desiredOutput - this.output);
    this.adjustWeightWith(inputs);
    this.adjustBias();
  }

  /** delta := error · activation′(output). */
  adjustDeltaWith(error: number): void {
    this.delta = error * this.activationFunction.derivative(this.output);
  }

  /** wᵢ += learningRate · delta · xᵢ. */
  adjustWeightWithInput(inputs: ArrayLike<number>): void {
    this.checkInputs(inputs);
    this.adjustWeightWith(inputs);
  }

  /** b += learningRate · delta. */
  adjustBias(): void {
    this.params[this.weightView.length]! += this.rate * this.delta;
  }

  /**
   * `feed` without the checks, for a layer that has checked its inputs once for
   * all its neurons. Inputs must have `numberOfWeights()` finite entries.
   */
  fire(inputs: ArrayLike<number>): number {
    const p = this.params;
    const n = this.weightView.length;
    let z = 0;
    for (let i = 0; i < n; i++) z += inputs[i]! * p[i]!;
    this.output = this.activationFunction.eval(z + p[n]!);
    return this.output;
  }

  /** `adjustWeightWithInput` without the checks (see `fire`). */
  adjustWeightWith(inputs: ArrayLike<number>): void {
    const p = this.params;
    const step = this.rate * this.delta;
    const n = this.weightView.length;
    for (let i = 0; i < n; i++) p[i]! += step * inputs[i]!;
  }

  /**
   * Makes the neuron read and write its weights and bias in `row` (weights
   * first, bias last, values kept): a layer calls this to keep all its
   * parameters in one array. The weight count is then fixed.
   */
  useStorage(row: Float64Array): void {
    this.attach(row);
    this.bound = true;
  }

  private attach(row: Float64Array): void {
    this.params = row;
    this.weightView = row.subarray(0, row.length - 1);
  }

  private checkInputs(inputs: ArrayLike<number>): void {
    if (this.weightView.length === 0) {
      throw new NotConfiguredError('this neuron has no weights yet: set `weights` before feeding it');
    }
    checkVector('neuron inputs', inputs, this.weightView.length);
  }
}
