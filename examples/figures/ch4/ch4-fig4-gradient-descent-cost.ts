// Chapter 4, Theory on Learning — Figure 4-4 (fig:gradientDescent2): the cost J after
// each of the 1000 gradient-descent updates of Figure 4-3.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { FOUR_POINTS } from './data.js';
import { cost, fitByGradientDescent, leastSquares } from './learning.js';

const ITERATIONS = 1000;

const TEXT = {
  caption: 'J (mean squared error) after each of the 1000 gradient-descent updates: it falls towards its floor, never to 0',
  title: 'Cost during gradient descent',
  xLabel: 'Iteration',
  yLabel: 'J (mean squared error)',
  curve: 'J',
  quantities: { first: 'J after the first update', last: 'J after 1000 updates', floor: 'smallest possible J (least-squares line)' },
  book: { first: '1.75 before the first update (Figure 4-2)', last: '“close to 0 but not 0”' },
  notes: { floor: 'J cannot reach 0 here: no line goes through the four points. Its floor is the least-squares line’s J.' },
};

const TEXT_ZH: typeof TEXT = {
  caption: '梯度下降 1000 次更新中每次更新后的 J（均方误差）：它逐渐降向其下限，但永远到不了 0',
  title: '梯度下降过程中的成本',
  xLabel: '迭代次数',
  yLabel: 'J（均方误差）',
  curve: 'J',
  quantities: { first: '第一次更新后的 J', last: '1000 次更新后的 J', floor: 'J 可能的最小值（最小二乘直线）' },
  book: { first: '第一次更新前为 1.75（图 4-2）', last: '“接近 0 但不是 0”' },
  notes: { floor: '这里 J 到不了 0：没有一条直线能同时穿过这四个点。J 的下限是最小二乘直线的 J。' },
};

export const figure = defineFigure({
  id: 'ch4-fig4',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return { costs: fitByGradientDescent(FOUR_POINTS, ITERATIONS).history.loss, floor: cost(leastSquares(FOUR_POINTS), FOUR_POINTS) };
  },
  draw(plot, { costs }, text) {
    return plot.lossCurve({ title: text.title, xLabel: text.xLabel, yLabel: text.yLabel, series: [{ name: text.curve, values: costs }] });
  },
  report({ costs, floor }, text) {
    return {
      numbers: [
        { quantity: text.quantities.first, book: text.book.first, ours: fmt(costs[0]!) },
        { quantity: text.quantities.last, book: text.book.last, ours: fmt(costs.at(-1)!) },
        { quantity: text.quantities.floor, ours: fmt(floor) },
      ],
      notes: [text.notes.floor],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
