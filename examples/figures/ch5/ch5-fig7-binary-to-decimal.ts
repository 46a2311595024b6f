// Chapter 5, Data Classification — fig:digitConvertion: a 3-8-8 network learning to
// turn a 3-bit binary number into its value (0..7) in 1000 epochs.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { BINARY_TO_DECIMAL } from './data.js';
import { firstEpochReaching, LEARNING_CURVE_TEXT, LEARNING_CURVE_TEXT_ZH, learningCurve, learningCurveLabels, network } from './training.js';

const QUERIES = [
  [0, 1, 1],
  [0.4, 0.7, 0.6],
];

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'Learning to convert 3-bit binary numbers to decimal: a 3-8-8 network, 1000 epochs (error blue, precision red)',
  title: 'Binary to decimal, 3-8-8 network',
  quantities: {
    precision: 'precision after 1000 epochs',
    firstPerfect: 'first epoch with precision 1',
    predict: (inputs: string) => `predict (${inputs})`,
  },
  book: { predict: fmt(3) },
  notes: {
    caption: 'The book’s caption, “Learning the Iris dataset”, is wrong: the figure shows the binary-to-decimal network.',
    inputs: 'The network learns on min–max normalised inputs; the bits 0 and 1 normalise to themselves, so (0, 1, 1) and (0.4, 0.7, 0.6) are predicted as given, like the book.',
  },
};

const TEXT_ZH: typeof TEXT = {
  ...LEARNING_CURVE_TEXT_ZH,
  caption: '学习把 3 位二进制数转换成十进制：3-8-8 网络，1000 轮（误差为蓝色，准确率为红色）',
  title: '二进制转十进制，3-8-8 网络',
  quantities: {
    precision: '1000 轮后的准确率',
    firstPerfect: '准确率首次为 1 的轮次',
    predict: (inputs: string) => `预测 (${inputs})`,
  },
  book: { predict: fmt(3) },
  notes: {
    caption: '书中这张图的图题“Learning the Iris dataset”（学习鸢尾花数据集）是错的：图中是二进制转十进制的网络。',
    inputs: '网络在经过最小–最大归一化的输入上学习；比特 0 和 1 归一化后不变，所以和书中一样，(0, 1, 1) 和 (0.4, 0.7, 0.6) 按原样拿去预测。',
  },
};

export const figure = defineFigure({
  id: 'ch5-fig7',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const net = network(3, 8, 8);
    const curve = learningCurve(net, BINARY_TO_DECIMAL, 1000);
    return { ...curve, predictions: QUERIES.map((inputs) => ({ inputs, predicted: net.predict(inputs) })) };
  },
  draw(plot, { errors, precisions }, text) {
    return plot.learningCurve({ ...learningCurveLabels(text), errors, precisions });
  },
  report({ precisions, predictions }, text) {
    return {
      numbers: [
        { quantity: text.quantities.precision, ours: fmt(precisions.at(-1)!) },
        { quantity: text.quantities.firstPerfect, ours: fmt(firstEpochReaching(precisions, 1)!) },
        ...predictions.map(({ inputs, predicted }) => ({
          quantity: text.quantities.predict(inputs.map((v) => fmt(v)).join(', ')),
          book: text.book.predict,
          ours: fmt(predicted),
        })),
      ],
      notes: [text.notes.caption, text.notes.inputs],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
