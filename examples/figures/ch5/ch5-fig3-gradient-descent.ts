// Chapter 5, Theory on Learning — fig:gradientDescent: gradient descent moves the
// line y = 0.5x + 3 towards the four points (lr 0.01, 1000 iterations).
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { interval } from '../../shared/interval.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { column, FOUR_POINTS } from './data.js';
import { cost, equation, fitByGradientDescent, leastSquares, lineAt } from './learning.js';

const ITERATIONS = 1000;

export const figure: FigureScript<{ a: number; b: number; cost: number; best: { a: number; b: number; cost: number } }> = {
  id: 'ch5-fig3',
  bookRef: 'Chapter 5 (Theory on Learning), fig:gradientDescent',
  caption: 'The four points and the line found by gradient descent from a = 0.5, b = 3 (lr 0.01, 1000 iterations): y = 1.4292x + 1.3906',
  async render(plot: PlotService) {
    const { model } = fitByGradientDescent(FOUR_POINTS, ITERATIONS);
    const best = leastSquares(FOUR_POINTS);
    const lineXs = interval(0, 5);
    const png = await plot.scatter({
      title: 'Line found by gradient descent',
      xLabel: 'x',
      yLabel: 'y',
      points: [{ name: 'P', xs: column(FOUR_POINTS.inputs), ys: column(FOUR_POINTS.targets), radius: 6 }],
      lines: [{ name: equation(model), xs: lineXs, ys: lineAt(model, lineXs) }],
    });
    const j = cost(model, FOUR_POINTS);
    const jBest = cost(best, FOUR_POINTS);
    return {
      png,
      numbers: [
        { quantity: 'a after 1000 iterations', book: '1.42', ours: fmt(model.a) },
        { quantity: 'b after 1000 iterations', book: '1.39', ours: fmt(model.b) },
        { quantity: 'J there', book: '–', ours: fmt(j) },
        { quantity: 'least-squares a, b (the true minimum)', book: '– (calls (1.42, 1.39) the minimum)', ours: `${fmt(best.a)}, ${fmt(best.b)}` },
        { quantity: 'J at the true minimum', book: '–', ours: fmt(jBest) },
      ],
      notes: [
        'The book prints (1.42, 1.39): the first two decimals of a = 1.4292, b = 1.3906.',
        `The book calls (1.42, 1.39) the minimum; it is only where 1000 steps of lr 0.01 stop. J is smallest at the least-squares line a = ${fmt(best.a)}, b = ${fmt(best.b)} (J = ${fmt(jBest)}); gradient descent is still creeping towards it.`,
      ],
      data: { a: model.a, b: model.b, cost: j, best: { a: best.a, b: best.b, cost: jBest } },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
