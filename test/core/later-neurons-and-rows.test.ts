// A dense layer keeps every neuron's numbers in one buffer, a row per example and a
// parameter row per neuron (src/core/dense.ts). The book's one-neuron steps on a neuron
// after the first must read and write that neuron's row, and after a batch a neuron
// shows the batch's last example.
import { describe, expect, it } from 'vitest';
import { IdentityAF, NNetwork, type Neuron } from '../../src/index.js';

/** A 2-2-2 identity network, its parameters set by hand (rows: neuron 0 then neuron 1, weights then bias). */
function network(): NNetwork {
  const net = new NNetwork().configure(2, 2, 2, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
  net.parameters()[0]!.set([1, 0.5, -0.5, 0.5, -0.25, 0.125]);
  net.parameters()[1]!.set([0.25, 1, 0, -1, 2, 0.5]);
  return net;
}

/** The first layer's second neuron: weights (0.5, −0.25), bias 0.125. */
function secondNeuron(net: NNetwork): Neuron {
  return net.layers[0]!.neurons[1]!;
}

describe('the book’s one-neuron steps on the second neuron of a layer', () => {
  it('feed returns o = w·x + b = 0.5·2 − 0.25·4 + 0.125 and the neuron shows it as its output', () => {
    const neuron = secondNeuron(network());
    expect(neuron.feed([2, 4])).toBe(0.125);
    expect(neuron.output).toBe(0.125);
  });

  it('train moves its own weights and bias (δ = 1.125 − 0.125 = 1, rate 0.5: w += 0.5·x, b += 0.5) and no other neuron’s', () => {
    const net = network();
    const neuron = secondNeuron(net);
    neuron.learningRate = 0.5;
    neuron.train([2, 4], 1.125);
    expect(neuron.delta).toBe(1);
    expect(Array.from(neuron.weights)).toEqual([0.5 + 0.5 * 2, -0.25 + 0.5 * 4]);
    expect(neuron.bias).toBe(0.125 + 0.5);
    expect(Array.from(net.parameters()[0]!)).toEqual([1, 0.5, -0.5, 1.5, 1.75, 0.625]);
  });
});

describe('after a batch, each neuron shows the batch’s last example', () => {
  it('forwardBatch over three rows: the output neurons show row 2’s outputs, which feed on that row alone gives', () => {
    const net = network();
    const inputs = Float64Array.from([1, 0, 0, 1, 2, -1]);
    const outputs = net.forwardBatch({ inputs, offset: 0, count: 3 });
    // Row 2, x = (2, −1): h = (1·2 + 0.5·−1 − 0.5, 0.5·2 − 0.25·−1 + 0.125) = (1, 1.375);
    // o = (0.25·1 + 1·1.375 + 0, −1·1 + 2·1.375 + 0.5) = (1.625, 2.25).
    expect(Array.from(outputs.subarray(4, 6))).toEqual([1.625, 2.25]);
    expect(net.layers[1]!.neurons.map((neuron) => neuron.output)).toEqual([1.625, 2.25]);
    expect(net.layers[0]!.neurons.map((neuron) => neuron.output)).toEqual([1, 1.375]);
    expect(Array.from(network().feed([2, -1]))).toEqual([1.625, 2.25]);
  });
});
