// Companion note on the sigmoid and its gradient: the loss curve of its example
// classifier (see sigmoid-classifier.ts and notes-gradient-classifier).
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { classifierRun } from './sigmoid-classifier.js';

const TEXT = {
  claim: 'The same program: gradient descent on the mean cross-entropy lowers the loss of the sigmoid classifier at every iteration.',
  caption: 'Mean cross-entropy of the sigmoid classifier of notes-gradient-classifier after each of its 1000 gradient-descent updates (lr 0.01)',
  title: 'Sigmoid classifier: loss during gradient descent',
  xLabel: 'Iteration',
  yLabel: 'mean cross-entropy',
  curve: 'loss',
  quantities: {
    first: 'loss after the first update',
    last: 'loss after 1000 updates',
    falling: 'updates after which the loss rose',
  },
  notes: {
    slow: 'At lr 0.01 the loss is still falling after 1000 iterations: the weights keep turning towards (1, 0) and growing, which makes the unit both more accurate and more confident.',
  },
};

const TEXT_ZH: typeof TEXT = {
  claim: '同一个程序：对平均交叉熵做梯度下降，每次迭代都让 sigmoid 分类器的损失下降。',
  caption: 'notes-gradient-classifier 中的 sigmoid 分类器在 1000 次梯度下降更新（学习率 0.01）中每次更新后的平均交叉熵',
  title: 'sigmoid 分类器：梯度下降过程中的损失',
  xLabel: '迭代次数',
  yLabel: '平均交叉熵',
  curve: '损失',
  quantities: {
    first: '第一次更新后的损失',
    last: '1000 次更新后的损失',
    falling: '更新后损失反而上升的次数',
  },
  notes: {
    slow: '学习率为 0.01 时，迭代 1000 次后损失仍在下降：权重一直在向 (1, 0) 转动并不断变大，使这个单元既更准确，也更有把握。',
  },
};

export const figure = defineFigure({
  id: 'notes-gradient-classifier-loss',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return { losses: classifierRun().losses };
  },
  draw(plot, { losses }, text) {
    return plot.lossCurve({ title: text.title, xLabel: text.xLabel, yLabel: text.yLabel, series: [{ name: text.curve, values: losses }] });
  },
  report({ losses }, text) {
    const rises = losses.filter((loss, i) => i > 0 && loss > losses[i - 1]!).length;
    return {
      numbers: [
        { quantity: text.quantities.first, ours: fmt(losses[0]!) },
        { quantity: text.quantities.last, ours: fmt(losses.at(-1)!) },
        { quantity: text.quantities.falling, ours: fmt(rises) },
      ],
      notes: [text.notes.slow],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
