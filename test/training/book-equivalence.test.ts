// The trainers are the book's learning rule: SGD with batch 1, in order, the half
// squared error and the network's learning rate gives the weights the book's
// per-example `train(inputs, desiredOutputs)` loop gives.
import { describe, expect, it } from 'vitest';
import { HalfSquaredError, NNetwork, Normalization, oneHot, StochasticGradientDescentTrainer } from '../../src/index.js';

const xorRows = [
  [0, 0, 0],
  [0, 1, 1],
  [1, 0, 1],
  [1, 1, 0],
];

function maxParameterDifference(a: NNetwork, b: NNetwork): number {
  let max = 0;
  a.layers.forEach((layer, l) => {
    const other = b.layers[l]!.parameters();
    layer.parameters().forEach((v, i) => (max = Math.max(max, Math.abs(v - other[i]!))));
  });
  return max;
}

describe('SGD(batch 1, half squared error) = the book’s train loop', () => {
  it('2-3-2 XOR, 500 epochs at 0.1: weight for weight to 1e−12', () => {
    const book = new NNetwork().configure(2, 3, 2);
    const ours = new NNetwork().configure(2, 3, 2);
    const inputs = xorRows.map((r) => r.slice(0, 2));
    const targets = xorRows.map((r) => oneHot(r[2]!, 2));
    for (let epoch = 0; epoch < 500; epoch++) inputs.forEach((x, i) => book.train(x, targets[i]!));
    new StochasticGradientDescentTrainer().train(
      ours,
      { inputs, targets },
      { epochs: 500, learningRate: 0.1, batchSize: 1, loss: new HalfSquaredError() },
    );
    expect(maxParameterDifference(book, ours)).toBeLessThan(1e-12);
    expect(maxParameterDifference(book, new NNetwork().configure(2, 3, 2))).toBeGreaterThan(0.1);
  });

  it('trainEpochs fills errors and precisions as the book computes them', () => {
    const book = new NNetwork().configure(2, 3, 2);
    const rows = new Normalization().normalizeData(xorRows);
    const errors: number[] = [];
    const precisions: number[] = [];
    for (let epoch = 0; epoch < 300; epoch++) {
      let sumError = 0;
      let good = 0;
      for (const row of rows) {
        const x = row.slice(0, 2);
        const t = oneHot(row[2]!, 2);
        const out = book.feed(x);
        if (book.predict(x) === row[2]) good++;
        sumError += out.reduce((s, o, i) => s + (t[i]! - o) ** 2, 0);
        book.train(x, t);
      }
      errors.push(sumError);
      precisions.push(good / rows.length);
    }
    const ours = new NNetwork().configure(2, 3, 2);
    ours.trainEpochs(xorRows, 300);
    expect(ours.errors).toHaveLength(300);
    ours.errors.forEach((e, i) => expect(e).toBeCloseTo(errors[i]!, 12));
    expect(ours.precisions).toEqual(precisions);
    expect(maxParameterDifference(book, ours)).toBeLessThan(1e-12);
    expect(ours.normalization?.min).toEqual([0, 0]);
  });

  it('XOR 2-3-2 with trainEpochs 10000 (chapter 6): error near 0, precision 1', () => {
    const net = new NNetwork().configure(2, 3, 2);
    net.trainEpochs(xorRows, 10000);
    expect(net.errors.at(-1)!).toBeLessThan(0.05);
    expect(net.precisions.at(-1)).toBe(1);
  });
});
