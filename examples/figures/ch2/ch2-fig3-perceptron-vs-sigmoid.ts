// Chapter 2, The Artificial Neuron — fig:perceptronVsSigmoid: the same neuron learning AND,
// once with the step function (a perceptron) and once with the sigmoid.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { errorCurveOnAnd, startingNeuron } from './neurons.js';

const EPOCHS = 1000;
const GREEN = 'rgb(44, 160, 44)';

const TEXT = {
  caption: 'Learning AND from w = (−1, −1), b = 2, lr 0.1: mean |output − desired| after 0..1000 epochs, sigmoid neuron vs perceptron',
  title: 'Perceptron vs Sigmoid neuron',
  xLabel: 'Epoch',
  yLabel: 'Error',
  legend: { sigmoid: 'Sigmoid neuron', perceptron: 'Perceptron' },
  quantities: {
    perceptronDone: 'perceptron: first epoch with error 0',
    sigmoidAt1000: 'sigmoid neuron: error after 1000 epochs',
    sigmoidBelow: 'sigmoid neuron: first epoch with error < 0.1',
  },
  book: { perceptronDone: '“the perceptron learns much faster”' },
  never: (epochs: string) => `not within ${epochs} epochs`,
  notes: {
    curve: 'One neuron per activation is trained epoch after epoch and measured after each epoch; the book trains a fresh neuron for every n, which gives the same numbers since training is deterministic.',
    unusedSeed: 'The book creates a `Random seed: 42` it never uses; nothing here is random.',
    slowSigmoid:
      'The book’s NeuronTest trains this sigmoid neuron 5000 epochs and then finds each AND output within 0.1 of its target (ported in test/book/neuron.test.ts).',
  },
};

const TEXT_ZH: typeof TEXT = {
  caption: '从 w = (−1, −1)、b = 2 出发，以学习率 0.1 学习 AND：训练 0..1000 轮后的平均 |输出 − 期望值|，sigmoid 神经元与感知器对比',
  title: '感知器与 sigmoid 神经元',
  xLabel: '轮次',
  yLabel: '误差',
  legend: { sigmoid: 'sigmoid 神经元', perceptron: '感知器' },
  quantities: {
    perceptronDone: '感知器：误差首次为 0 的轮次',
    sigmoidAt1000: 'sigmoid 神经元：1000 轮后的误差',
    sigmoidBelow: 'sigmoid 神经元：误差首次 < 0.1 的轮次',
  },
  book: { perceptronDone: '“感知器学得快得多”' },
  never: (epochs: string) => `${epochs} 轮内未达到`,
  notes: {
    curve: '每种激活函数只用一个神经元，一轮接一轮地训练，每轮之后测量一次；书中对每个 n 都重新训练一个新神经元，由于训练是确定性的，得到的数字完全相同。',
    unusedSeed: '书中创建了一个 `Random seed: 42`，却从未使用；这里没有任何随机成分。',
    slowSigmoid: '书中的 NeuronTest 将这个 sigmoid 神经元训练 5000 轮，然后检查 AND 的每个输出与目标值之差都在 0.1 以内（移植在 test/book/neuron.test.ts 中）。',
  },
};

export const figure = defineFigure({
  id: 'ch2-fig3',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return {
      epochs: Array.from({ length: EPOCHS + 1 }, (_, n) => n),
      sigmoid: errorCurveOnAnd(startingNeuron().sigmoid(), EPOCHS),
      perceptron: errorCurveOnAnd(startingNeuron().step(), EPOCHS),
    };
  },
  draw(plot, { epochs, sigmoid, perceptron }, text) {
    return plot.lossCurve({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      series: [
        { name: text.legend.sigmoid, xs: epochs, values: sigmoid },
        { name: text.legend.perceptron, xs: epochs, values: perceptron, color: GREEN },
      ],
    });
  },
  report({ sigmoid, perceptron }, text) {
    const below = sigmoid.findIndex((v) => v < 0.1);
    return {
      numbers: [
        { quantity: text.quantities.perceptronDone, book: text.book.perceptronDone, ours: fmt(perceptron.indexOf(0)) },
        { quantity: text.quantities.sigmoidAt1000, ours: fmt(sigmoid[EPOCHS]!) },
        { quantity: text.quantities.sigmoidBelow, ours: below < 0 ? text.never(fmt(EPOCHS)) : fmt(below) },
      ],
      notes: [text.notes.curve, text.notes.unusedSeed, text.notes.slowSigmoid],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
