// Chapter 5's training runs: a network's learning curve with the book's
// `train:nbEpochs:`, in its final (normalising) and its first (raw rows) version.
import { NNetwork } from '../../../src/index.js';

/** The strings of every learning-curve chart: the x axis, and the two series and their axes. */
export const LEARNING_CURVE_TEXT = { xLabel: 'Epoch', yLabel: 'Error', precisionLabel: 'Precision' };

/** LEARNING_CURVE_TEXT in Chinese. */
export const LEARNING_CURVE_TEXT_ZH: typeof LEARNING_CURVE_TEXT = { xLabel: '轮次', yLabel: '误差', precisionLabel: '准确率' };

/** A learning-curve chart's title and labels, from a figure's text record. */
export function learningCurveLabels(text: typeof LEARNING_CURVE_TEXT & { title: string }) {
  return { title: text.title, xLabel: text.xLabel, yLabel: text.yLabel, precisionLabel: text.precisionLabel };
}

/** A learning curve: the network's `errors` and `precisions` after training (copies). */
export interface Curve {
  errors: number[];
  precisions: number[];
}

/** A network of the book's shape, seeded like the book (`new Random(42)` in `configure`). */
export function network(nbOfInputs: number, hidden: number, nbOfOutputs: number, learningRate = 0.1): NNetwork {
  const net = new NNetwork().configure(nbOfInputs, hidden, nbOfOutputs);
  net.learningRate = learningRate;
  return net;
}

/** The book's `train:nbEpochs:` (normalising) and the curve it leaves in `errors` and `precisions`. */
export function learningCurve(net: NNetwork, rows: number[][], nbOfEpochs: number): Curve {
  net.trainEpochs(rows, nbOfEpochs);
  return curveOf(net);
}

/** The chapter's first, non-normalising `train:nbEpochs:` and the curve it leaves in `errors` and `precisions`. */
export function learningCurveWithoutNormalisation(net: NNetwork, rows: number[][], nbOfEpochs: number): Curve {
  net.trainEpochsWithoutNormalization(rows, nbOfEpochs);
  return curveOf(net);
}

/** Copies of a network's `errors` and `precisions`. */
export function curveOf(net: NNetwork): Curve {
  return { errors: [...net.errors], precisions: [...net.precisions] };
}

/** The first epoch (1-based) whose value is at least `target`, e.g. precision 1; undefined if none is. */
export function firstEpochReaching(values: readonly number[], target: number): number | undefined {
  const i = values.findIndex((v) => v >= target);
  return i < 0 ? undefined : i + 1;
}

/** Epochs whose error is above both neighbours': the peaks of a learning curve. */
export function peaks(errors: readonly number[]): number {
  return errors.filter((e, i) => i > 0 && i < errors.length - 1 && e > errors[i - 1]! && e > errors[i + 1]!).length;
}
