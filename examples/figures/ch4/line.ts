// The chapter's line and its cost, with nothing of the PNG rendering: the
// figures use them through learning.ts, and the learning lab (lab/) directly.
import { MeanSquaredError, type LinearModel, type TrainingData } from '../../../src/index.js';
import { formatNumber } from '../../../src/util/number-format.js';

/** The chapter's first guess, the blue line of ch4-fig2: a = 0.5, b = 3. */
export const START = { a: 0.5, b: 3 } as const;
/** The chapter's learning rate. */
export const LEARNING_RATE = 0.01;

/** J(a, b) = 1/n Σ (yᵢ − (a·xᵢ + b))², the chapter's mean squared error. */
export function cost(model: LinearModel, data: TrainingData): number {
  const mse = new MeanSquaredError();
  const sum = data.inputs.reduce((s, x, i) => s + mse.value([model.predict(x[0]!)], data.targets[i]!), 0);
  return sum / data.inputs.length;
}

/** 'y = 1.4292x + 1.3906' (or '… − 0.014856'): a line's equation, for legends, in the figures' number format. */
export function equation(line: { a: number; b: number }): string {
  return `y = ${formatNumber(line.a)}x ${line.b < 0 ? '−' : '+'} ${formatNumber(Math.abs(line.b))}`;
}
