// Chapter 4's shared computations: the line the chapter starts from, the cost J,
// the two ways of fitting a line (gradient descent and mini-batch SGD), and the
// least-squares line (the true minimum of J), against which we check both.
import {
  GradientDescentTrainer,
  LinearModel,
  MeanSquaredError,
  StochasticGradientDescentTrainer,
  type LossMeasure,
  type TrainingData,
  type TrainingHistory,
} from '../../../src/index.js';
import { fmt } from '../figure.js';
import { column } from './data.js';

/** The chapter's first guess, the blue line of ch4-fig2: a = 0.5, b = 3. */
export const START = { a: 0.5, b: 3 } as const;
/** The chapter's learning rate. */
export const LEARNING_RATE = 0.01;
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

/** J(a, b) = 1/n Σ (yᵢ − (a·xᵢ + b))², the chapter's mean squared error. */
export function cost(model: LinearModel, data: TrainingData): number {
  const mse = new MeanSquaredError();
  const sum = data.inputs.reduce((s, x, i) => s + mse.value([model.predict(x[0]!)], data.targets[i]!), 0);
  return sum / data.inputs.length;
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

/** 'y = 1.4292x + 1.3906' (or '… − 0.014856'): a line's equation, for legends. */
export function equation(line: { a: number; b: number }): string {
  return `y = ${fmt(line.a)}x ${line.b < 0 ? '−' : '+'} ${fmt(Math.abs(line.b))}`;
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}
