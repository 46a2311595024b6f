// Chapter 5, Data Classification — fig:contradictionInData: a 2-3-2 network trained
// 1000 epochs on contradictory rows, (0, 0) → 0 and (0, 0) → 1; the error cannot reach 0.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { CONTRADICTION } from './data.js';
import { LEARNING_CURVE_TEXT, LEARNING_CURVE_TEXT_ZH, learningCurveLabels, learningCurveWithoutNormalisation, network } from './training.js';

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'Contradictory data, (0, 0) → 0 and (0, 0) → 1: a 2-3-2 network trained 1000 epochs cannot bring the error to 0',
  title: 'Contradictory data, 2-3-2 network',
  quantities: {
    error: 'error after 1000 epochs (its floor is 1: both outputs at 0.5)',
    precision: 'precision of the last epoch (counted before each row’s update, as the book)',
    trained: 'precision of the trained network on the 2 rows',
  },
  book: { error: '“cannot reach 0”' },
  notes: {
    raw: 'The book’s final `train:nbEpochs:` normalises the rows first, and a constant column (both inputs are 0 in every row) makes it divide by zero (ours throws ConstantColumnError). We draw what the chapter meant, with its first, non-normalising version (`trainEpochsWithoutNormalization`): the same online rule on the raw rows.',
    precision:
      'The book counts a row as right when it is predicted right before its own update. Here each update pulls the outputs towards the row just seen, so once training has settled the next (contradicting) row is always predicted wrong: the precision curve ends at 0, while the trained network gets 1 of the 2 rows right (0.5).',
  },
};

const TEXT_ZH: typeof TEXT = {
  ...LEARNING_CURVE_TEXT_ZH,
  caption: '相互矛盾的数据 (0, 0) → 0 和 (0, 0) → 1：2-3-2 网络训练 1000 轮，误差无法降到 0',
  title: '相互矛盾的数据，2-3-2 网络',
  quantities: {
    error: '1000 轮后的误差（其下限为 1：两个输出都是 0.5）',
    precision: '最后一轮的准确率（和书中一样，在每行更新之前统计）',
    trained: '训练好的网络在这 2 行上的准确率',
  },
  book: { error: '“无法达到 0”' },
  notes: {
    raw: '书中最终版本的 `train:nbEpochs:` 会先对各行做归一化，而常数列（每一行的两个输入都是 0）会导致除以零（我们的实现抛出 ConstantColumnError）。我们画的是本章原本要表达的内容，用它最初那个不做归一化的版本（`trainEpochsWithoutNormalization`）：在原始数据行上使用同样的在线学习规则。',
    precision:
      '书中把一行算作正确，是指它在自己的更新之前就被预测对了。这里每次更新都把输出拉向刚刚见过的那一行，所以训练稳定之后，下一行（与之矛盾的那一行）总是被预测错：准确率曲线最终为 0，而训练好的网络能答对 2 行中的 1 行（0.5）。',
  },
};

export const figure = defineFigure({
  id: 'ch5-fig3',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const net = network(2, 3, 2);
    const curve = learningCurveWithoutNormalisation(net, CONTRADICTION, 1000);
    const trainedPrecision = CONTRADICTION.filter((row) => net.predict(row.slice(0, -1)) === row.at(-1)).length / CONTRADICTION.length;
    return { ...curve, trainedPrecision };
  },
  draw(plot, { errors, precisions }, text) {
    return plot.learningCurve({ ...learningCurveLabels(text), errors, precisions });
  },
  report({ errors, precisions, trainedPrecision }, text) {
    return {
      numbers: [
        { quantity: text.quantities.error, book: text.book.error, ours: fmt(errors.at(-1)!) },
        { quantity: text.quantities.precision, ours: fmt(precisions.at(-1)!) },
        { quantity: text.quantities.trained, ours: fmt(trainedPrecision) },
      ],
      notes: [text.notes.raw, text.notes.precision],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
