// Chapter 5, Data Classification — fig:learningRateSingleNeuron: chapter 2's sigmoid
// neuron learning AND, for five learning rates: the higher the rate, the faster.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { errorCurveOnAnd, startingNeuron } from '../ch2/neurons.js';

const LEARNING_RATES = [0.001, 0.01, 0.1, 0.2, 0.3];
const EPOCHS = 1000;

const TEXT = {
  caption: 'Learning rate effect: a sigmoid neuron (w = (−1, −1), b = 2) learning AND, error after 0..1000 epochs for lr 0.001 … 0.3',
  title: 'Learning rate effect',
  xLabel: 'Epoch',
  yLabel: 'Error',
  legend: (rate: string) => `lr ${rate}`,
  quantities: {
    final: (rate: string) => `error after 1000 epochs, lr ${rate}`,
    ordered: 'a higher learning rate has a lower error at every epoch from 1 on',
  },
  book: { ordered: '“the higher the learning rate, the faster”' },
  yes: 'yes',
  no: 'no',
  notes: {
    measure: 'The book’s legend title, “Learning rate effect”, is the chart title here. The error is the mean |feed − desired| over the four AND patterns, as in ch2-fig3.',
  },
};

const TEXT_ZH: typeof TEXT = {
  caption: '学习率的影响：sigmoid 神经元（w = (−1, −1)，b = 2）学习 AND，学习率从 0.001 到 0.3，训练 0..1000 轮后的误差',
  title: '学习率的影响',
  xLabel: '轮次',
  yLabel: '误差',
  legend: (rate: string) => `学习率 ${rate}`,
  quantities: {
    final: (rate: string) => `学习率 ${rate}：1000 轮后的误差`,
    ordered: '从第 1 轮起的每一轮，学习率越高误差越低',
  },
  book: { ordered: '“学习率越高，学得越快”' },
  yes: '是',
  no: '否',
  notes: {
    measure: '书中图例的标题“Learning rate effect”（学习率的影响）在这里用作图的标题。误差是四个 AND 模式上 |feed − desired| 的平均值，与 ch2-fig3 相同。',
  },
};

export const figure = defineFigure({
  id: 'ch5-fig5',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return {
      learningRates: LEARNING_RATES,
      epochs: Array.from({ length: EPOCHS + 1 }, (_, n) => n),
      errors: LEARNING_RATES.map((lr) => errorCurveOnAnd(startingNeuron(lr), EPOCHS)),
    };
  },
  draw(plot, { epochs, errors }, text) {
    return plot.lossCurve({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      series: LEARNING_RATES.map((lr, i) => ({ name: text.legend(fmt(lr)), xs: epochs, values: errors[i]! })),
    });
  },
  report({ epochs, errors }, text) {
    const ordered = epochs.slice(1).every((n) => errors.every((curve, i) => i === 0 || curve[n]! < errors[i - 1]![n]!));
    return {
      numbers: [
        ...LEARNING_RATES.map((lr, i) => ({ quantity: text.quantities.final(fmt(lr)), ours: fmt(errors[i]!.at(-1)!) })),
        { quantity: text.quantities.ordered, book: text.book.ordered, ours: ordered ? text.yes : text.no },
      ],
      notes: [text.notes.measure],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
