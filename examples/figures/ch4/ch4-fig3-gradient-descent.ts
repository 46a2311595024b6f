// Chapter 4, Theory on Learning — Figure 4-3 (fig:gradientDescent): gradient descent
// moves the line y = 0.5x + 3 towards the four points (lr 0.01, 1000 iterations).
import { isMain } from '../../shared/is-main.js';
import { interval } from '../../shared/interval.js';
import { defineFigure, fmt, pair } from '../figure.js';
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

const TEXT_ZH: typeof TEXT = {
  caption: '四个点，以及梯度下降从 a = 0.5、b = 3 出发（学习率 0.01，迭代 1000 次）找到的直线：y = 1.4292x + 1.3906',
  title: '梯度下降找到的直线',
  xLabel: 'x',
  yLabel: 'y',
  points: 'P',
  quantities: {
    a: '迭代 1000 次后的 a',
    b: '迭代 1000 次后的 b',
    cost: '此处的 J',
    best: '最小二乘的 a、b（J 最小之处）',
    bestCost: '最小二乘直线处的 J',
  },
  book: { a: fmt(1.42), b: fmt(1.39), best: '“最小值……在 (1.42, 1.39)”' },
  notes: {
    digits: '书中给出 (1.42, 1.39)，即 a = 1.4292、b = 1.3906 的前两位小数。',
    minimum: (best: string, j: string) =>
      `书中称 (1.42, 1.39) 为最小值，其实它只是学习率 0.01 走 1000 步后停下的位置。J 在最小二乘直线 (a, b) = ${best} 处最小（J = ${j}），梯度下降仍在缓慢地向它靠近。`,
  },
};

export const figure = defineFigure({
  id: 'ch4-fig3',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const { model } = fitByGradientDescent(FOUR_POINTS, ITERATIONS);
    const best = leastSquares(FOUR_POINTS);
    return { a: model.a, b: model.b, cost: cost(model, FOUR_POINTS), best: { a: best.a, b: best.b, cost: cost(best, FOUR_POINTS) } };
  },
  draw(plot, fit, text) {
    const lineXs = interval(0, 5);
    return plot.scatter({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      points: [{ name: text.points, xs: column(FOUR_POINTS.inputs), ys: column(FOUR_POINTS.targets), radius: 6 }],
      lines: [{ name: equation(fit), xs: lineXs, ys: lineAt(fit, lineXs) }],
    });
  },
  report({ a, b, cost: j, best }, text) {
    return {
      numbers: [
        { quantity: text.quantities.a, book: text.book.a, ours: fmt(a) },
        { quantity: text.quantities.b, book: text.book.b, ours: fmt(b) },
        { quantity: text.quantities.cost, ours: fmt(j) },
        { quantity: text.quantities.best, book: text.book.best, ours: pair(best.a, best.b) },
        { quantity: text.quantities.bestCost, ours: fmt(best.cost) },
      ],
      notes: [text.notes.digits, text.notes.minimum(pair(best.a, best.b), fmt(best.cost))],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
