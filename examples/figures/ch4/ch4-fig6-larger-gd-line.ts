// Chapter 4, Theory on Learning — Figure 4-6 (fig:largerExampleGD2): the 100 points and
// the line gradient descent found for them (Figure 4-5's run).
import { isMain } from '../../shared/is-main.js';
import { interval } from '../../shared/interval.js';
import { defineFigure, fmt, pair } from '../figure.js';
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

const TEXT_ZH: typeof TEXT = {
  caption: '100 个点（红）和梯度下降找到的直线（蓝，x = 0..1，步长 0.01）',
  title: '梯度下降在 100 个点上找到的直线',
  xLabel: 'x',
  yLabel: 'y',
  points: '点',
  quantities: { a: '迭代 3000 次后的 a', b: '迭代 3000 次后的 b', best: '最小二乘的 a、b' },
  book: { a: '“相当不错的近似”' },
  notes: { notThere: '这些点分布在 y = x 附近；走了 3000 步之后，梯度下降还没有完全到达最小二乘直线。' },
};

export const figure = defineFigure({
  id: 'ch4-fig6',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const data = noisyLine(POINTS);
    const { model } = fitByGradientDescent(data, ITERATIONS);
    const best = leastSquares(data);
    return { a: model.a, b: model.b, best: { a: best.a, b: best.b }, lineXs: interval(0, 1, 0.01), points: data };
  },
  draw(plot, fit, text) {
    return plot.scatter({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      points: [{ name: text.points, xs: column(fit.points.inputs), ys: column(fit.points.targets) }],
      lines: [{ name: equation(fit), xs: fit.lineXs, ys: lineAt(fit, fit.lineXs) }],
    });
  },
  report({ a, b, best }, text) {
    return {
      numbers: [
        { quantity: text.quantities.a, book: text.book.a, ours: fmt(a) },
        { quantity: text.quantities.b, ours: fmt(b) },
        { quantity: text.quantities.best, ours: pair(best.a, best.b) },
      ],
      notes: [text.notes.notThere],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
