// Chapter 4, Theory on Learning — Figure 4-6 (fig:largerExampleGD2): the 100 points and
// the line gradient descent found for them (Figure 4-5's run).
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { interval } from '../../shared/interval.js';
import { fmt, pair, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { column, noisyLine } from './data.js';
import { equation, fitByGradientDescent, leastSquares, lineAt } from './learning.js';

const POINTS = 100;
const ITERATIONS = 3000;

const TEXT = {
  caption: 'The 100 points (red) and the line found by gradient descent (blue, x = 0..1 step 0.01)',
  title: 'Line found by gradient descent on 100 points',
  xLabel: 'x',
  yLabel: 'y',
  points: 'points',
  quantities: { a: 'a after 3000 iterations', b: 'b after 3000 iterations', best: 'least-squares a, b' },
  book: { a: '“pretty approximation”' },
  notes: { notThere: 'The points lie around y = x; after 3000 steps gradient descent has not quite reached the least-squares line.' },
};

export const figure: FigureScript<{ a: number; b: number; best: { a: number; b: number }; lineXs: number[] }, typeof TEXT> = {
  id: 'ch4-fig6',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const data = noisyLine(POINTS);
    const { model } = fitByGradientDescent(data, ITERATIONS);
    const best = leastSquares(data);
    const lineXs = interval(0, 1, 0.01);
    const png = await plot.scatter({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      points: [{ name: text.points, xs: column(data.inputs), ys: column(data.targets) }],
      lines: [{ name: equation(model), xs: lineXs, ys: lineAt(model, lineXs) }],
    });
    return {
      png,
      numbers: [
        { quantity: text.quantities.a, book: text.book.a, ours: fmt(model.a) },
        { quantity: text.quantities.b, ours: fmt(model.b) },
        { quantity: text.quantities.best, ours: pair(best.a, best.b) },
      ],
      notes: [text.notes.notThere],
      data: { a: model.a, b: model.b, best: { a: best.a, b: best.b }, lineXs },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
