// NNetwork keeps its layers' numbers for the passes (forward, the trainers'
// batches) in a cache: whatever changes the layers — configure again with the
// same depth, a layer added or removed after a pass — the next pass uses the
// layers the network has now. And a network built by hand starts with no history.
import { describe, expect, it } from 'vitest';
import { IdentityAF, indexOfMax, NNetwork, NeuronLayer, Random } from '../../src/index.js';

const X = [0.3, 0.7];

/** A layer of `n` sigmoid neurons of `k` weights each, drawn from `new Random(seed)`. */
function layer(n: number, k: number, seed: number): NeuronLayer {
  return new NeuronLayer().initializeNbOfNeurons(n, k, new Random(seed));
}

describe('the passes follow the layers the network has now', () => {
  it('configure again, same depth, other weights: forward uses the new ones', () => {
    const net = new NNetwork().configure(2, 3, 2);
    const before = Array.from(net.forward(X));
    net.configure(2, 3, 2, { random: new Random(7) });
    const fresh = new NNetwork().configure(2, 3, 2, { random: new Random(7) });
    expect(Array.from(net.forward(X))).toEqual(Array.from(fresh.forward(X)));
    expect(Array.from(net.forward(X))).not.toEqual(before);
  });

  it('a layer added after a pass takes part in the next one', () => {
    const first = layer(3, 2, 1);
    const second = layer(2, 3, 2);
    const net = new NNetwork().addLayer(first);
    expect(Array.from(net.forward(X))).toHaveLength(3);
    net.addLayer(second);
    const builtWithBoth = new NNetwork().addLayer(first).addLayer(second);
    expect(Array.from(net.forward(X))).toEqual(Array.from(builtWithBoth.forward(X)));
    expect(Array.from(net.forward(X))).toEqual(net.feed(X));
  });

  it('the last layer removed by hand after a pass: the next pass stops at the new last layer', () => {
    const first = layer(3, 2, 1);
    const net = new NNetwork().addLayer(first).addLayer(layer(2, 3, 2));
    expect(Array.from(net.forward(X))).toHaveLength(2);
    net.layers.pop();
    first.nextLayer = undefined;
    const alone = new NNetwork().addLayer(first);
    expect(Array.from(net.forward(X))).toEqual(Array.from(alone.forward(X)));
    expect(Array.from(net.forward(X))).toEqual(net.feed(X));
  });
});

describe('a network built with addLayer', () => {
  it('has no history until it trains, then one entry per epoch', () => {
    const net = new NNetwork();
    expect([net.errors, net.precisions]).toEqual([[], []]);
    // One identity neuron y = 0.5·x + 0.25; the row x = 2 of class 0 (target [1]) gives y = 1.25:
    // squared error (1 − 1.25)² = 0.0625, and the one output is the largest, so class 0: precision 1.
    const neuron = new NeuronLayer().initializeNbOfNeurons(1, 1, new Random(42), new IdentityAF());
    neuron.neurons[0]!.weights = [0.5];
    neuron.neurons[0]!.bias = 0.25;
    net.addLayer(neuron).trainEpochsWithoutNormalization([[2, 0]], 1);
    expect([net.errors, net.precisions]).toEqual([[0.0625], [1]]);
  });
});

describe('indexOfMax', () => {
  it('reads only the first `length` values of an array-like', () => {
    expect(indexOfMax({ length: 2, 0: 1, 1: 2, 2: 9 })).toBe(1);
  });
});
