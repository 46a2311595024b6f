import { ActivationFunction } from '../activation/activation-function.js';
import { SigmoidAF } from '../activation/sigmoid.js';
import { NotConfiguredError } from '../errors.js';
import { checkLearningRate, checkPositiveInteger, checkVector } from '../util/validate.js';
import { Neuron } from './neuron.js';
import type { Random } from './random.js';

/**
 * The book's `NeuronLayer`: neurons that all read the same inputs, linked to the
 * layer before and the layer after. Each step (`feed`, `backwardPropagateError`,
 * `updateWeight`) does this layer's part and hands on to its neighbour.
 *
 * All weights and biases of the layer live in one `Float64Array` (`parameters()`),
 * row j = neuron j's weights then its bias; each `Neuron` is a view of its row.
 */
export class NeuronLayer {
  previousLayer: NeuronLayer | undefined;
  nextLayer: NeuronLayer | undefined;

  private neuronList: Neuron[] = [];
  // The hot paths read these fields rather than call `numberOfWeights()` and
  // `activationFunction`: before V8 optimises them, each call costs more than the arithmetic.
  private inputCount = 0;
  private storage = new Float64Array(0);
  // Reused on every feed: no allocation per example.
  private outputBuffer = new Float64Array(0);
  private batch: BatchBuffers = EMPTY_BATCH;

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
    checkPositiveInteger('number of weights', nbOfWeights);
    const rowLength = nbOfWeights + 1;
    this.storage = new Float64Array(nbOfNeurons * rowLength);
    for (let i = 0; i < this.storage.length; i++) this.storage[i] = random.next() * 4 - 2;
    this.neuronList = [];
    for (let j = 0; j < nbOfNeurons; j++) {
      const neuron = new Neuron();
      neuron.useStorage(this.storage.subarray(j * rowLength, (j + 1) * rowLength));
      neuron.activationFunction = activation;
      this.neuronList.push(neuron);
    }
    this.inputCount = nbOfWeights;
    this.outputBuffer = new Float64Array(nbOfNeurons);
    this.batch = EMPTY_BATCH;
    this.learningRate = 0.1;
    return this;
  }

  /** The layer's neurons, in order (made by `initializeNbOfNeurons`). */
  get neurons(): readonly Neuron[] {
    return this.neuronList;
  }

  numberOfNeurons(): number {
    return this.neurons.length;
  }

  /** Inputs each neuron expects. */
  numberOfWeights(): number {
    return this.inputCount;
  }

  isOutputLayer(): boolean {
    return this.nextLayer === undefined;
  }

  /** Every weight and bias of the layer, row by row (weights then bias). Live. */
  parameters(): Float64Array {
    return this.storage;
  }

  /** The learning rate of the layer's neurons. */
  get learningRate(): number {
    return this.firstNeuron().learningRate;
  }

  set learningRate(rate: number) {
    this.firstNeuron(); // an empty layer has nothing to set: say so
    checkLearningRate(rate); // before any neuron changes
    for (const neuron of this.neurons) neuron.learningRate = rate;
  }

  /** The activation shared by the layer's neurons. */
  get activationFunction(): ActivationFunction {
    return this.firstNeuron().activationFunction;
  }

  set activationFunction(activation: ActivationFunction) {
    for (const neuron of this.neurons) neuron.activationFunction = activation;
  }

  /**
   * Feeds the inputs forward through this layer and every layer after it and
   * returns the last layer's outputs, as a new array the caller owns.
   */
  feed(inputs: ArrayLike<number>): number[] {
    checkVector('layer inputs', inputs, this.numberOfWeights());
    return Array.from(this.forward(inputs));
  }

  /**
   * `feed` without checks or copies, for training loops. Returns the output
   * layer's buffer, which the next `forward` overwrites: read it, never write it.
   */
  forward(inputs: ArrayLike<number>): Float64Array {
    const outputs = this.outputBuffer;
    const neurons = this.neurons;
    for (let j = 0; j < neurons.length; j++) outputs[j] = neurons[j]!.fire(inputs);
    return this.nextLayer === undefined ? outputs : this.nextLayer.forward(outputs);
  }

  /** The outputs of this layer's last `forward` (a reused buffer: read, never write). */
  lastOutputs(): Float64Array {
    return this.outputBuffer;
  }

  /**
   * Sets every neuron's delta, then asks the previous layer to do the same.
   * On the output layer give the `expected` outputs: errorⱼ = expectedⱼ − outputⱼ.
   * On a hidden layer give nothing: errorⱼ = Σₖ wₖⱼ · δₖ over the next layer,
   * with the next layer's weights as they were in the forward pass.
   */
  backwardPropagateError(expected?: ArrayLike<number>): void {
    if (expected === undefined) {
      this.adjustDeltasFromNextLayer();
    } else {
      this.adjustDeltasToward(expected);
    }
    this.previousLayer?.backwardPropagateError();
  }

  /**
   * Moves every weight by learningRate · delta · input and every bias by
   * learningRate · delta, then asks the next layer to do the same. The first
   * layer is given the network's inputs; the others read the previous layer's outputs.
   */
  updateWeight(initialInputs?: ArrayLike<number>): void {
    let inputs: ArrayLike<number>;
    if (initialInputs === undefined) {
      inputs = this.inputsFromPreviousLayer();
    } else {
      checkVector('layer inputs', initialInputs, this.numberOfWeights());
      inputs = initialInputs;
    }
    for (const neuron of this.neurons) {
      neuron.adjustWeightWith(inputs);
      neuron.adjustBias();
    }
    this.nextLayer?.updateWeight();
  }

  // ---------------------------------------------------------------------------
  // The batch (matrix) path, used by trainers: the same arithmetic as `feed`,
  // `backwardPropagateError` and `updateWeight`, over a block of examples at
  // once (the matrix formulation of the book's later chapters), with the
  // gradient of a loss instead of the book's in-place update. Rows are examples.
  // ---------------------------------------------------------------------------

  /**
   * Outputs of this layer for `count` examples whose inputs are rows `offset…`
   * of the row-major `inputs`; returns this layer's reused batch buffer
   * (count × numberOfNeurons). Same summation order as `Neuron.feed`.
   */
  forwardBatch(inputs: ArrayLike<number>, offset: number, count: number): Float64Array {
    const n = this.neuronList.length;
    const k = this.inputCount;
    const out = this.batchBuffers(count).outputs;
    // Two examples at a time, so each weight read from memory serves both.
    let r = 0;
    for (; r + 2 <= count; r += 2) this.feedTwoExamples(inputs, (offset + r) * k, out, r * n);
    if (r < count) this.feedOneExample(inputs, (offset + r) * k, out, r * n);
    return out;
  }

  /**
   * Turns ∂loss/∂output of the last `forwardBatch` (count × numberOfNeurons, in
   * `outputGradients`) into ∂loss/∂z (this layer's deltas, with the book's sign
   * flipped: the book's δ is −∂loss/∂z), adds ∂loss/∂parameters into `gradients`
   * (laid out as `parameters()`), and returns ∂loss/∂inputs (count × numberOfWeights)
   * for the layer before, or undefined when `wantInputGradients` is false.
   */
  backwardBatch(
    inputs: ArrayLike<number>,
    offset: number,
    count: number,
    outputGradients: Float64Array,
    gradients: Float64Array,
    wantInputGradients: boolean,
  ): Float64Array | undefined {
    const n = this.neuronList.length;
    this.setDeltas(outputGradients, count);
    // ∂loss/∂w[j][i] = Σ over the batch of δ[r][j] · x[r][i], two neurons at a time,
    // so each input read from memory serves both.
    let j = 0;
    for (; j + 2 <= n; j += 2) this.addGradientsOfTwoNeurons(j, inputs, offset, count, gradients);
    if (j < n) this.addGradientsOfOneNeuron(j, inputs, offset, count, gradients);
    return wantInputGradients ? this.inputGradients(count) : undefined;
  }

  /**
   * The online shortcut behind `NNetwork.updateOnline`, for `layers` (first to
   * last) right after their `forwardBatch` of row `offset` of `inputs`: the book's
   * `backwardPropagateError` then `updateWeight`, driven by ∂loss/∂outputs, with no
   * gradient buffer. Returns false, with no weight changed, if a step is not finite.
   *
   * One method over all the layers rather than a call per layer and phase: an
   * example of a 2-3-1 network is a few hundred nanoseconds of arithmetic, and V8
   * optimises a loop that does its own work much sooner than a chain of small
   * calls (bench/RESULTS.md: XOR 61 → 50 ms). The step is the batch path's
   * gradient times the learning rate, rounded as lr · (δ · x).
   */
  static updateOnline(
    layers: readonly NeuronLayer[],
    inputs: ArrayLike<number>,
    offset: number,
    outputGradients: Float64Array,
    learningRate: number,
  ): boolean {
    // 1. Every layer's deltas, from the output back, with the weights of the forward
    //    pass. No weight has moved yet, so a step that would not be finite is refused
    //    here: every lr · δⱼ · xᵢ is finite exactly when max|δ| · max|x| is.
    let upstream = outputGradients;
    for (let l = layers.length - 1; l >= 0; l--) {
      const layer = layers[l]!;
      const { outputs, deltas } = layer.batch;
      const activation = layer.neuronList[0]!.activationFunction;
      let largestDelta = 0;
      for (let j = 0; j < layer.neuronList.length; j++) {
        const delta = upstream[j]! * activation.derivative(outputs[j]!);
        deltas[j] = delta;
        largestDelta = Math.max(largestDelta, delta, -delta); // NaN stays NaN
      }
      const k = layer.inputCount;
      const x = l === 0 ? inputs : layers[l - 1]!.batch.outputs;
      let largestInput = 0;
      for (let i = l === 0 ? offset * k : 0, end = i + k; i < end; i++) {
        const value = x[i]!;
        largestInput = Math.max(largestInput, value, -value);
      }
      if (!Number.isFinite(largestDelta * largestInput)) return false;
      if (l > 0) upstream = layer.inputGradients(1);
    }
    // 2. Every weight moves by −lr · δⱼ · xᵢ and every bias by −lr · δⱼ.
    for (let l = 0; l < layers.length; l++) {
      const { storage: w, inputCount: k, neuronList } = layers[l]!;
      const deltas = layers[l]!.batch.deltas;
      const x = l === 0 ? inputs : layers[l - 1]!.batch.outputs;
      const xBase = l === 0 ? offset * k : 0;
      for (let j = 0; j < neuronList.length; j++) {
        const row = j * (k + 1);
        const delta = deltas[j]!;
        for (let i = 0; i < k; i++) w[row + i]! -= learningRate * (delta * x[xBase + i]!);
        w[row + k]! -= learningRate * delta;
      }
    }
    return true;
  }

  /** δ[r][j] = ∂loss/∂output · f′(output) for the last `forwardBatch`'s first `count` examples. */
  private setDeltas(outputGradients: Float64Array, count: number): void {
    const { outputs, deltas } = this.batch;
    const activation = this.neuronList[0]!.activationFunction;
    for (let e = 0; e < count * this.neuronList.length; e++) {
      deltas[e] = outputGradients[e]! * activation.derivative(outputs[e]!);
    }
  }

  /** ∂loss/∂x[r][i] = Σⱼ w[j][i] · δ[r][j], with the weights as they were in the forward pass. */
  private inputGradients(count: number): Float64Array {
    const n = this.neuronList.length;
    const k = this.inputCount;
    const w = this.storage;
    const rowLength = k + 1;
    const { deltas, inputGradients } = this.batch;
    for (let r = 0; r < count; r++) {
      for (let i = 0; i < k; i++) {
        let sum = 0;
        for (let q = 0; q < n; q++) sum += w[q * rowLength + i]! * deltas[r * n + q]!;
        inputGradients[r * k + i] = sum;
      }
    }
    return inputGradients;
  }

  // How the batch path stays fast and exact. A weighted sum is a chain of
  // additions, each waiting for the one before; the helpers below work on four
  // neurons (or two examples, or both) at once, so the processor has independent
  // chains to overlap and every number loaded from memory is used several times
  // (a small block of the matrix product of the book's later chapters). Each
  // single sum still adds the same terms in the same order as one neuron and one
  // example at a time would, so the results are bit for bit the same.

  /** Outputs for the example whose inputs start at `inputs[xBase]`, into `out[outBase…]`. */
  private feedOneExample(inputs: ArrayLike<number>, xBase: number, out: Float64Array, outBase: number): void {
    const n = this.neuronList.length;
    const k = this.inputCount;
    const rowLength = k + 1;
    const w = this.storage;
    const activation = this.neuronList[0]!.activationFunction;
    let j = 0;
    for (; j + 4 <= n; j += 4) {
      const w0 = j * rowLength;
      const w1 = w0 + rowLength;
      const w2 = w1 + rowLength;
      const w3 = w2 + rowLength;
      let z0 = 0;
      let z1 = 0;
      let z2 = 0;
      let z3 = 0;
      for (let i = 0; i < k; i++) {
        const x = inputs[xBase + i]!;
        z0 += x * w[w0 + i]!;
        z1 += x * w[w1 + i]!;
        z2 += x * w[w2 + i]!;
        z3 += x * w[w3 + i]!;
      }
      out[outBase + j] = activation.eval(z0 + w[w0 + k]!);
      out[outBase + j + 1] = activation.eval(z1 + w[w1 + k]!);
      out[outBase + j + 2] = activation.eval(z2 + w[w2 + k]!);
      out[outBase + j + 3] = activation.eval(z3 + w[w3 + k]!);
    }
    for (; j < n; j++) {
      const wBase = j * rowLength;
      let z = 0;
      for (let i = 0; i < k; i++) z += inputs[xBase + i]! * w[wBase + i]!;
      out[outBase + j] = activation.eval(z + w[wBase + k]!);
    }
  }

  /** `feedOneExample` for two consecutive examples: rows `xBase` and `xBase + k`. */
  private feedTwoExamples(inputs: ArrayLike<number>, xBase: number, out: Float64Array, outBase: number): void {
    const n = this.neuronList.length;
    const k = this.inputCount;
    const rowLength = k + 1;
    const w = this.storage;
    const activation = this.neuronList[0]!.activationFunction;
    const xa = xBase;
    const xb = xBase + k;
    const oa = outBase;
    const ob = outBase + n;
    let j = 0;
    for (; j + 4 <= n; j += 4) {
      const w0 = j * rowLength;
      const w1 = w0 + rowLength;
      const w2 = w1 + rowLength;
      const w3 = w2 + rowLength;
      let a0 = 0; // example a, neuron j
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      let b0 = 0; // example b, neuron j
      let b1 = 0;
      let b2 = 0;
      let b3 = 0;
      for (let i = 0; i < k; i++) {
        const xA = inputs[xa + i]!;
        const xB = inputs[xb + i]!;
        const v0 = w[w0 + i]!;
        const v1 = w[w1 + i]!;
        const v2 = w[w2 + i]!;
        const v3 = w[w3 + i]!;
        a0 += xA * v0;
        a1 += xA * v1;
        a2 += xA * v2;
        a3 += xA * v3;
        b0 += xB * v0;
        b1 += xB * v1;
        b2 += xB * v2;
        b3 += xB * v3;
      }
      out[oa + j] = activation.eval(a0 + w[w0 + k]!);
      out[oa + j + 1] = activation.eval(a1 + w[w1 + k]!);
      out[oa + j + 2] = activation.eval(a2 + w[w2 + k]!);
      out[oa + j + 3] = activation.eval(a3 + w[w3 + k]!);
      out[ob + j] = activation.eval(b0 + w[w0 + k]!);
      out[ob + j + 1] = activation.eval(b1 + w[w1 + k]!);
      out[ob + j + 2] = activation.eval(b2 + w[w2 + k]!);
      out[ob + j + 3] = activation.eval(b3 + w[w3 + k]!);
    }
    for (; j < n; j++) {
      const wBase = j * rowLength;
      let za = 0;
      let zb = 0;
      for (let i = 0; i < k; i++) {
        za += inputs[xa + i]! * w[wBase + i]!;
        zb += inputs[xb + i]! * w[wBase + i]!;
      }
      out[oa + j] = activation.eval(za + w[wBase + k]!);
      out[ob + j] = activation.eval(zb + w[wBase + k]!);
    }
  }

  /**
   * Adds neuron j's and j + 1's weight and bias gradients over the batch (deltas
   * already set): four examples per pass over the two gradient rows. Each entry
   * still receives the examples' terms one by one, in example order.
   */
  private addGradientsOfTwoNeurons(j: number, inputs: ArrayLike<number>, offset: number, count: number, gradients: Float64Array): void {
    const n = this.neuronList.length;
    const k = this.inputCount;
    const deltas = this.batch.deltas;
    const ga = j * (k + 1); // neuron j's row
    const gb = ga + k + 1; // neuron j + 1's row
    let r = 0;
    for (; r + 4 <= count; r += 4) {
      const a0 = deltas[r * n + j]!;
      const a1 = deltas[(r + 1) * n + j]!;
      const a2 = deltas[(r + 2) * n + j]!;
      const a3 = deltas[(r + 3) * n + j]!;
      const b0 = deltas[r * n + j + 1]!;
      const b1 = deltas[(r + 1) * n + j + 1]!;
      const b2 = deltas[(r + 2) * n + j + 1]!;
      const b3 = deltas[(r + 3) * n + j + 1]!;
      const x0 = (offset + r) * k;
      const x1 = x0 + k;
      const x2 = x1 + k;
      const x3 = x2 + k;
      for (let i = 0; i < k; i++) {
        const v0 = inputs[x0 + i]!;
        const v1 = inputs[x1 + i]!;
        const v2 = inputs[x2 + i]!;
        const v3 = inputs[x3 + i]!;
        gradients[ga + i] = gradients[ga + i]! + a0 * v0 + a1 * v1 + a2 * v2 + a3 * v3;
        gradients[gb + i] = gradients[gb + i]! + b0 * v0 + b1 * v1 + b2 * v2 + b3 * v3;
      }
      gradients[ga + k] = gradients[ga + k]! + a0 + a1 + a2 + a3;
      gradients[gb + k] = gradients[gb + k]! + b0 + b1 + b2 + b3;
    }
    for (; r < count; r++) {
      const a = deltas[r * n + j]!;
      const b = deltas[r * n + j + 1]!;
      const xBase = (offset + r) * k;
      for (let i = 0; i < k; i++) {
        const x = inputs[xBase + i]!;
        gradients[ga + i]! += a * x;
        gradients[gb + i]! += b * x;
      }
      gradients[ga + k]! += a;
      gradients[gb + k]! += b;
    }
  }

  /** Adds neuron j's weight and bias gradients over the batch, one example at a time. */
  private addGradientsOfOneNeuron(j: number, inputs: ArrayLike<number>, offset: number, count: number, gradients: Float64Array): void {
    const n = this.neuronList.length;
    const k = this.inputCount;
    const deltas = this.batch.deltas;
    const gBase = j * (k + 1);
    for (let r = 0; r < count; r++) {
      const delta = deltas[r * n + j]!;
      const xBase = (offset + r) * k;
      for (let i = 0; i < k; i++) gradients[gBase + i]! += delta * inputs[xBase + i]!;
      gradients[gBase + k]! += delta;
    }
  }

  /** The outputs of the last `forwardBatch` (a reused buffer: read, never write). */
  lastBatchOutputs(): Float64Array {
    return this.batch.outputs;
  }

  /** Batch buffers sized for `count` examples, grown (never shrunk) on demand. */
  private batchBuffers(count: number): BatchBuffers {
    const n = this.neuronList.length;
    if (this.batch.capacity < count) {
      this.batch = {
        capacity: count,
        outputs: new Float64Array(count * n),
        deltas: new Float64Array(count * n),
        inputGradients: new Float64Array(count * this.inputCount),
      };
    }
    return this.batch;
  }

  private adjustDeltasToward(expected: ArrayLike<number>): void {
    if (!this.isOutputLayer()) {
      throw new NotConfiguredError('only the output layer takes expected outputs; call hidden layers without arguments');
    }
    checkVector('expected outputs', expected, this.numberOfNeurons());
    const neurons = this.neurons;
    for (let j = 0; j < neurons.length; j++) {
      const neuron = neurons[j]!;
      neuron.adjustDeltaWith(expected[j]! - neuron.output);
    }
  }

  private adjustDeltasFromNextLayer(): void {
    const next = this.nextLayer;
    if (next === undefined) {
      throw new NotConfiguredError('the output layer needs the expected outputs: backwardPropagateError(expected)');
    }
    const neurons = this.neurons;
    for (let j = 0; j < neurons.length; j++) {
      let error = 0;
      for (const nextNeuron of next.neurons) error += nextNeuron.weights[j]! * nextNeuron.delta;
      neurons[j]!.adjustDeltaWith(error);
    }
  }

  private inputsFromPreviousLayer(): Float64Array {
    if (this.previousLayer === undefined) {
      throw new NotConfiguredError('the first layer needs its inputs: updateWeight(initialInputs)');
    }
    return this.previousLayer.lastOutputs();
  }

  private firstNeuron(): Neuron {
    const neuron = this.neurons[0];
    if (neuron === undefined) {
      throw new NotConfiguredError('this layer has no neurons yet: call initializeNbOfNeurons first');
    }
    return neuron;
  }
}

interface BatchBuffers {
  capacity: number;
  outputs: Float64Array;
  deltas: Float64Array;
  inputGradients: Float64Array;
}

const EMPTY_BATCH: BatchBuffers = {
  capacity: 0,
  outputs: new Float64Array(0),
  deltas: new Float64Array(0),
  inputGradients: new Float64Array(0),
};
