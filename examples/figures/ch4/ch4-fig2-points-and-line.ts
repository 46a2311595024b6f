// Chapter 4, Theory on Learning — Figure 4-2 (fig:pointsAndLine): a first guess, the
// line y = 0.5x + 3, over the four points, and how far it is from them (J).
import { LinearModel } from '../../../src/index.js';
import { type PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { interval } from '../../shared/interval.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { column, FOUR_POINTS } from './data.js';
import { cost, lineAt, START } from './learning.js';

const TEXT = {
  caption: 'The four points (red) and the line y = 0.5x + 3 (blue), sampled at x = 0..5: J = 1.75',
  title: 'Points and the line y = 0.5x + 3',
  xLabel: 'x',
  yLabel: 'y',
  points: 'P',
  line: 'y = 0.5x + 3',
  quantities: { cost: 'J(a = 0.5, b = 3), the mean squared error' },
  book: { cost: fmt(1.75) },
};

export const figure: FigureScript<{ lineXs: number[]; lineYs: number[]; cost: number }, typeof TEXT> = {
  id: 'ch4-fig2',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const line = new LinearModel(START.a, START.b);
    const lineXs = interval(0, 5);
    const lineYs = lineAt(line, lineXs);
    const j = cost(line, FOUR_POINTS);
    const png = await plot.scatter({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      points: [{ name: text.points, xs: column(FOUR_POINTS.inputs), ys: column(FOUR_POINTS.targets), radius: 6 }],
      lines: [{ name: text.line, xs: lineXs, ys: lineYs }],
    });
    return {
      png,
      numbers: [{ quantity: text.quantities.cost, book: text.book.cost, ours: fmt(j) }],
      notes: [],
      data: { lineXs, lineYs, cost: j },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
