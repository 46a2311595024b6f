// The "Theory on Learning" chapter's numbers (chapter 4 of the printed book).
import { describe, expect, it } from 'vitest';
import {
  GradientDescentTrainer,
  LinearModel,
  MeanSquaredError,
  NonFiniteValueError,
  StochasticGradientDescentTrainer,
  TRAINER,
  type TrainingData,
} from '../../src/index.js';
import { createContainer } from '../../src/container.js';
import { noisyLine } from '../../src/io/index.js';
import { expectRefusal } from '../refusals.js';

const points: TrainingData = { inputs: [[1], [3], [2], [4]], targets: [[3.0], [5.2], [4.1], [7.5]] };

/** J(a, b) = 1/n Σ (yᵢ − (a·xᵢ + b))². */
function cost(a: number, b: number): number {
  const mse = new MeanSquaredError();
  const model = new LinearModel(a, b);
  return points.inputs.reduce((sum, x, i) => sum + mse.value([model.predict(x[0]!)], points.targets[i]!), 0) / 4;
}

describe('Theory on Learning', () => {
  it('J(0.5, 3) = 1.75 and J(2, −0.5) = 0.675', () => {
    expect(cost(0.5, 3)).toBeCloseTo(1.75, 12);
    expect(cost(2, -0.5)).toBeCloseTo(0.675, 12);
  });

  it('gradient descent from (0.5, 3), lr 0.01, 1000 iterations ends near (1.42, 1.39), the loss falling every time', () => {
    const model = new LinearModel(0.5, 3);
    const history = new GradientDescentTrainer().train(model, points, { epochs: 1000, learningRate: 0.01 });
    // The book prints the first two decimals: a = 1.4292, b = 1.3906.
    expect(Math.trunc(model.a * 100) / 100).toBe(1.42);
    expect(Math.trunc(model.b * 100) / 100).toBe(1.39);
    expect(model.a).toBeCloseTo(1.4291923593027176, 10);
    expect(model.b).toBeCloseTo(1.3905782205396866, 10);
    expect(history.loss).toHaveLength(1000);
    history.loss.slice(1).forEach((loss, i) => expect(loss).toBeLessThan(history.loss[i]!));
    expect(history.loss.at(-1)).toBeCloseTo(cost(model.a, model.b), 12); // recorded after the update
    expect(history.loss[0]).toBeLessThan(1.75);
  });

  it('one GD step is the chapter formula a ← a − lr·2/n Σ −x(y − f(x)), b likewise', () => {
    const model = new LinearModel(0.5, 3);
    new GradientDescentTrainer().train(model, points, { epochs: 1, learningRate: 0.01 });
    let da = 0;
    let db = 0;
    points.inputs.forEach((x, i) => {
      const residual = points.targets[i]![0]! - (0.5 * x[0]! + 3);
      da += (-2 / 4) * x[0]! * residual;
      db += (-2 / 4) * residual;
    });
    expect(model.a).toBeCloseTo(0.5 - 0.01 * da, 14);
    expect(model.b).toBeCloseTo(3 - 0.01 * db, 14);
  });

  it('100 noisy points: GD (3000 iterations) and SGD (batch 5, 1000 epochs, in order) both find y ≈ x', () => {
    const data = noisyLine(100);
    const gd = new LinearModel(0.5, 3);
    const gdHistory = new GradientDescentTrainer().train(gd, data, { epochs: 3000, learningRate: 0.01 });
    const sgd = new LinearModel(0.5, 3);
    const sgdHistory = new StochasticGradientDescentTrainer().train(sgd, data, { epochs: 1000, learningRate: 0.01, batchSize: 5 });
    for (const model of [gd, sgd]) {
      expect(Math.abs(model.a - 1)).toBeLessThan(0.1);
      expect(Math.abs(model.b)).toBeLessThan(0.05);
    }
    expect(sgdHistory.loss.at(-1)!).toBeLessThanOrEqual(gdHistory.loss.at(-1)! * 1.1);
    // The noise is U(−0.2, 0.2): its variance 0.04/3 is the best loss a line can reach.
    expect(gdHistory.loss.at(-1)!).toBeGreaterThan(0.01);
    expect(gdHistory.loss.at(-1)!).toBeLessThan(0.02);
  });

  it('swapping GD for SGD is one registration', () => {
    const container = createContainer();
    expect(container.resolve(TRAINER)).toBeInstanceOf(GradientDescentTrainer);
    container.register(TRAINER, { useClass: StochasticGradientDescentTrainer });
    expect(container.resolve(TRAINER)).toBeInstanceOf(StochasticGradientDescentTrainer);
    expect(createContainer().resolve(TRAINER)).toBeInstanceOf(GradientDescentTrainer);
  });
});

describe('LinearModel refuses a line that is not finite', () => {
  it('a or b set to NaN or ∞: NonFiniteValueError naming it, the line as before', () => {
    const model = new LinearModel(0.5, 3);
    expectRefusal(() => (model.a = Number.NaN), NonFiniteValueError, 'a must be a finite number, got NaN');
    expectRefusal(() => (model.b = Number.POSITIVE_INFINITY), NonFiniteValueError, 'b must be a finite number, got Infinity');
    expect([model.a, model.b]).toEqual([0.5, 3]);
    expectRefusal(() => new LinearModel(0, Number.NaN), NonFiniteValueError, 'b must be a finite number, got NaN');
  });
});
