// "Click a neuron": what one neuron of a network holds, and the update the next
// step of the book's `train(x, d)` will make to it. Every number comes from the
// library's step tracer (`trace`), which computes the step with the engine's own
// functions on a copy of the layers: the page shows what `train` then does, to
// the last bit, and the network does not move.
import { trace, type NNetwork } from '../../../src/index.js';

/** One neuron, on the way to its next update. */
export interface NeuronInspection {
  /** Which layer (0 is the first layer of neurons) and which neuron of it (from 0). */
  layer: number;
  neuron: number;
  /** The activation's name ('sigmoid', 'tanh', …). */
  activation: string;
  learningRate: number;
  weights: number[];
  bias: number;
  /** What the neuron reads: the example's inputs, or the previous layer's outputs. */
  inputs: number[];
  /** z = Σ wᵢ·xᵢ + b. */
  z: number;
  /** f(z). */
  output: number;
  /** δ = error · f′(output). */
  delta: number;
  /** Δwᵢ = rate·(δ·xᵢ): what the step adds to each weight. */
  weightUpdates: number[];
  /** Δb = rate·δ. */
  biasUpdate: number;
}

/**
 * Neuron `neuron` of layer `layer` in the step `network.train(inputs, desired)`
 * would take, read from the library's tracer without taking the step.
 */
export function inspectNeuron(network: NNetwork, layer: number, neuron: number, inputs: readonly number[], desired: readonly number[]): NeuronInspection {
  const step = trace(network, inputs, desired).layers[layer]!;
  const seen = step.neurons[neuron]!;
  return {
    layer,
    neuron,
    activation: step.activation,
    learningRate: seen.learningRate,
    weights: seen.weights,
    bias: seen.bias,
    inputs: step.inputs,
    z: seen.z,
    output: seen.output,
    delta: seen.delta,
    weightUpdates: seen.weightChanges,
    biasUpdate: seen.biasChange,
  };
}
