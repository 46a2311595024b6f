// One delta-rule step, one backward pass and one weight update on a 2-2-1
// network, checked against arithmetic written out here.
import { describe, expect, it } from 'vitest';
import { Neuron, NNetwork } from '../../src/index.js';

const sig = (z: number): number => 1 / (1 + Math.exp(-z));

/** h1: w=(0.5,−0.5) b=0; h2: w=(1,1) b=−1; out: w=(1,−1) b=0.5. */
function handMadeNetwork(): NNetwork {
  const net = new NNetwork().configure(2, 2, 1);
  const [h1, h2] = net.layers[0]!.neurons;
  const [out] = net.layers[1]!.neurons;
  h1!.weights = [0.5, -0.5];
  h1!.bias = 0;
  h2!.weights = [1, 1];
  h2!.bias = -1;
  out!.weights = [1, -1];
  out!.bias = 0.5;
  return net;
}

describe('adjustDeltaWith', () => {
  it('delta = error · o(1 − o) for a sigmoid neuron', () => {
    const neuron = new Neuron();
    neuron.weights = [2];
    neuron.bias = -1;
    const o = neuron.feed([1]); // z = 1
    expect(o).toBe(sig(1));
    neuron.adjustDeltaWith(0.3);
    expect(neuron.delta).toBe(0.3 * (sig(1) * (1 - sig(1)))); // error · f′(o), f′(o) = o(1 − o)
  });

  it('adjustWeightWithInput and adjustBias move by lr·delta·x and lr·delta', () => {
    const neuron = new Neuron();
    neuron.weights = [2, -1];
    neuron.bias = 0.5;
    neuron.learningRate = 0.5;
    neuron.feed([1, 1]);
    neuron.adjustDeltaWith(1);
    const delta = neuron.delta;
    neuron.adjustWeightWithInput([1, 3]);
    neuron.adjustBias();
    expect(Array.from(neuron.weights)).toEqual([2 + 0.5 * delta * 1, -1 + 0.5 * delta * 3]);
    expect(neuron.bias).toBe(0.5 + 0.5 * delta);
  });
});

describe('one backpropagation step on a 2-2-1 network, inputs (1, 0), target 1', () => {
  const oH1 = sig(0.5);
  const oH2 = sig(0); // 0.5
  const o = sig(oH1 * 1 + oH2 * -1 + 0.5);
  // As the library computes them (bit for bit): δ = error · (o(1 − o)), error_h = Σ δ_out · w_out, w + lr·(δ·x).
  const deltaOut = (1 - o) * (o * (1 - o));
  const deltaH1 = deltaOut * 1 * (oH1 * (1 - oH1));
  const deltaH2 = deltaOut * -1 * (oH2 * (1 - oH2));

  it('feed', () => {
    expect(handMadeNetwork().feed([1, 0])[0]).toBe(o);
  });

  it('backwardPropagateError sets the output delta, then the hidden deltas from the old weights', () => {
    const net = handMadeNetwork();
    net.feed([1, 0]);
    net.backwardPropagateError([1]);
    expect(net.layers[1]!.neurons[0]!.delta).toBe(deltaOut);
    expect(net.layers[0]!.neurons[0]!.delta).toBe(deltaH1);
    expect(net.layers[0]!.neurons[1]!.delta).toBe(deltaH2);
  });

  it('updateWeight moves every weight by 0.1·delta·input and every bias by 0.1·delta', () => {
    const net = handMadeNetwork();
    net.train([1, 0], [1]);
    const [h1, h2] = net.layers[0]!.neurons;
    const [out] = net.layers[1]!.neurons;
    expect(h1!.weights[0]).toBe(0.5 + 0.1 * (deltaH1 * 1));
    expect(h1!.weights[1]).toBe(-0.5); // input 0: unchanged
    expect(h1!.bias).toBe(0 + 0.1 * deltaH1);
    expect(h2!.weights[0]).toBe(1 + 0.1 * (deltaH2 * 1));
    expect(h2!.bias).toBe(-1 + 0.1 * deltaH2);
    expect(out!.weights[0]).toBe(1 + 0.1 * (deltaOut * oH1));
    expect(out!.weights[1]).toBe(-1 + 0.1 * (deltaOut * oH2));
    expect(out!.bias).toBe(0.5 + 0.1 * deltaOut);
  });
});
