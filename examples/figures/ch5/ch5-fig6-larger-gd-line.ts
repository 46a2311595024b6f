// Chapter 5, Theory on Learning — fig:largerExampleGD2: the 100 points and the
// line gradient descent found for them (fig:largerExampleGD's run).
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { interval } from '../../shared/interval.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { column, noisyLine } from './data.js';
import { equation, fitByGradientDescent, leastSquares, lineAt } from './learning.js';

const POINTS = 100;
const ITERATIONS = 3000;

export const figure: FigureScript<{ a: number; b: number; best: { a: number; b: number }; lineXs: number[] }> = {
  id: 'ch5-fig6',
  bookRef: 'Chapter 5 (Theory on Learning), fig:largerExampleGD2',
  caption: 'The 100 points (red) and the line found by gradient descent (blue, x = 0..1 step 0.01)',
  async render(plot: PlotService) {
    const data = noisyLine(POINTS);
    const { model } = fitByGradientDescent(data, ITERATIONS);
    const best = leastSquares(data);
    const lineXs = interval(0, 1, 0.01);
    const png = await plot.scatter({
      title: 'Line found by gradient descent on 100 points',
      xLabel: 'x',
      yLabel: 'y',
      points: [{ name: 'points', xs: column(data.inputs), ys: column(data.targets) }],
      lines: [{ name: equation(model), xs: lineXs, ys: lineAt(model, lineXs) }],
    });
    return {
      png,
      numbers: [
        { quantity: 'a after 3000 iterations', book: '"pretty approximation"', ours: fmt(model.a) },
        { quantity: 'b after 3000 iterations', book: '–', ours: fmt(model.b) },
        { quantity: 'least-squares a, b', book: '–', ours: `${fmt(best.a)}, ${fmt(best.b)}` },
      ],
      notes: ['The points lie around y = x; gradient descent has not quite reached the least-squares line after 3000 steps.'],
      data: { a: model.a, b: model.b, best: { a: best.a, b: best.b }, lineXs },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
