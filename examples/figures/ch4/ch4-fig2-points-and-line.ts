// Chapter 4, Theory on Learning — Figure 4-2 (fig:pointsAndLine): a first guess, the
// line y = 0.5x + 3, over the four points, and how far it is from them (J).
import { LinearModel } from '../../../src/index.js';
import { isMain } from '../../shared/is-main.js';
import { interval } from '../../shared/interval.js';
import { defineFigure, fmt } from '../figure.js';
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

const TEXT_ZH: typeof TEXT = {
  caption: '四个点（红）和直线 y = 0.5x + 3（蓝，在 x = 0..5 取样）：J = 1.75',
  title: '点与直线 y = 0.5x + 3',
  xLabel: 'x',
  yLabel: 'y',
  points: 'P',
  line: 'y = 0.5x + 3',
  quantities: { cost: 'J(a = 0.5, b = 3)，即均方误差' },
  book: { cost: fmt(1.75) },
};

export const figure = defineFigure({
  id: 'ch4-fig2',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const line = new LinearModel(START.a, START.b);
    const lineXs = interval(0, 5);
    return { lineXs, lineYs: lineAt(line, lineXs), cost: cost(line, FOUR_POINTS) };
  },
  draw(plot, { lineXs, lineYs }, text) {
    return plot.scatter({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      points: [{ name: text.points, xs: column(FOUR_POINTS.inputs), ys: column(FOUR_POINTS.targets), radius: 6 }],
      lines: [{ name: text.line, xs: lineXs, ys: lineYs }],
    });
  },
  report(data, text) {
    return { numbers: [{ quantity: text.quantities.cost, book: text.book.cost, ours: fmt(data.cost) }], notes: [] };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
