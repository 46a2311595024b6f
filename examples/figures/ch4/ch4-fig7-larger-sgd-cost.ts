// Chapter 4, Theory on Learning — Figure 4-7 (fig:largerExampleSGD): mini-batch stochastic
// gradient descent on the same 100 points (batches of 5, 1000 epochs, lr 0.01).
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt, pair } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { noisyLine } from './data.js';
import { fitByGradientDescent, fitByMiniBatches, leastSquares } from './learning.js';

const POINTS = 100;
const EPOCHS = 1000;

const TEXT = {
  caption: 'The same 100 points with mini-batch SGD (batches of 5 in order, lr 0.01): the chapter’s cost of each of 1000 epochs',
  title: 'Stochastic gradient descent on 100 points',
  xLabel: 'Epoch',
  yLabel: 'J (the epoch’s cost)',
  curve: 'J',
  quantities: {
    first: 'cost of epoch 1',
    last: 'cost of epoch 1000',
    beforeUpdates: 'cost of epoch 1000 measured before each batch’s update (our trainers’ default)',
    gd: 'GD’s J after 3000 iterations (Figure 4-5)',
    fitted: 'fitted a, b',
    best: 'least-squares a, b',
    lowest: 'lowest epoch cost (to 8 significant digits), and its epoch',
  },
  book: { last: '“similar” in shape to Figure 4-5' },
  notes: {
    shuffle: 'The text says to shuffle the data before cutting it into batches; the book’s script does not, and neither do we (batches 1–5, 6–10, … every epoch).',
    measure:
      'The cost of an epoch is the chapter’s: Σ over the 20 batches of (the batch’s squared error / 100), each batch measured right after its own update — the trainer option `measureLoss: \'afterUpdate\'`. Our trainers measure each batch before its update by default (the loss its gradient comes from, at no extra pass); the table gives both.',
    updates: 'SGD makes 20 updates per epoch, so 1000 epochs are 20000 updates against GD’s 3000: it gets lower sooner per pass over the data.',
    cycle: (creep: string) =>
      `With a fixed order and a constant learning rate, SGD settles into a cycle near the least-squares line, not on it: after its lowest point the epoch cost creeps up by ${creep}, too little to see on the chart.`,
  },
};

const TEXT_ZH: typeof TEXT = {
  caption: '同样的 100 个点，改用小批量随机梯度下降（按顺序每批 5 个点，学习率 0.01）：按本章的定义，1000 轮中每一轮的成本',
  title: '100 个点上的随机梯度下降',
  xLabel: '轮次',
  yLabel: 'J（该轮的成本）',
  curve: 'J',
  quantities: {
    first: '第 1 轮的成本',
    last: '第 1000 轮的成本',
    beforeUpdates: '每批都在更新之前测量时第 1000 轮的成本（我们的训练器的默认做法）',
    gd: '梯度下降迭代 3000 次后的 J（图 4-5）',
    fitted: '拟合得到的 a、b',
    best: '最小二乘的 a、b',
    lowest: '各轮中最低的成本（8 位有效数字）及其轮次',
  },
  book: { last: '形状与图 4-5 “相似”' },
  notes: {
    shuffle: '正文说要先打乱数据再分批；书中的脚本没有打乱，我们也不打乱（每一轮都是第 1–5、6–10、… 个点各成一批）。',
    measure:
      '每轮的成本按本章的定义：对 20 个批次求和 Σ（该批的平方误差 / 100），每批都在自己的更新之后立即测量，即训练器选项 `measureLoss: \'afterUpdate\'`。我们的训练器默认在每批更新之前测量（也就是算梯度时用的那个损失，不必再多算一遍）；表中两种都列出。',
    updates: '随机梯度下降每轮更新 20 次，1000 轮就是 20000 次更新，而梯度下降只有 3000 次：按遍历数据的遍数算，它下降得更快。',
    cycle: (creep: string) =>
      `在固定顺序和恒定学习率下，随机梯度下降最后在最小二乘直线附近打转，而不是停在它上面：到达最低点之后，每轮的成本又慢慢升高了 ${creep}，小到在图上看不出来。`,
  },
};

export const figure = defineFigure({
  id: 'ch4-fig7',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const data = noisyLine(POINTS);
    const { model, history } = fitByMiniBatches(data, EPOCHS);
    const best = leastSquares(data);
    return {
      costs: history.loss,
      costsBeforeUpdates: fitByMiniBatches(data, EPOCHS, 'beforeUpdate').history.loss,
      a: model.a,
      b: model.b,
      gradientDescentCost: fitByGradientDescent(data, 3000).history.loss.at(-1)!,
      best: { a: best.a, b: best.b },
    };
  },
  draw(plot, { costs }, text) {
    return plot.lossCurve({ title: text.title, xLabel: text.xLabel, yLabel: text.yLabel, series: [{ name: text.curve, values: costs }] });
  },
  report({ costs, costsBeforeUpdates, a, b, gradientDescentCost, best }, text) {
    const lowest = costs.indexOf(Math.min(...costs));
    return {
      numbers: [
        { quantity: text.quantities.first, ours: fmt(costs[0]!) },
        { quantity: text.quantities.last, book: text.book.last, ours: fmt(costs.at(-1)!) },
        { quantity: text.quantities.beforeUpdates, ours: fmt(costsBeforeUpdates.at(-1)!) },
        { quantity: text.quantities.gd, ours: fmt(gradientDescentCost) },
        { quantity: text.quantities.fitted, ours: pair(a, b) },
        { quantity: text.quantities.best, ours: pair(best.a, best.b) },
        { quantity: text.quantities.lowest, ours: `${fmt(costs[lowest]!, 8)}, ${fmt(lowest + 1)}` },
      ],
      notes: [text.notes.shuffle, text.notes.measure, text.notes.updates, text.notes.cycle(fmt(costs.at(-1)! - costs[lowest]!, 2))],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
