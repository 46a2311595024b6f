/**
 * The arithmetic of a dense layer, written once. The book's `Neuron`,
 * `NeuronLayer` and `NNetwork` methods and the trainers' steps all come here,
 * so a forward pass, a δ, a backpropagated error and an update mean one thing.
 *
 * Signs are the book's. A neuron's *error* says how much its output should grow:
 * expected − output at the output layer, Σₖ wₖⱼ·δₖ over the next layer below it.
 * Its δ = error · f′(output), and a step adds learningRate · (δ · input) to each
 * weight and learningRate · δ to the bias. For a loss L: error = −∂L/∂output,
 * δ = −∂L/∂z and ∂L/∂w = −δ · input.
 *
 * Every buffer holds `count` examples, one per row (examples × neurons), as the
 * matrix kernels (src/matrix/kernels.ts) that do the sums. A neuron shows the
 * last row: after the book's one-example steps, its own values.
 *
 * An update never leaves a NaN or an infinity behind: each new value is checked
 * as it is written, the old one kept in `saved`, and a step that fails is undone.
 */
import type { ActivationFunction } from '../activation/activation-function.js';
import type { LayerActivation } from '../activation/layer-activation.js';
import { SoftmaxAF } from '../activation/softmax.js';
import { dotProduct, multiply, multiplyTransposed, sumColumns, transposeMultiply } from '../matrix/kernels.js';
import { indexOfNonFinite } from '../util/validate.js';
import { predictedClass, type EpochTotals, type Rows, type Tally } from './rows.js';

/** The numbers of one dense layer: its parameters and what its last passes computed. */
export class DenseLayer {
  /** Row j: neuron j's `nbOfInputs` weights, then its bias. */
  readonly parameters: Float64Array;
  /** The values the last update overwrote, laid out as `parameters` (to undo a failed step). */
  readonly saved: Float64Array;
  /** Neuron j's activation function. */
  readonly activations: ActivationFunction[];
  /**
   * The layer's own activation (softmax), applied to all its weighted sums
   * together in place of the neurons' activations (which are then the identity);
   * undefined for the book's layers, where each neuron applies its own.
   */
  layerActivation: LayerActivation | undefined = undefined;
  /** Neuron j's learning rate: the book's `train` uses it; a trainer brings its own. */
  readonly learningRates: Float64Array;
  /** Outputs of the last forward pass (count × nbOfNeurons). */
  outputs = new Float64Array(0);
  /** Errors of the last backward pass, laid out as `outputs` (the general path's; `trainOnline` keeps its own). */
  errors = new Float64Array(0);
  /** δ = error · f′(output) of the last backward pass, laid out as `outputs`. */
  deltas = new Float64Array(0);
  /** Examples in the last forward pass. */
  count = 1;

  constructor(
    readonly nbOfInputs: number,
    readonly nbOfNeurons: number,
    activation: ActivationFunction,
    learningRate: number,
  ) {
    this.parameters = new Float64Array(nbOfNeurons * (nbOfInputs + 1));
    this.saved = new Float64Array(this.parameters.length);
    this.activations = Array.from({ length: nbOfNeurons }, () => activation);
    this.learningRates = new Float64Array(nbOfNeurons).fill(learningRate);
    this.reserve(1);
  }

  /** Where neuron j's row starts in `parameters`. */
  rowOf(j: number): number {
    return j * (this.nbOfInputs + 1);
  }

  /** Where the last example's values start in `outputs`, `errors` and `deltas`. */
  lastRow(): number {
    return (this.count - 1) * this.nbOfNeurons;
  }

  /** Grows (never shrinks) the buffers to hold `count` examples. */
  reserve(count: number): void {
    const size = count * this.nbOfNeurons;
    if (this.outputs.length >= size) return;
    const grown = (old: Float64Array) => {
      const buffer = new Float64Array(size);
      buffer.set(old);
      return buffer;
    };
    this.outputs = grown(this.outputs);
    this.errors = grown(this.errors);
    this.deltas = grown(this.deltas);
  }
}

// --- Forward -----------------------------------------------------------------

/** o = f(z + b), for a weighted sum z: what a neuron outputs. */
export function outputOf(activation: ActivationFunction, weightedSum: number, bias: number): number {
  return activation.eval(weightedSum + bias);
}

/**
 * Feeds `count` examples, rows `row…` of the row-major `inputs`, through the
 * layer: z = Σᵢ wⱼᵢ·xᵢ + bⱼ (summed in input order from 0) and oⱼ = fⱼ(z).
 */
export function forward(layer: DenseLayer, inputs: Float64Array, row: number, count: number): Float64Array {
  const { nbOfInputs: k, nbOfNeurons: n, parameters, activations } = layer;
  layer.reserve(count);
  layer.count = count;
  const outputs = layer.outputs;
  weightedSums(layer, inputs, row * k, count, outputs);
  const own = layer.layerActivation;
  if (own !== undefined) {
    // Stryker disable next-line EqualityOperator: `<=` also activates row `count`, one past the batch: rows past `count` are scratch that every pass writes before it reads them (or past the buffer's end, a no-op); the other variants, which the tests kill, are turned off with it
    for (let r = 0; r < count; r++) activateLayer(own, outputs, r * n, parameters, k, n);
    return outputs;
  }
  // Stryker disable next-line EqualityOperator: `<=` also activates row `count`, one past the batch: rows past `count` are scratch that every pass writes before it reads them (or past the buffer's end, a no-op); the other variants, which the tests kill, are turned off with it
  for (let r = 0; r < count; r++) {
    for (let j = 0; j < n; j++) outputs[r * n + j] = outputOf(activations[j]!, outputs[r * n + j]!, parameters[j * (k + 1) + k]!);
  }
  return outputs;
}

/** One example's outputs through a layer activation: z = weighted sum + bias for every neuron, then the activation over the row. */
function activateLayer(own: LayerActivation, values: Float64Array, at: number, parameters: Float64Array, k: number, n: number): void {
  for (let j = 0; j < n; j++) values[at + j] = values[at + j]! + parameters[j * (k + 1) + k]!;
  own.evalRow(values, at, n);
}

/**
 * Σᵢ xᵢ·wⱼᵢ for each of `count` examples (inputs from `inputs[inputAt]`) and
 * each neuron, into `sums` (count × nbOfNeurons): `multiplyTransposed` of the
 * inputs by the weights, summed from 0 in input order. A layer too narrow for
 * the kernel's blocks of four neurons sums them one by one here, sparing a call
 * that would do the same.
 */
export function weightedSums(layer: DenseLayer, inputs: Float64Array, inputAt: number, count: number, sums: Float64Array): void {
  const { nbOfInputs: k, nbOfNeurons: n, parameters: p } = layer;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: `true`, `count >= 1`, `n > KERNEL_WIDTH` and `n < KERNEL_WIDTH` only move one-example sums between this loop and the kernel, which sum in the same order from 0, bit for bit (test/core/dense-batch.test.ts checks both against a hand loop for 1…17 neurons); `false`, which that file's forward test kills, is turned off with them
  if (n >= KERNEL_WIDTH || count > 1) {
    multiplyTransposed(count, k, n, inputs, inputAt, k, p, 0, k + 1, sums, 0, n);
    return;
  }
  // Stryker disable next-line EqualityOperator: `<=` also sums a neuron n past the parameters (NaN) into sums[n]: past the end of a one-row buffer, or row 1 of `outputs`, which a one-example pass never reads and a batch pass rewrites first; the other variants, which the tests kill, are turned off with it
  for (let j = 0; j < n; j++) {
    const at = j * (k + 1);
    let z = 0;
    for (let i = 0; i < k; i++) z += inputs[inputAt + i]! * p[at + i]!;
    sums[j] = z;
  }
}

/** The fewest neurons for which one example's sums go to `multiplyTransposed`, whose blocks are four neurons wide. */
const KERNEL_WIDTH = 4;

/** Feeds one neuron alone (the book's `Neuron>>feed:`): sets and returns its output in the last row. */
export function fireNeuron(layer: DenseLayer, j: number, inputs: Float64Array): number {
  const k = layer.nbOfInputs;
  const at = layer.rowOf(j);
  const output = outputOf(layer.activations[j]!, dotProduct(k, inputs, 0, layer.parameters, at), layer.parameters[at + k]!);
  layer.outputs[layer.lastRow() + j] = output;
  return output;
}

// --- Backward ----------------------------------------------------------------

/** δ = error · f′(output), where f′ is written in terms of the output (the book's `derivative:`). */
export function deltaOf(activation: ActivationFunction, error: number, output: number): number {
  return error * activation.derivative(output);
}

/**
 * Sets every δ of the last `count` examples from `layer.errors` (the book's
 * `adjustDeltaWith:` for each neuron; with a layer activation, its δ from the errors).
 */
export function adjustDeltas(layer: DenseLayer): void {
  const { nbOfNeurons: n, activations, outputs, errors, deltas, layerActivation } = layer;
  if (layerActivation !== undefined) {
    // Stryker disable next-line EqualityOperator: `<=` also sets the δs of row `count`, one past the batch: rows past `count` are scratch that every pass writes before it reads them (or past the buffer's end, a no-op); the other variants, which the tests kill, are turned off with it
    for (let r = 0; r < layer.count; r++) layerActivation.deltasFromErrors(outputs, errors, deltas, r * n, n);
    return;
  }
  // Stryker disable next-line EqualityOperator: `<=` also sets the δs of row `count`, one past the batch: rows past `count` are scratch that every pass writes before it reads them (or past the buffer's end, a no-op); the other variants, which the tests kill, are turned off with it
  for (let r = 0; r < layer.count; r++) {
    for (let j = 0; j < n; j++) deltas[r * n + j] = deltaOf(activations[j]!, errors[r * n + j]!, outputs[r * n + j]!);
  }
}

/** The output layer's errors toward `expected` (rows `row…`): expected − output. */
export function setErrorsToward(layer: DenseLayer, expected: Float64Array, row: number): void {
  const size = layer.count * layer.nbOfNeurons;
  const start = row * layer.nbOfNeurons;
  // Stryker disable next-line EqualityOperator: `<=` also sets errors[size], the first of row `count`, one past the batch: scratch that every pass writes before it reads it (or past the buffer's end, a no-op); the other variants, which the tests kill, are turned off with it
  for (let e = 0; e < size; e++) layer.errors[e] = expected[start + e]! - layer.outputs[e]!;
}

/** The output layer's errors from a loss's ∂L/∂outputs: error = −∂L/∂output. */
export function setErrorsFromLossGradient(layer: DenseLayer, lossGradients: Float64Array): void {
  const size = layer.count * layer.nbOfNeurons;
  // Stryker disable next-line EqualityOperator: `<=` also sets errors[size], the first of row `count`, one past the batch: scratch that every pass writes before it reads it (or past the buffer's end, a no-op); the other variants, which the tests kill, are turned off with it
  for (let e = 0; e < size; e++) layer.errors[e] = -lossGradients[e]!;
}

/**
 * The errors of the layer before `layer`: errorᵢ = Σⱼ δⱼ · wⱼᵢ, summed over this
 * layer's neurons in order from 0, with the weights as they are now — so call it
 * before any update, as the book's `backwardPropagateError` does.
 */
export function propagateErrors(layer: DenseLayer, previous: DenseLayer): void {
  const { nbOfInputs: k, nbOfNeurons: n } = layer;
  multiply(layer.count, n, k, layer.deltas, 0, n, layer.parameters, 0, k + 1, previous.errors, 0, k);
}

/** After the output layer's errors are set: every layer's δ, from the last layer back (the book's `backwardPropagateError`). */
export function backpropagate(layers: readonly DenseLayer[]): void {
  for (let l = layers.length - 1; l >= 0; l--) {
    adjustDeltas(layers[l]!);
    if (l > 0) propagateErrors(layers[l]!, layers[l - 1]!);
  }
}

// --- Updates -----------------------------------------------------------------

/** What one step adds to a parameter: rate · (δ · input) (for a bias, the input is 1). */
export function change(rate: number, delta: number, input: number): number {
  return rate * (delta * input);
}

/** A parameter after one step: old + rate · (δ · input). */
export function stepped(old: number, rate: number, delta: number, input: number): number {
  return old + change(rate, delta, input);
}

/**
 * wᵢ += rate · (δ · xᵢ) for neuron j's weights (the book's `adjustWeightWithInput:`),
 * keeping each old value in `layer.saved`. Returns 0 when every new weight is
 * finite, NaN otherwise (then undo with `restoreNeuron`).
 */
export function adjustWeights(layer: DenseLayer, j: number, inputs: Float64Array, inputAt: number, rate: number, delta: number): number {
  const { parameters: p, saved, nbOfInputs: k } = layer;
  const at = j * (k + 1);
  let check = 0;
  for (let i = 0; i < k; i++) {
    const old = p[at + i]!;
    const value = stepped(old, rate, delta, inputs[inputAt + i]!);
    saved[at + i] = old;
    p[at + i] = value;
    // Stryker disable next-line AssignmentOperator: `check` is 0 or NaN, and 0 − 0, 0 − (−0) and x − NaN are what 0 + 0, 0 + (−0) and x + NaN are: the same 0 or NaN
    check += value * 0; // stays 0 unless a value is ±∞ or NaN
  }
  return check;
}

/** b += rate · δ for neuron j (the book's `adjustBias`), keeping the old value; 0 when the new bias is finite, else NaN. */
export function adjustBias(layer: DenseLayer, j: number, rate: number, delta: number): number {
  const { parameters: p, saved, nbOfInputs: k } = layer;
  const at = j * (k + 1) + k;
  const old = p[at]!;
  const value = stepped(old, rate, delta, 1);
  saved[at] = old;
  p[at] = value;
  return value * 0;
}

/** Puts back neuron j's weights as they were before its last `adjustWeights` (its bias is not touched). */
export function restoreWeights(layer: DenseLayer, j: number): void {
  const at = layer.rowOf(j);
  layer.parameters.set(layer.saved.subarray(at, at + layer.nbOfInputs), at);
}

/** Puts back neuron j's bias as it was before its last `adjustBias`. */
export function restoreBias(layer: DenseLayer, j: number): void {
  const at = layer.rowOf(j) + layer.nbOfInputs;
  layer.parameters[at] = layer.saved[at]!;
}

/**
 * One example's update of every neuron (the book's `updateWeight:`), from the
 * deltas of the last backward pass; the example's inputs start at
 * `inputs[inputAt]`. Neuron j steps by `rates[j]`. Returns 0 when every new
 * value is finite; otherwise NaN, and the layer is as it was.
 */
export function adjustParameters(layer: DenseLayer, inputs: Float64Array, inputAt: number, rates: Float64Array): number {
  const delta = layer.deltas;
  const at = layer.lastRow();
  let check = 0;
  const { nbOfInputs: k, parameters: p, saved } = layer;
  // `adjustWeights` and `adjustBias` for every neuron, written out: they return a
  // number, which a call the JIT does not inline would box.
  for (let j = 0; j < layer.nbOfNeurons; j++) {
    const rate = rates[j]!;
    const d = delta[at + j]!;
    const row = j * (k + 1);
    for (let i = 0; i <= k; i++) {
      const old = p[row + i]!;
      const value = stepped(old, rate, d, i < k ? inputs[inputAt + i]! : 1);
      saved[row + i] = old;
      p[row + i] = value;
      // Stryker disable next-line AssignmentOperator: `check` is 0 or NaN, and 0 − 0, 0 − (−0) and x − NaN are what 0 + 0, 0 + (−0) and x + NaN are: the same 0 or NaN
      check += value * 0;
    }
  }
  if (check !== 0) restoreParameters(layer);
  return check;
}

/** Puts back every parameter as it was before the layer's last update. */
export function restoreParameters(layer: DenseLayer): void {
  layer.parameters.set(layer.saved);
}

/**
 * Every layer's update for one example, after `backpropagate`: the first layer
 * reads row `row` of `inputs`, the others the outputs of the layer before.
 * Neuron j of every layer steps by `rates[j]` (a trainer's single rate), or,
 * without `rates`, by its own learning rate (the book's `train`). Returns
 * whether every new value is finite; if not, no parameter has changed.
 */
export function updateLayers(layers: readonly DenseLayer[], inputs: Float64Array, row: number, rates?: Float64Array): boolean {
  for (let l = 0; l < layers.length; l++) {
    const layer = layers[l]!;
    const own = rates ?? layer.learningRates;
    const check =
      l === 0
        ? adjustParameters(layer, inputs, row * layer.nbOfInputs, own)
        : adjustParameters(layer, layers[l - 1]!.outputs, layers[l - 1]!.lastRow(), own);
    if (check !== 0) {
      // Stryker disable next-line EqualityOperator: `<=` also restores layer l, which adjustParameters has just put back from the same `saved`: a second copy of the same values; the `>=` variant, which the tests kill, is turned off with it
      for (let done = 0; done < l; done++) restoreParameters(layers[done]!);
      return false;
    }
  }
  return true;
}

/**
 * ∂L/∂parameters over the last `count` examples, laid out as `parameters`:
 * ∂L/∂wⱼᵢ = −Σ over the examples of δⱼ · xᵢ and ∂L/∂bⱼ = −Σ δⱼ, each summed in
 * example order. Sets `gradients` (nothing to zero first).
 */
export function parameterGradients(layer: DenseLayer, inputs: Float64Array, row: number, gradients: Float64Array): void {
  const { nbOfInputs: k, nbOfNeurons: n, count, deltas } = layer;
  transposeMultiply(n, count, k, deltas, 0, n, inputs, row * k, k, gradients, 0, k + 1);
  sumColumns(count, n, deltas, 0, n, gradients, k, k + 1);
  // Stryker disable next-line EqualityOperator: `<=` also writes gradients[length], past the typed array's end: a no-op; the other variants, which the tests kill, are turned off with it
  for (let i = 0; i < gradients.length; i++) gradients[i] = -gradients[i]!;
}

// --- The fused online step ------------------------------------------------------

/** What the fused step needs of a loss: its per-output formulas (the losses of src/training). */
export interface OutputLoss {
  /** The loss of one output unit. */
  term(output: number, target: number): number;
  /** ∂term/∂output for one output unit. */
  termGradient(output: number, target: number): number;
  /** What an example's sum of terms is multiplied by (1/width for a mean). */
  scaleFor(width: number): number;
  /**
   * Optional: −∂(Σ terms)/∂zⱼ when the outputs are the softmax of z, in closed
   * form (the categorical cross-entropy's t − o·Σt, which is t − o for a
   * one-hot target): used in place of the softmax's δ from the errors.
   */
  deltaThroughSoftmax?(output: number, target: number, targetSum: number): number;
}

/**
 * What a model may use, beside ∂loss/∂outputs, to set its output layer's δ: the
 * loss and the targets behind them. A softmax output layer with the categorical
 * cross-entropy takes δ = t − o from them (exact, and finite where o underflows
 * to 0) instead of the chain rule through ∂loss/∂outputs.
 */
export interface LossAtOutputs {
  loss: OutputLoss;
  /** Every example's targets, row after row (the batch's rows start at the rows' `offset`). */
  targets: Float64Array;
  /** What ∂loss/∂outputs were multiplied by (1/count for a batch's mean). */
  gradientScale: number;
}

/** Whether the output layer's δ comes from the loss's closed form through the layer's activation. */
export function usesClosedForm(layer: DenseLayer, loss: OutputLoss): boolean {
  return layer.layerActivation instanceof SoftmaxAF && loss.deltaThroughSoftmax !== undefined;
}

/**
 * An output layer with a layer activation: the δ of one example (outputs at
 * `at`, targets at `targetAt`) from the loss — its closed form through softmax
 * (δ = (t − o·Σt) · scale), or else errorⱼ = −∂loss/∂oⱼ and the layer
 * activation's δ from the errors. `scale` is the loss's `scaleFor(width)` times
 * the trainer's gradient scale, as ∂loss/∂outputs would be.
 */
export function setLayerOutputDeltas(layer: DenseLayer, loss: OutputLoss, targets: Float64Array, targetAt: number, at: number, scale: number): void {
  const { nbOfNeurons: n, outputs, errors, deltas } = layer;
  if (usesClosedForm(layer, loss)) {
    let targetSum = 0;
    for (let j = 0; j < n; j++) targetSum += targets[targetAt + j]!;
    // Stryker disable next-line EqualityOperator: `<=` also writes deltas[at + n], the next example's first δ, which the next call (rows in order) writes again before any read, or row `count`'s (scratch) or past the end; the other variants, which the tests kill, are turned off with it
    for (let j = 0; j < n; j++) deltas[at + j] = loss.deltaThroughSoftmax!(outputs[at + j]!, targets[targetAt + j]!, targetSum) * scale;
    return;
  }
  // Stryker disable next-line EqualityOperator: `<=` also writes errors[at + n], the next example's first error, which the next call (rows in order) writes again before any read, or row `count`'s (scratch) or past the end; deltasFromErrors reads only this example's n; the other variants, which the tests kill, are turned off with it
  for (let j = 0; j < n; j++) errors[at + j] = -(loss.termGradient(outputs[at + j]!, targets[targetAt + j]!) * scale);
  layer.layerActivation!.deltasFromErrors(outputs, errors, deltas, at, n);
}

/**
 * Online training over `rows`, one example after another, at one rate: for each,
 * `forward`, the loss's −∂L/∂outputs as the output errors, `backpropagate` and
 * `updateLayers` — the same formulas in the same order, so the same bits as
 * those functions (test/core/dense.test.ts). Adds each example's loss (before
 * its update) and, with labels, whether it was predicted right, to `tally`.
 * Returns false at the first example whose loss or new parameters would not
 * be finite, leaving the parameters as they were before that example.
 *
 * Why a second form, with the formulas written out instead of calling the
 * functions above: a small network's example is a few hundred arithmetic
 * operations, fewer than the calls of the general functions, and until the JIT
 * has compiled it, every call costs more than its arithmetic. One function that
 * loops over the rows itself is compiled once, as a whole, early in a run (see
 * docs/design.md, "Fast paths").
 *
 * Why the finiteness is checked once, after all the rows: a parameter that is
 * ±∞ or NaN stays so under every later step (∞ + x is ∞ or NaN), and so does a
 * sum of losses, so finite parameters and a finite total at the end mean that
 * every example's step was finite. Only when they are not are the rows played
 * again from the parameters of the start, one at a time, to stop before the
 * example that failed: the same steps, so the same bits.
 */
export function trainOnline(layers: readonly DenseLayer[], rows: Rows, loss: OutputLoss, rate: number, tally: Tally): boolean {
  saveEveryLayer(layers);
  const { loss: lossBefore, correct: correctBefore } = tally;
  trainRows(layers, rows, loss, rate, tally);
  // Stryker disable next-line ConditionalExpression: `false` sends every call to trainRowByRow, which takes the same steps from the same saved parameters; the variants that accept a non-finite step, which the refusal tests kill, are turned off with it
  if (Number.isFinite(tally.loss) && everyParameterIsFinite(layers)) return true;
  restoreEveryLayer(layers);
  tally.loss = lossBefore;
  tally.correct = correctBefore;
  return trainRowByRow(layers, rows, loss, rate, tally);
}

/**
 * `trainOnline` over the same rows `epochs` times, as that many calls would
 * (the same bits), with each epoch's summed loss and hits in `totals`. Returns
 * how many epochs it ran, stopping early after a refused example (that epoch
 * is not counted; its loss is in `totals.refusedLoss`) or after an epoch whose
 * summed loss is not finite (counted: its steps were taken).
 *
 * Why it exists: on a small data set an epoch is a few examples, and the calls
 * that start each epoch, until the JIT has compiled them all, cost more than the
 * epoch's arithmetic. One call for the whole run compiles once (docs/design.md,
 * "Fast paths"). The finiteness is checked as in `trainOnline`: once, at the
 * end, and epoch by epoch through `trainOnline` only when that check fails.
 */
export function trainOnlineEpochs(layers: readonly DenseLayer[], rows: Rows, loss: OutputLoss, rate: number, epochs: number, totals: EpochTotals): number {
  saveEveryLayer(layers);
  // Stryker disable next-line ObjectLiteral: every epoch, here and in the replay, sets both fields before it reads them
  const tally: Tally = { loss: 0, correct: 0 };
  let ran = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: `false` and `>=` (no epoch) and `<=` (one epoch more, its totals written past their end) all leave ran ≠ epochs, which sends the run to the replay below from the saved parameters, the same steps
  for (; ran < epochs; ran++) {
    tally.loss = 0;
    tally.correct = 0;
    trainRows(layers, rows, loss, rate, tally);
    totals.losses[ran] = tally.loss;
    totals.correct[ran] = tally.correct;
    // Stryker disable next-line ConditionalExpression: `true` stops after the first epoch, which only sends a longer run to the replay below, the same steps; the `false` variant, which the summed-loss overflow tests kill, is turned off with it
    if (!Number.isFinite(tally.loss)) break; // the replay finds where it failed
  }
  // Stryker disable next-line ConditionalExpression: `false` replays every run epoch by epoch through trainOnline, the same steps from the same saved parameters; the variants that accept a non-finite run, which the refusal tests kill, are turned off with it
  if (ran === epochs && everyParameterIsFinite(layers)) return epochs;
  restoreEveryLayer(layers);
  // Stryker disable next-line EqualityOperator: the replay always stops inside the loop (the check above failed, so an epoch is refused or its loss is not finite), so `<=` changes nothing; the other variants, which the tests kill, are turned off with it
  for (let epoch = 0; epoch < epochs; epoch++) {
    tally.loss = 0;
    tally.correct = 0;
    const taken = trainOnline(layers, rows, loss, rate, tally);
    totals.losses[epoch] = tally.loss;
    totals.correct[epoch] = tally.correct;
    if (!taken) {
      totals.refusedLoss = tally.refusedLoss;
      return epoch;
    }
    if (!Number.isFinite(tally.loss)) return epoch + 1;
  }
  return epochs;
}

/** `trainOnline` after a failure, from the parameters of the start: each example on its own, kept only if finite. */
function trainRowByRow(layers: readonly DenseLayer[], rows: Rows, loss: OutputLoss, rate: number, tally: Tally): boolean {
  for (let row = rows.offset; row < rows.offset + rows.count; row++) {
    saveEveryLayer(layers);
    const example: Tally = { loss: 0, correct: 0 };
    trainRows(layers, { ...rows, offset: row, count: 1 }, loss, rate, example);
    tally.correct += example.correct;
    if (!(Number.isFinite(example.loss) && everyParameterIsFinite(layers))) {
      restoreEveryLayer(layers);
      tally.refusedLoss = example.loss;
      return false;
    }
    tally.loss += example.loss;
  }
  return true;
}

/** `trainOnline`'s steps, unchecked: forward, δs and update for each example of `rows`, in order. */
function trainRows(layers: readonly DenseLayer[], rows: Rows, loss: OutputLoss, rate: number, tally: Tally): void {
  const depth = layers.length;
  const last = layers[depth - 1]!;
  const width = last.nbOfNeurons;
  const scale = loss.scaleFor(width);
  const { inputs, targets, labels } = rows;
  const outputActivation = last.layerActivation; // read once: the check below runs per example
  for (let l = 0; l < depth; l++) layers[l]!.count = 1;
  for (let row = rows.offset; row < rows.offset + rows.count; row++) {
    // Forward (`forward`): oⱼ = fⱼ(Σᵢ xᵢ·wⱼᵢ + bⱼ), summed from 0 in input order.
    let x = inputs;
    let xAt = row * layers[0]!.nbOfInputs;
    for (let l = 0; l < depth; l++) {
      const layer = layers[l]!;
      const { nbOfInputs: k, nbOfNeurons: n, parameters: p, activations, outputs } = layer;
      // Stryker disable next-line ConditionalExpression: `true` sends every layer through `forward`, which sums and activates as the two branches below do, bit for bit; `false`, which drops the softmax and which the softmax tests kill, is turned off with it
      if (layer.layerActivation !== undefined) {
        forward(layer, x, l === 0 ? row : 0, 1);
      } else {
        // Stryker disable next-line ConditionalExpression,EqualityOperator: the loop below and weightedSums sum in the same order from 0, bit for bit (test/core/dense-batch.test.ts checks both against a hand loop for 1…17 neurons), so moving a layer from one to the other changes no bit
        if (n < KERNEL_WIDTH) {
          // `weightedSums`' own loop and the neurons' activations, written out.
          for (let j = 0; j < n; j++) {
            const at = j * (k + 1);
            let z = 0;
            for (let i = 0; i < k; i++) z += x[xAt + i]! * p[at + i]!;
            outputs[j] = activations[j]!.eval(z + p[at + k]!);
          }
        } else {
          weightedSums(layer, x, xAt, 1, outputs);
          for (let j = 0; j < n; j++) outputs[j] = activations[j]!.eval(outputs[j]! + p[j * (k + 1) + k]!);
        }
      }
      x = outputs;
      xAt = 0;
    }
    // The loss; the output layer's δ = error · f′(o), error = −∂L/∂o (`setErrorsFromLossGradient`, `adjustDeltas`),
    // or, with a layer activation, `setLayerOutputDeltas`.
    let sum = 0;
    if (outputActivation === undefined) {
      for (let j = 0; j < width; j++) {
        const o = last.outputs[j]!;
        const t = targets[row * width + j]!;
        sum += loss.term(o, t);
        last.deltas[j] = -(loss.termGradient(o, t) * scale) * last.activations[j]!.derivative(o);
      }
    } else {
      sum = layerOutputLoss(last, loss, targets, row * width);
      setLayerOutputDeltas(last, loss, targets, row * width, 0, scale);
    }
    if (labels !== undefined && predictedClass(last.outputs, 0, width) === labels[row]) tally.correct++;
    // Hidden δs from the errors Σⱼ δⱼ·wⱼᵢ of the layer after, its weights as in the forward pass (`propagateErrors`).
    for (let l = depth - 2; l >= 0; l--) {
      const layer = layers[l]!;
      const { nbOfNeurons: n, activations, outputs, deltas } = layer;
      const { nbOfNeurons: next, parameters: w, deltas: nextDeltas } = layers[l + 1]!;
      if (layer.layerActivation === undefined) {
        for (let i = 0; i < n; i++) {
          let error = 0;
          for (let j = 0; j < next; j++) error += nextDeltas[j]! * w[j * (n + 1) + i]!;
          deltas[i] = error * activations[i]!.derivative(outputs[i]!);
        }
      } else {
        layerHiddenDeltas(layer, layers[l + 1]!);
      }
    }
    // The update (`updateLayers`): wⱼᵢ += rate·(δⱼ·xᵢ), bⱼ += rate·δⱼ.
    for (let l = 0; l < depth; l++) {
      const { nbOfInputs: k, nbOfNeurons: n, parameters: p, deltas } = layers[l]!;
      const input = l === 0 ? inputs : layers[l - 1]!.outputs;
      const inputAt = l === 0 ? row * k : 0;
      // Stryker disable next-line EqualityOperator: `<=` also updates a neuron n past the last, whose parameters would lie past the array's end: writes there are no-ops; the `>=` variant, which the tests kill, is turned off with it
      for (let j = 0; j < n; j++) {
        const at = j * (k + 1);
        const delta = deltas[j]!;
        for (let i = 0; i < k; i++) p[at + i] = p[at + i]! + rate * (delta * input[inputAt + i]!);
        p[at + k] = p[at + k]! + rate * delta;
      }
    }
    tally.loss += sum * scale;
  }
}

// `trainOnline`'s steps for layers with a layer activation (softmax), out of
// line: the book's sigmoid networks never call them, so the JIT does not
// compile them into the step (docs/design.md, "Fast paths").

/** The sum of the loss's terms over the output layer's one example (targets at `targetAt`), before the loss's scale. */
function layerOutputLoss(last: DenseLayer, loss: OutputLoss, targets: Float64Array, targetAt: number): number {
  let sum = 0;
  for (let j = 0; j < last.nbOfNeurons; j++) sum += loss.term(last.outputs[j]!, targets[targetAt + j]!);
  return sum;
}

/** A hidden layer's δs with a layer activation: the errors Σⱼ δⱼ·wⱼᵢ first, then the activation's δ from them, in place. */
function layerHiddenDeltas(layer: DenseLayer, after: DenseLayer): void {
  const { nbOfNeurons: n, outputs, deltas, layerActivation } = layer;
  const { nbOfNeurons: next, parameters: w, deltas: nextDeltas } = after;
  // Stryker disable next-line EqualityOperator: `<=` also writes deltas[n], past this example's n δs, which are all that deltasFromErrors and the update read (the general path writes every row before reading it); the other variants, which the tests kill, are turned off with it
  for (let i = 0; i < n; i++) {
    let error = 0;
    for (let j = 0; j < next; j++) error += nextDeltas[j]! * w[j * (n + 1) + i]!;
    deltas[i] = error;
  }
  layerActivation!.deltasFromErrors(outputs, deltas, deltas, 0, n);
}

/** Keeps every layer's parameters in its `saved`, for `restoreEveryLayer`. */
function saveEveryLayer(layers: readonly DenseLayer[]): void {
  for (let l = 0; l < layers.length; l++) layers[l]!.saved.set(layers[l]!.parameters);
}

/** Puts back every layer's parameters from its `saved`. */
function restoreEveryLayer(layers: readonly DenseLayer[]): void {
  for (let l = 0; l < layers.length; l++) restoreParameters(layers[l]!);
}

/** Whether no parameter of any layer is ±∞ or NaN. */
function everyParameterIsFinite(layers: readonly DenseLayer[]): boolean {
  // Stryker disable next-line ConditionalExpression: `false` (a non-finite parameter everywhere) sends every call to the replay, the same steps; the variants that accept non-finite parameters, which the refusal tests kill, are turned off with it
  for (let l = 0; l < layers.length; l++) if (indexOfNonFinite(layers[l]!.parameters) >= 0) return false;
  return true;
}
