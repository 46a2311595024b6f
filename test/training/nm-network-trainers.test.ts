// NMNetwork meets the trainers' contract: the gradient-descent trainer with the
// summed binary cross-entropy takes the steps of the network's own full-batch
// training (the book's δ = A − Y), and the other trainers train it too.
import { describe, expect, it } from 'vitest';
import {
  CrossEntropyCost,
  GradientDescentTrainer,
  MeanSquaredError,
  NMNetwork,
  oneHot,
  StochasticGradientDescentTrainer,
  SummedBinaryCrossEntropy,
} from '../../src/index.js';
import { XOR_ROWS } from '../helpers.js';

const XOR = XOR_ROWS;
const data = { inputs: XOR.map((row) => row.slice(0, 2)), targets: XOR.map((row) => oneHot(row[2]!, 2)), labels: XOR.map((row) => row[2]!) };

function largestRelativeDifference(a: NMNetwork, b: NMNetwork): number {
  let largest = 0;
  a.parameters().forEach((p, k) => p.forEach((v, i) => (largest = Math.max(largest, Math.abs(v - b.parameters()[k]![i]!) / Math.max(Math.abs(v), 1e-3)))));
  return largest;
}

describe('GradientDescentTrainer on NMNetwork', () => {
  it('with the summed binary cross-entropy, 5000 epochs give trainEpochs’s weights (to 1e−12), and the same costs', () => {
    const own = new NMNetwork().configure(2, 3, 2);
    own.cost = new CrossEntropyCost(); // the same steps as the book's pairing; the cost the trainer reports
    own.trainEpochs(XOR, 5000);

    const trained = new NMNetwork().configure(2, 3, 2);
    const history = new GradientDescentTrainer().train(trained, data, { epochs: 5000, learningRate: 0.1, loss: new SummedBinaryCrossEntropy() });

    expect(largestRelativeDifference(own, trained)).toBeLessThan(1e-12);
    expect(largestRelativeDifference(own, new NMNetwork().configure(2, 3, 2))).toBeGreaterThan(0.5);
    // The trainer records the mean loss after each update; the network its summed cost before each update.
    for (const epoch of [1, 10, 4999]) expect(history.loss[epoch - 1]! * XOR.length).toBeCloseTo(own.errors[epoch]!, 10);
    expect(history.accuracy.at(-1)).toBe(1); // N38's network, trained by the trainer
  });

  it('another loss gives other weights: the contract carries whatever gradient the trainer asks for', () => {
    const own = new NMNetwork().configure(2, 3, 2);
    own.trainEpochs(XOR, 200);
    const trained = new NMNetwork().configure(2, 3, 2);
    new GradientDescentTrainer().train(trained, data, { epochs: 200, learningRate: 0.1, loss: new MeanSquaredError() });
    expect(largestRelativeDifference(own, trained)).toBeGreaterThan(1e-3);
  });
});

describe('StochasticGradientDescentTrainer on NMNetwork', () => {
  it('mini-batches of 2 and online steps lower the loss', () => {
    for (const batchSize of [1, 2]) {
      const net = new NMNetwork().configure(2, 3, 2);
      const history = new StochasticGradientDescentTrainer().train(net, data, { epochs: 3000, learningRate: 0.5, batchSize, loss: new SummedBinaryCrossEntropy() });
      expect(history.loss.at(-1)!).toBeLessThan(history.loss[0]! / 2);
    }
  });
});
