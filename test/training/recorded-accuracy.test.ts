// The accuracy a trainer records is what `predict` says of the same rows with
// the same parameters: each row's own outputs against its own label, over
// batches of more than one row (where a read of the next row's outputs or
// label would show), with batches that do not start at row 0.
import { describe, expect, it } from 'vitest';
import {
  GradientDescentTrainer,
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
