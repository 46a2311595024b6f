// Chapter 4, Theory on Learning — Figure 4-3 (fig:gradientDescent): gradient descent
// moves the line y = 0.5x + 3 towards the four points (lr 0.01, 1000 iterations).
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { interval } from '../../shared/interval.js';
import { fmt, pair, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { column, FOUR_POINTS } from './data.js';
import { cost, equation, fitByGradientDescent, leastSquares, lineAt } from './learning.js';

const ITERATIONS = 1000;

const TEXT = {
  caption: 'The four points and the line found by gradient descent from a = 0.5, b = 3 (lr 0.01, 1000 iterations): y = 1.4292x + 1.3906',
  title: 'Line found by gradient descent',
  xLabel: 'x',
  yLabel: 'y',
  points: 'P',
  quantities: {
    a: 'a after 1000 iterations',
    b: 'b after 1000 iterations',
    cost: 'J there',
    best: 'least-squares a, b (where J is smallest)',
    bestCost: 'J at the least-squares line',
  },
  book: { a: fmt(1.42), b: fmt(1.39), best: '“the minimum … at (1.42, 1.39)”' },
  notes: {
    digits: 'The book prints (1.42, 1.39): the first two decimals of a = 1.4292, b = 1.3906.',
    minimum: (best: string, j: string) =>
      `The book calls (1.42, 1.39) the minimum; it is only where 1000 steps of lr 0.01 stop. J is smallest at the least-squares line (a, b) = ${best} (J = ${j}); gradient descent is still creeping towards it.`,
  },
};

interface Data {
  a: number;
  b: number;
  cost: number;
  best: { a: number; b: number; cost: number };
}

export const figure: FigureScript<Data, typeof TEXT> = {
  id: 'ch4-fig3',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const { model } = fitByGradientDescent(FOUR_POINTS, ITERATIONS);
    const best = leastSquares(FOUR_POINTS);
    const lineXs = interval(0, 5);
    const png = await plot.scatter({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      points: [{ name: text.points, xs: column(FOUR_POINTS.inputs), ys: column(FOUR_POINTS.targets), radius: 6 }],
      lines: [{ name: equation(model), xs: lineXs, ys: lineAt(model, lineXs) }],
    });
    const j = cost(model, FOUR_POINTS);
    const jBest = cost(best, FOUR_POINTS);
    return {
      png,
      numbers: [
        { quantity: text.quantities.a, book: text.book.a, ours: fmt(model.a) },
        { quantity: text.quantities.b, book: text.book.b, ours: fmt(model.b) },
        { quantity: text.quantities.cost, ours: fmt(j) },
        { quantity: text.quantities.best, book: text.book.best, ours: pair(best.a, best.b) },
        { quantity: text.quantities.bestCost, ours: fmt(jBest) },
      ],
      notes: [text.notes.digits, text.notes.minimum(pair(best.a, best.b), fmt(jBest))],
      data: { a: model.a, b: model.b, cost: j, best: { a: best.a, b: best.b, cost: jBest } },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
