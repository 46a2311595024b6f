// The Theory on Learning page's numbers: J = 1.75 at the book's start, and the
// book's line after 1000 iterations of gradient descent.
import { describe, expect, it } from 'vitest';
import { GradientDescentTrainer, LinearModel, StochasticGradientDescentTrainer } from '../../src/index.js';
import { BOOK_LEARNING_RATE, BOOK_START, costGrid, costOf, LineFit } from '../../lab/src/pages/learning/line-fit.js';

const FOUR_POINTS = { inputs: [[1], [3], [2], [4]], targets: [[3.0], [5.2], [4.1], [7.5]] };

function fit(trainer: 'gd' | 'sgd', iterations: number): LineFit {
  return new LineFit({ data: FOUR_POINTS, trainer, learningRate: BOOK_LEARNING_RATE, iterations, batchSize: 2, shuffle: false, start: BOOK_START });
}

describe('the line fit of the Theory on Learning page', () => {
  it('J(0.5, 3) on the four points is the chapter’s 1.75: (0.25 + 0.49 + 0.01 + 6.25) / 4', () => {
    expect(costOf(FOUR_POINTS, 0.5, 3)).toBeCloseTo(1.75, 14);
  });

  it('1000 iterations of gradient descent from the book’s start reach the book’s (1.4292, 1.3906), as the library’s trainer does', () => {
    const run = fit('gd', 1000);
    while (run.remaining() > 0) run.advance(Math.min(37, run.remaining()));
    const reference = new LinearModel(0.5, 3);
    const history = new GradientDescentTrainer().train(reference, FOUR_POINTS, { epochs: 1000, learningRate: 0.01 });
    expect([run.model.a, run.model.b]).toEqual([reference.a, reference.b]);
    expect([run.model.a.toFixed(4), run.model.b.toFixed(4)]).toEqual(['1.4292', '1.3906']);
    expect(run.costs()).toEqual([costOf(FOUR_POINTS, 0.5, 3), ...history.loss]);
    expect(run.cost()).toBeCloseTo(history.loss.at(-1)!, 14);
    expect(run.as).toHaveLength(1001);
    expect([run.as.at(-1), run.bs.at(-1)]).toEqual([reference.a, reference.b]);
  });

  it('SGD measures each batch after its update, as the chapter’s script (measureLoss afterUpdate)', () => {
    const run = fit('sgd', 20);
    run.advance(20);
    const reference = new LinearModel(0.5, 3);
    const history = new StochasticGradientDescentTrainer().train(reference, FOUR_POINTS, { epochs: 20, learningRate: 0.01, batchSize: 2, measureLoss: 'afterUpdate' });
    expect(run.costs().slice(1)).toEqual(history.loss);
    expect([run.model.a, run.model.b]).toEqual([reference.a, reference.b]);
  });

  it('samples J on a grid, rows by b and columns by a', () => {
    const grid = costGrid(FOUR_POINTS, [0, 1], [2, 3], 4);
    expect(grid.x0s).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(grid.x1s).toEqual([2, 2.25, 2.5, 2.75, 3]);
    expect(grid.values[4]![2]).toBeCloseTo(1.75, 14);
  });
});
