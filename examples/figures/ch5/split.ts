// The Data Classification chapter's train/test split of iris: the first
// round(N·cut) rows train a 4-6-3 network (1000 epochs, the chapter's first,
// non-normalising `train:nbEpochs:`), the last round(N·(1 − cut)) rows test it,
// and the accuracy is rounded to 2 decimals, all as the chapter's script does.
import { pharoRound } from '../../../src/io/index.js';
import { network } from './training.js';

/** What one cut gives. */
export interface SplitResult {
  cut: number;
  trainingRows: number;
  testRows: number;
  /** Rows of each class (0, 1, 2) among the training rows. */
  trainingClasses: number[];
  /** Test rows predicted right. */
  correct: number;
  /** correct / testRows, rounded to 2 decimals as the book's `round: 2`. */
  accuracy: number;
}

/** The book's `round: 2`: to 2 decimals, halves away from zero. */
export function roundTo2(x: number): number {
  return pharoRound(x * 100) / 100;
}

/**
 * Trains on the first round(N·cut) rows and tests on the last round(N·(1 − cut)),
 * as the chapter: with iris in its file's order, the test rows are all virginica.
 */
export function splitResult(data: readonly number[][], cut: number): SplitResult {
  const trainingRows = pharoRound(data.length * cut);
  const testRows = pharoRound(data.length * (1 - cut));
  const training = data.slice(0, trainingRows);
  const test = data.slice(data.length - testRows);
  const net = network(4, 6, 3);
  net.trainEpochsWithoutNormalization(training, 1000);
  const correct = test.filter((row) => net.predict(row.slice(0, -1)) === row.at(-1)).length;
  return {
    cut,
    trainingRows,
    testRows,
    trainingClasses: [0, 1, 2].map((k) => training.filter((row) => row.at(-1) === k).length),
    correct,
    accuracy: roundTo2(correct / testRows),
  };
}
