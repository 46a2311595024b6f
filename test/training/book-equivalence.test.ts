// The trainers are the book's learning rule: SGD with batch 1, in order, the half
// squared error and the network's learning rate gives the weights the book's
// per-example `train(inputs, desiredOutputs)` loop gives.
import { describe, expect, it } from 'vitest';
import {
  EmptyDataError,
  HalfSquaredError,
  NNetwork,
  NonFiniteValueError,
  Normalization,
  oneHot,
  RaggedDataError,
  StochasticGradientDescentTrainer,
} from '../../src/index.js';
import { XOR_ROWS } from '../helpers.js';

const xorRows = XOR_ROWS;

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

  it('XOR 2-3-2 with trainEpochs 10000 (chapter 5): error near 0, precision 1', () => {
    const net = new NNetwork().configure(2, 3, 2);
    net.trainEpochs(xorRows, 10000);
    expect(net.errors.at(-1)!).toBeLessThan(0.05);
    expect(net.precisions.at(-1)).toBe(1);
  });
});

describe("trainEpochsWithoutNormalization: the chapter's first train:nbEpochs:", () => {
  // Raw rows far from [0, 1]: normalising would change them.
  const scaledRows = [
    [0, 0, 0, 0],
    [0, 1000, 1, 1],
    [0.1, 0, 1, 2],
    [0.1, 1000, 0, 1],
  ];

  it('is the book’s loop on the rows as given: same weights, errors and precisions', () => {
    const book = new NNetwork().configure(3, 4, 3);
    const errors: number[] = [];
    for (let epoch = 0; epoch < 50; epoch++) {
      let sumError = 0;
      for (const row of scaledRows) {
        const x = row.slice(0, 3);
        const t = oneHot(row[3]!, 3);
        sumError += book.feed(x).reduce((s, o, i) => s + (t[i]! - o) ** 2, 0);
        book.train(x, t);
      }
      errors.push(sumError);
    }
    const ours = new NNetwork().configure(3, 4, 3);
    ours.trainEpochsWithoutNormalization(scaledRows, 50);
    expect(maxParameterDifference(book, ours)).toBeLessThan(1e-12);
    ours.errors.forEach((e, i) => expect(e).toBeCloseTo(errors[i]!, 12));
    expect(ours.precisions).toHaveLength(50);
    expect(ours.normalization).toBeUndefined();
  });

  it('on rows already spanning 0..1 it is trainEpochs', () => {
    const raw = new NNetwork().configure(2, 3, 2);
    const normalised = new NNetwork().configure(2, 3, 2);
    raw.trainEpochsWithoutNormalization(xorRows, 200);
    normalised.trainEpochs(xorRows, 200);
    expect(raw.errors).toEqual(normalised.errors);
    expect(raw.precisions).toEqual(normalised.precisions);
  });

  it('bad rows raise typed errors and leave the network as it was', () => {
    const net = new NNetwork().configure(2, 3, 2);
    const before = net.parameters().map((p) => Array.from(p));
    expect(() => net.trainEpochsWithoutNormalization([], 10)).toThrow(EmptyDataError);
    expect(() => net.trainEpochsWithoutNormalization([[0, 0, 0], [1, 1]], 10)).toThrow(RaggedDataError);
    expect(() => net.trainEpochsWithoutNormalization([[0, NaN, 0]], 10)).toThrow(NonFiniteValueError);
    expect(net.parameters().map((p) => Array.from(p))).toEqual(before);
    expect(net.errors).toEqual([]);
  });
});
