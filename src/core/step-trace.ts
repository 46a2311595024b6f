/**
 * Every number of one of the book's training steps, `network.train(inputs,
 * desired)`, without taking it: per layer, the inputs; per neuron, its weights
 * and bias, z = w·x + b, the output, the error, δ, and each weight's and the
 * bias's change, then their new values. For teaching ("click a neuron") and for
 * checking a hand computation.
 *
 * The step is computed by the engine's own functions (src/core/dense.ts) on a
 * copy of the network's layers, so the numbers are what `train` then does, to
 * the last bit, and the network is not changed.
 */
import { DivergenceError } from '../errors.js';
import { formatNumber } from '../util/number-format.js';
import { checkVector } from '../util/validate.js';
import { backpropagate, change, DenseLayer, forward, setErrorsToward, updateLayers, weightedSums } from './dense.js';
import type { NNetwork } from './nnetwork.js';

/** One neuron's part in the step. */
export interface NeuronStep {
  /** Its place in the layer, from 0 (`layer.neurons[neuron]`). */
  neuron: number;
  weights: number[];
  bias: number;
  /** z = Σᵢ wᵢ·xᵢ + b. */
  z: number;
  /** f(z); with a layer activation (softmax), the layer's output for this neuron. */
  output: number;
  /** How much the output should grow: desired − output at the output layer, Σₖ wₖ·δₖ over the next layer before it. */
  error: number;
  /** δ = error · f′(output) (with a layer activation, its δ from the errors). */
  delta: number;
  learningRate: number;
  /** learningRate · (δ · xᵢ) for each weight. */
  weightChanges: number[];
  /** learningRate · δ. */
  biasChange: number;
  /** The weights after the step: weights + weightChanges. */
  newWeights: number[];
  newBias: number;
}

/** One layer's part in the step. */
export interface LayerStep {
  /** Its place in the network, from 0 (`network.layers[layer]`). */
  layer: number;
  /** The name of its activation: the layer's own (softmax) or its first neuron's. */
  activation: string;
  /** What the layer read: the network's inputs, or the outputs of the layer before. */
  inputs: number[];
  neurons: NeuronStep[];
}

/** Every number of one book-style training step, as plain arrays (JSON as it is). */
export interface StepTrace {
  inputs: number[];
  desired: number[];
  /** The network's outputs before the step. */
  outputs: number[];
  layers: LayerStep[];
}

/**
 * The numbers of `network.train(inputs, desired)`, computed on a copy of its
 * layers: the network is not changed.
 * @throws InputSizeError or NonFiniteValueError for inputs or desired outputs
 *   that `train` would refuse; DivergenceError when the step would make a
 *   parameter NaN or infinite (as `train` would throw).
 */
export function trace(network: NNetwork, inputs: ArrayLike<number>, desired: ArrayLike<number>): StepTrace {
  checkVector('network inputs', inputs, network.numberOfInputs());
  checkVector('desired outputs', desired, network.numberOfOutputs());
  const layers = network.layers.map((layer) => copyOf(layer.dense));
  const x = Float64Array.from(inputs);
  const layerInputs: Float64Array[] = [];
  const sums: Float64Array[] = [];
  let current = x;
  for (const layer of layers) {
    layerInputs.push(current);
    sums.push(weightedSumsWithBias(layer, current));
    current = Float64Array.from(forward(layer, current, 0, 1));
  }
  const before = layers.map((layer) => Float64Array.from(layer.parameters));
  setErrorsToward(layers.at(-1)!, Float64Array.from(desired), 0);
  backpropagate(layers);
  if (!updateLayers(layers, x, 0)) {
    throw new DivergenceError(undefined, network.learningRate, Number.NaN, 'the traced step');
  }
  return {
    inputs: Array.from(x),
    desired: Array.from(desired),
    outputs: Array.from(current),
    layers: layers.map((layer, l) => layerStep(layer, l, layerInputs[l]!, sums[l]!, before[l]!)),
  };
}

/** A separate `DenseLayer` with the same numbers, activations and learning rates. */
function copyOf(layer: DenseLayer): DenseLayer {
  const copy = new DenseLayer(layer.nbOfInputs, layer.nbOfNeurons, layer.activations[0]!, 0);
  copy.parameters.set(layer.parameters);
  copy.activations.splice(0, copy.activations.length, ...layer.activations);
  copy.learningRates.set(layer.learningRates);
  copy.layerActivation = layer.layerActivation;
  return copy;
}

/** z = Σᵢ wᵢ·xᵢ + b for every neuron, summed as `forward` sums them. */
function weightedSumsWithBias(layer: DenseLayer, inputs: Float64Array): Float64Array {
  const z = new Float64Array(layer.nbOfNeurons);
  weightedSums(layer, inputs, 0, 1, z);
  // Stryker disable next-line EqualityOperator: `<=` adds j = z.length, which reads past the parameters (undefined, so NaN) and writes past the end of z (a no-op on a typed array); the `>=` variant, which step-trace.test.ts kills, is turned off with it
  for (let j = 0; j < z.length; j++) z[j] = z[j]! + layer.parameters[layer.rowOf(j) + layer.nbOfInputs]!;
  return z;
}

function layerStep(layer: DenseLayer, l: number, inputs: Float64Array, z: Float64Array, before: Float64Array): LayerStep {
  const k = layer.nbOfInputs;
  const neurons = Array.from({ length: layer.nbOfNeurons }, (_, j): NeuronStep => {
    const at = layer.rowOf(j);
    const delta = layer.deltas[j]!;
    const rate = layer.learningRates[j]!;
    return {
      neuron: j,
      weights: Array.from(before.subarray(at, at + k)),
      bias: before[at + k]!,
      z: z[j]!,
      output: layer.outputs[j]!,
      error: layer.errors[j]!,
      delta,
      learningRate: rate,
      weightChanges: Array.from(inputs, (input) => change(rate, delta, input)),
      biasChange: change(rate, delta, 1),
      newWeights: Array.from(layer.parameters.subarray(at, at + k)),
      newBias: layer.parameters[at + k]!,
    };
  });
  return { layer: l, activation: (layer.layerActivation ?? layer.activations[0]!).name, inputs: Array.from(inputs), neurons };
}

/** Significant digits in `formatStepTrace`'s table (the JSON has every digit). */
const TABLE_DIGITS = 6;

/**
 * The trace as a text table: one block per layer (its activation and inputs),
 * one row per neuron — weights, bias, z, output, error, δ, Δw, Δb — numbers to
 * 6 significant digits in the figures' format. `JSON.stringify(trace)` gives every digit.
 */
export function formatStepTrace(step: StepTrace): string {
  const list = (values: readonly number[]) => `(${values.map(format).join(', ')})`;
  const lines = [`train(${list(step.inputs)}, ${list(step.desired)}): outputs before the step ${list(step.outputs)}`];
  for (const layer of step.layers) {
    lines.push('', `layer ${layer.layer + 1} (${layer.activation}), inputs ${list(layer.inputs)}`);
    const header = ['neuron', 'weights', 'bias', 'z', 'output', 'error', 'δ', 'Δweights', 'Δbias'];
    const rows = layer.neurons.map((n) => [
      String(n.neuron + 1),
      list(n.weights),
      format(n.bias),
      format(n.z),
      format(n.output),
      format(n.error),
      format(n.delta),
      list(n.weightChanges),
      format(n.biasChange),
    ]);
    lines.push(...table([header, ...rows]));
  }
  return `${lines.join('\n')}\n`;
}

function format(value: number): string {
  return formatNumber(value, TABLE_DIGITS);
}

/** Rows of cells as Markdown-style table lines, columns padded to their widest cell. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => [...row[c]!].length)));
  const line = (row: readonly string[]) => `| ${row.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)];
}
