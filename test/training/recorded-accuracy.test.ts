// The accuracy a trainer records is what `predict` says of the same rows with
// the same parameters: each row's own outputs against its own label, over
// batches of more than one row (where a read of the next row's outputs or
// label would show), with batches that do not start at row 0.
import { describe, expect, it } from 'vitest';
import {
  GradientDescentTrainer,
  LinearModel,
  NNetwork,
  StochasticGradientDescentTrainer,
  type TrainerOptions,
  type TrainingData,
} from '../../src/index.js';

/** Three classes, one-hot targets. */
function labelled(inputs: number[][], labels: number[]): TrainingData {
  return { inputs, targets: labels.map((label) => [0, 1, 2].map((c) => (c === label ? 1 : 0))), labels };
}

const DATA = labelled(
  [[0.1, 0.9], [0.8, 0.2], [0.5, 0.5], [0.9, 0.9], [0.2, 0.1], [0.7, 0.6], [0.3, 0.8]],
  [0, 0, 0, 1, 1, 2, 2],
);
const HELD = labelled([[0.6, 0.1], [0.15, 0.5], [0.95, 0.4], [0.4, 0.35], [0.05, 0.05]], [0, 2, 1, 0, 1]);

const network = () => new NNetwork().configure(2, 4, 3);

/** The fraction of `data`'s rows whose `predict` is their label, with the network as it is now. */
function predictedAccuracy(net: NNetwork, data: TrainingData): number {
  let right = 0;
  data.inputs.forEach((row, i) => {
    if (net.predict(row) === data.labels![i]) right++;
  });
  return right / data.inputs.length;
}

/** Rows `from…to−1` of `data`. */
function slice(data: TrainingData, from: number, to: number): TrainingData {
  return { inputs: data.inputs.slice(from, to), targets: data.targets.slice(from, to), labels: data.labels!.slice(from, to) };
}

describe('recorded accuracy is what predict says', () => {
  it('gradient descent: each epoch’s accuracy is predict’s on every row after that epoch’s update', () => {
    const net = network();
    const trainer = new GradientDescentTrainer();
    const predicted: number[] = [];
    trainer.onEpoch(() => predicted.push(predictedAccuracy(net, DATA)));
    const history = trainer.train(net, DATA, { epochs: 30, learningRate: 2 });
    expect(history.accuracy).toEqual(predicted);
    // The rows are not all right or all wrong, and the accuracy moves: a row read in the place of another shows.
    expect(new Set(history.accuracy).size).toBeGreaterThan(1);
    expect(history.accuracy.some((a) => a > 0 && a < 1)).toBe(true);
  });

  it('validation rows: each epoch’s validation accuracy is predict’s on them after the epoch', () => {
    const net = network();
    const trainer = new StochasticGradientDescentTrainer();
    const predicted: number[] = [];
    trainer.onEpoch(() => predicted.push(predictedAccuracy(net, HELD)));
    const history = trainer.train(net, DATA, { epochs: 30, learningRate: 1, batchSize: 3, validationData: HELD });
    expect(history.validationAccuracy).toEqual(predicted);
    expect(history.validationAccuracy.some((a) => a > 0 && a < 1)).toBe(true);
    expect(new Set(history.validationAccuracy).size).toBeGreaterThan(1);
  });

  for (const batchSize of [3, 1]) {
    it(`SGD in batches of ${batchSize}: each batch counts its rows with the parameters before its update`, () => {
      const options: TrainerOptions = { epochs: 1, learningRate: 1, batchSize };
      const epochs = 12;
      const net = network();
      const history = new StochasticGradientDescentTrainer().train(net, DATA, { ...options, epochs });
      // By hand: the same batches one at a time, each counted by predict just before its step.
      const twin = network();
      const expected: number[] = [];
      for (let e = 0; e < epochs; e++) {
        let right = 0;
        for (let from = 0; from < DATA.inputs.length; from += batchSize) {
          const batch = slice(DATA, from, Math.min(from + batchSize, DATA.inputs.length));
          right += predictedAccuracy(twin, batch) * batch.inputs.length;
          new StochasticGradientDescentTrainer().train(twin, batch, options);
        }
        expected.push(right / DATA.inputs.length);
      }
      expect(history.accuracy).toEqual(expected);
      expect(history.accuracy.some((a) => a > 0 && a < 1)).toBe(true);
      expect(new Set(history.accuracy).size).toBeGreaterThan(1);
    });
  }
});

describe('labels with a model whose shortcuts cannot count them (LinearModel.descend, lossAndGradient)', () => {
  // One output tells class 1 from 0.5 on. The line 0.5·x + 3 gives −2, 3.5, 4.5, −1 (classes 0, 1, 1, 0) and
  // moves by less than 0.01 in these epochs, so each row keeps its class: 3 of the labels 0, 1, 0, 0 are right.
  const line = { inputs: [[-10], [1], [3], [-8]], targets: [[-2], [3.4], [4.6], [-1.1]] };
  const labels = [0, 1, 0, 0];

  for (const [name, trainer, options] of [
    ['SGD in batches of 2 (the plain step: descend unless there are labels)', new StochasticGradientDescentTrainer(), { epochs: 4, learningRate: 0.0001, batchSize: 2 }],
    ['gradient descent (lossAndGradient unless there are labels)', new GradientDescentTrainer(), { epochs: 4, learningRate: 0.0001 }],
  ] as const) {
    it(`${name}: accuracy 3/4 each epoch, and the same line and losses as without labels`, () => {
      const labelled = new LinearModel(0.5, 3);
      const plain = new LinearModel(0.5, 3);
      const history = trainer.train(labelled, { ...line, labels }, options);
      const without = trainer.train(plain, line, options);
      expect(history.accuracy).toEqual([0.75, 0.75, 0.75, 0.75]);
      expect(history.loss).toEqual(without.loss);
      expect([labelled.a, labelled.b]).toEqual([plain.a, plain.b]);
      expect(labelled.a).not.toBe(0.5);
      expect(Math.abs(labelled.a - 0.5) + Math.abs(labelled.b - 3)).toBeLessThan(0.01);
    });
  }
});
