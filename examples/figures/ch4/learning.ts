// Chapter 4's shared computations: the line the chapter starts from, the cost J,
// the two ways of fitting a line (gradient descent and mini-batch SGD), and the
// least-squares line (the true minimum of J), against which we check both.
import {
  GradientDescentTrainer,
  LinearModel,
  StochasticGradientDescentTrainer,
  type LossMeasure,
  type TrainingData,
  type TrainingHistory,
} from '../../../src/index.js';
import { column } from './data.js';
import { LEARNING_RATE, START } from './line.js';

export { cost, equation, LEARNING_RATE, START } from './line.js';

/** The chapter's mini-batch size. */
export const BATCH_SIZE = 5;

/**
 * A fitted line and the trainer's record: `loss[i]` is J after update i + 1 for
 * GD; for SGD, the chapter's epoch cost, Σ over batches of (batch squared error / N)
 * with each batch measured after its own update.
 */
export interface Fit {
  model: LinearModel;
  history: TrainingHistory;
}

/** Gradient descent from START: `iterations` updates, each from the whole data set. */
export function fitByGradientDescent(data: TrainingData, iterations: number): Fit {
  const model = new LinearModel(START.a, START.b);
  const history = new GradientDescentTrainer().train(model, data, { epochs: iterations, learningRate: LEARNING_RATE });
  return { model, history };
}

/**
 * Mini-batch SGD from START as the chapter's script: `epochs` passes over the
 * data in order (no shuffle), batches of 5, each epoch's cost measured the
 * script's way, after each batch's update (`measureLoss: 'afterUpdate'`).
 */
export function fitByMiniBatches(data: TrainingData, epochs: number, measureLoss: LossMeasure = 'afterUpdate'): Fit {
  const model = new LinearModel(START.a, START.b);
  const history = new StochasticGradientDescentTrainer().train(model, data, {
    epochs,
    learningRate: LEARNING_RATE,
    batchSize: BATCH_SIZE,
    shuffle: false,
    measureLoss,
  });
  return { model, history };
}

/** The least-squares line: a = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², b = ȳ − a·x̄ — where J is smallest. */
export function leastSquares(data: TrainingData): LinearModel {
  const xs = column(data.inputs);
  const ys = column(data.targets);
  const meanX = mean(xs);
  const meanY = mean(ys);
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - meanX) * (ys[i]! - meanY);
    sxx += (x - meanX) ** 2;
  });
  const a = sxy / sxx;
  return new LinearModel(a, meanY - a * meanX);
}

/** The line's y = a·x + b at each x (as `LinearModel.predict`). */
export function lineAt(line: { a: number; b: number }, xs: readonly number[]): number[] {
  return xs.map((x) => line.a * x + line.b);
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}
