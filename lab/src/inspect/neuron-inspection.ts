// "Click a neuron": what one neuron of a network holds, and the update the next
// step of the book's `train(x, d)` will make to it. All of it is read from the
// library's own objects (the `Neuron` views of the network's layers); the only
// arithmetic here is the step's update, Δw = rate·(δ·x) and Δb = rate·δ, which
// the book's `adjustWeightWithInput` and `adjustBias` are about to apply, and z.
//
// The one module the page calls for this, so that it can move to the library's
// step tracer when that exists.
import type { NNetwork } from '../../../src/index.js';

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
  /** z = Σ wᵢ·xᵢ + b, summed in input order, then the bias, as the library does. */
  z: number;
  /** f(z), as the forward pass left it in the neuron. */
  output: number;
  /** δ = error · f′(output), as the backward pass left it. */
  delta: number;
  /** Δwᵢ = rate·(δ·xᵢ): what the step adds to each weight. */
  weightUpdates: number[];
  /** Δb = rate·δ. */
  biasUpdate: number;
}

/**
 * Feeds `inputs` through `network` and propagates the error towards `desired`
 * back (the first half of the book's `train(x, d)`: outputs and deltas change,
 * no weight does), then reads neuron `neuron` of layer `layer`.
 */
export function inspectNeuron(network: NNetwork, layer: number, neuron: number, inputs: readonly number[], desired: readonly number[]): NeuronInspection {
  network.feed(inputs);
  network.backwardPropagateError(desired);
  const view = network.layers[layer]!.neurons[neuron]!;
  const read = layer === 0 ? [...inputs] : network.layers[layer - 1]!.neurons.map((n) => n.output);
  const weights = [...view.weights];
  const { bias, learningRate, output, delta } = view;
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += read[i]! * weights[i]!;
  return {
    layer,
    neuron,
    activation: view.activationFunction.name,
    learningRate,
    weights,
    bias,
    inputs: read,
    z: sum + bias,
    output,
    delta,
    weightUpdates: read.map((x) => learningRate * (delta * x)),
    biasUpdate: learningRate * delta,
  };
}
