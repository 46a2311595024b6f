// Chapter 5, Data Classification — fig:learningCurve: a 2-3-2 network learning XOR
// for 10000 epochs; error (blue, left) and precision (red, right) per epoch.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { XOR } from './data.js';
import { firstEpochReaching, LEARNING_CURVE_TEXT, LEARNING_CURVE_TEXT_ZH, learningCurve, learningCurveLabels, network } from './training.js';

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'Visualizing the learning: a 2-3-2 network trained on XOR for 10000 epochs (error blue, precision red)',
  title: 'XOR, 2-3-2 network',
  quantities: { errors: 'error, first → last epoch', precision: 'precision after 10000 epochs', firstPerfect: 'first epoch with precision 1' },
  book: { errors: '“close to 0” at the end', precision: fmt(1) },
};

const TEXT_ZH: typeof TEXT = {
  ...LEARNING_CURVE_TEXT_ZH,
  caption: '把学习过程画出来：2-3-2 网络在 XOR 上训练 10000 轮（误差为蓝色，准确率为红色）',
  title: 'XOR，2-3-2 网络',
  quantities: { errors: '误差，第一轮 → 最后一轮', precision: '10000 轮后的准确率', firstPerfect: '准确率首次为 1 的轮次' },
  book: { errors: '最后“接近 0”', precision: fmt(1) },
};

export const figure = defineFigure({
  id: 'ch5-fig1',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return learningCurve(network(2, 3, 2), XOR, 10000);
  },
  draw(plot, curve, text) {
    return plot.learningCurve({ ...learningCurveLabels(text), ...curve });
  },
  report(curve, text) {
    return {
      numbers: [
        { quantity: text.quantities.errors, book: text.book.errors, ours: `${fmt(curve.errors[0]!)} → ${fmt(curve.errors.at(-1)!)}` },
        { quantity: text.quantities.precision, book: text.book.precision, ours: fmt(curve.precisions.at(-1)!) },
        { quantity: text.quantities.firstPerfect, ours: fmt(firstEpochReaching(curve.precisions, 1)!) },
      ],
      notes: [],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
