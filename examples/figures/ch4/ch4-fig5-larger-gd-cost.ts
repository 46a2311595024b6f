// Chapter 4, Theory on Learning — Figure 4-5 (fig:largerExampleGD): gradient descent on
// 100 points around y = x (lr 0.01, 3000 iterations); the cost after each update.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { noisyLine } from './data.js';
import { cost, fitByGradientDescent, leastSquares } from './learning.js';

const POINTS = 100;
const ITERATIONS = 3000;

const TEXT = {
  caption: '100 points around y = x (Random seed 42): J after each of 3000 gradient-descent updates (lr 0.01)',
  title: 'Gradient descent on 100 points',
  xLabel: 'Iteration',
  yLabel: 'J (mean squared error)',
  curve: 'J',
  quantities: {
    first: 'J after the first update',
    last: 'J after 3000 updates',
    floor: 'smallest possible J (least-squares line)',
    noise: 'variance of the noise, 0.2² / 3',
  },
  book: { last: '“learns”' },
  notes: {
    start: 'Gradient descent starts from the chapter’s a = 0.5, b = 3, as in the four-point script.',
    noise: 'y = x + U(−0.2, 0.2): no line does much better than J = 0.04 / 3, the variance of the noise.',
  },
};

const TEXT_ZH: typeof TEXT = {
  caption: 'y = x 附近的 100 个点（Random 种子 42）：梯度下降 3000 次更新（学习率 0.01）中每次更新后的 J',
  title: '100 个点上的梯度下降',
  xLabel: '迭代次数',
  yLabel: 'J（均方误差）',
  curve: 'J',
  quantities: {
    first: '第一次更新后的 J',
    last: '3000 次更新后的 J',
    floor: 'J 可能的最小值（最小二乘直线）',
    noise: '噪声的方差 0.2² / 3',
  },
  book: { last: '“学会了”' },
  notes: {
    start: '和四个点的脚本一样，梯度下降从本章的 a = 0.5、b = 3 出发。',
    noise: 'y = x + U(−0.2, 0.2)：任何直线都难以明显低于噪声的方差 J = 0.04 / 3。',
  },
};

export const figure = defineFigure({
  id: 'ch4-fig5',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const data = noisyLine(POINTS);
    const { model, history } = fitByGradientDescent(data, ITERATIONS);
    return { costs: history.loss, a: model.a, b: model.b, floor: cost(leastSquares(data), data) };
  },
  draw(plot, { costs }, text) {
    return plot.lossCurve({ title: text.title, xLabel: text.xLabel, yLabel: text.yLabel, series: [{ name: text.curve, values: costs }] });
  },
  report({ costs, floor }, text) {
    return {
      numbers: [
        { quantity: text.quantities.first, ours: fmt(costs[0]!) },
        { quantity: text.quantities.last, book: text.book.last, ours: fmt(costs.at(-1)!) },
        { quantity: text.quantities.floor, ours: fmt(floor) },
        { quantity: text.quantities.noise, ours: fmt(0.04 / 3) },
      ],
      notes: [text.notes.start, text.notes.noise],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
