// A trainer's batched pass leaves the output layer's buffer longer than one
// row; reading the network afterwards (forward, predict, feed) must see one
// row, its own. Before the fix, predict took the largest of all the buffer's
// values and could answer a class the network does not have.
import { describe, expect, it } from 'vitest';
import { GradientDescentTrainer, NNetwork, StochasticGradientDescentTrainer } from '../../src/index.js';
import { XOR_ONE_HOT } from '../helpers.js';

const ROWS = [[0.1, 0.9], [0.8, 0.2], [0.5, 0.5], [0.9, 0.9], [0.2, 0.1], [0.7, 0.6], [0.3, 0.8]];
const network = () => new NNetwork().configure(2, 4, 3);

describe('a network read after a batched pass', () => {
  it('forward gives one row of outputs and predict one of its classes, as on a network that never saw a batch', () => {
    const trained = network();
    const fresh = network();
    // A pass over seven rows grows the output layer's buffer to 7 × 3 values.
    trained.forwardBatch({ inputs: Float64Array.from(ROWS.flat()), offset: 0, count: ROWS.length });
    for (const row of ROWS) {
      expect(Array.from(trained.forward(row))).toEqual(Array.from(fresh.forward(row)));
      expect(trained.predict(row)).toBe(fresh.predict(row));
      expect(trained.feed(row)).toEqual(fresh.feed(row));
    }
    expect(trained.forward(ROWS[0]!)).toHaveLength(3);
  });
});

describe('predict after a trainer', () => {
  it('gradient descent on XOR, then predict: a class of the network, the one its outputs say', () => {
    const net = new NNetwork().configure(2, 3, 2);
    new GradientDescentTrainer().train(net, XOR_ONE_HOT, { epochs: 5, learningRate: 0.5 });
    for (const row of XOR_ONE_HOT.inputs) {
      const outputs = net.feed(row);
      expect(net.predict(row)).toBe(outputs[1]! > outputs[0]! ? 1 : 0);
    }
  });
});

describe('online training after a batched pass', () => {
  it('each neuron shows its own output for the last example trained, not a row the batch left', () => {
    const net = network();
    const fresh = network();
    // The one example trained, [0.9, 0.9], is fed with the starting weights: its outputs are the fresh network's.
    fresh.feed([0.9, 0.9]);
    const expected = fresh.layers.map((layer) => layer.neurons.map((neuron) => neuron.output));
    // Seven rows in the buffers; the last of them, [0.3, 0.8], is not the example trained.
    net.forwardBatch({ inputs: Float64Array.from(ROWS.flat()), offset: 0, count: ROWS.length });
    new StochasticGradientDescentTrainer().train(net, { inputs: [[0.9, 0.9]], targets: [[0, 1, 0]] }, { epochs: 1, learningRate: 0.5, batchSize: 1 });
    expect(net.layers.map((layer) => layer.neurons.map((neuron) => neuron.output))).toEqual(expected);
    expect(expected[1]).not.toEqual(fresh.feed(ROWS.at(-1)!));
  });
});
