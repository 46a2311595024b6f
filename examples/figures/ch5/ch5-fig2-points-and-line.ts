// Chapter 5, Theory on Learning — fig:pointsAndLine: a first guess, the line
// y = 0.5x + 3, over the four points, and how far it is from them (J).
import { LinearModel } from '../../../src/index.js';
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { interval } from '../../shared/interval.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { column, FOUR_POINTS } from './data.js';
import { cost, lineAt, START } from './learning.js';

export const figure: FigureScript<{ lineXs: number[]; lineYs: number[]; cost: number }> = {
  id: 'ch5-fig2',
  bookRef: 'Chapter 5 (Theory on Learning), fig:pointsAndLine',
  caption: 'The four points (red) and the line y = 0.5x + 3 (blue), sampled at x = 0..5: J = 1.75',
  async render(plot: PlotService) {
    const line = new LinearModel(START.a, START.b);
    const lineXs = interval(0, 5);
    const lineYs = lineAt(line, lineXs);
    const j = cost(line, FOUR_POINTS);
    const png = await plot.scatter({
      title: 'Points and the line y = 0.5x + 3',
      xLabel: 'x',
      yLabel: 'y',
      points: [{ name: 'P', xs: column(FOUR_POINTS.inputs), ys: column(FOUR_POINTS.targets), radius: 6 }],
      lines: [{ name: 'y = 0.5x + 3', xs: lineXs, ys: lineYs }],
    });
    return {
      png,
      numbers: [{ quantity: 'J(a = 0.5, b = 3)', book: '1.75', ours: fmt(j) }],
      notes: [],
      data: { lineXs, lineYs, cost: j },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
