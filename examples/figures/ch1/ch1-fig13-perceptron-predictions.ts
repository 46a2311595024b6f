// Chapter 1, The Perceptron Model — fig:dotColorPrediction: a perceptron trained on 500 points
// colours 2000 new points by its prediction (red: feed > 0.5, i.e. on or below the line).
import { Random } from '../../../src/index.js';
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { bookPerceptron, fLine, randomPoints, RED_LINE, SIDES_TEXT, SIDES_TEXT_ZH, sideOf, trainOnRandomPoints, type ColouredPoints } from './perceptron-data.js';

const TEXT = {
  caption: 'A perceptron (w = (1, 2), b = −1, lr 0.1) trained on 500 random points predicts 2000 more: red = 1 (on or below f), blue = 0',
  title: 'Perceptron predictions after 500 training points',
  line: SIDES_TEXT.line,
  classNames: ['predicted 0 (feed ≤ 0.5)', 'predicted 1 (feed > 0.5)'],
  quantities: {
    wrongRed: 'red dots on the wrong side of f (above it), of 2000',
    wrongBlue: 'blue dots on the wrong side of f (on or below it), of 2000',
    weights: 'weights, bias after training',
  },
  book: { wrongRed: '“a few”' },
  notes: {
    colours:
      'The colours mean the opposite of ch1-fig11: there red was above the line (y > f(x)); here red is the prediction 1, i.e. on or below it (f(x) ≥ y), as in the book.',
    seed: 'A step neuron (the chapter’s perceptron), seeded `new Random(42)` as the book; the 2000 test points come from the same generator after the 500 training points.',
  },
};

const TEXT_ZH: typeof TEXT = {
  caption: '感知器（w = (1, 2)，b = −1，学习率 0.1）在 500 个随机点上训练后预测另外 2000 个点：红色为 1（在 f 上或其下方），蓝色为 0',
  title: '用 500 个点训练后感知器的预测',
  line: SIDES_TEXT_ZH.line,
  classNames: ['预测为 0（feed ≤ 0.5）', '预测为 1（feed > 0.5）'],
  quantities: {
    wrongRed: '2000 个点中落在 f 错误一侧（上方）的红点',
    wrongBlue: '2000 个点中落在 f 错误一侧（线上或下方）的蓝点',
    weights: '训练后的权重、偏差',
  },
  book: { wrongRed: '“少数几个”' },
  notes: {
    colours:
      '颜色的含义与 ch1-fig11 相反：那里红色表示在直线上方（y > f(x)）；这里红色表示预测为 1，即在直线上或其下方（f(x) ≥ y），与书中一致。',
    seed: '一个使用阶跃函数的神经元（本章的感知器），和书中一样用 `new Random(42)` 作种子；2000 个测试点取自同一个生成器，排在 500 个训练点之后。',
  },
};

interface Data {
  predictions: ColouredPoints;
  misclassified: { red: number; blue: number };
  weights: number[];
  bias: number;
}

export const figure = defineFigure<Data, typeof TEXT>({
  id: 'ch1-fig13',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const random = new Random(42);
    const p = bookPerceptron();
    trainOnRandomPoints(p, random, 500);
    const test = randomPoints(random, 2000);
    const classes = test.xs.map((x, i) => (p.feed([x, test.ys[i]!]) > 0.5 ? 1 : 0));
    const wrong = (colour: number) => classes.filter((k, i) => k === colour && k !== sideOf(test.xs[i]!, test.ys[i]!)).length;
    return { predictions: { ...test, classes }, misclassified: { red: wrong(1), blue: wrong(0) }, weights: [...p.weights], bias: p.bias };
  },
  draw(plot, { predictions }, text) {
    return plot.classification({
      title: text.title,
      points: predictions,
      classNames: text.classNames,
      boundary: { ...fLine(), name: text.line, color: RED_LINE },
    });
  },
  report({ misclassified, weights, bias }, text) {
    return {
      numbers: [
        { quantity: text.quantities.wrongRed, book: text.book.wrongRed, ours: fmt(misclassified.red) },
        { quantity: text.quantities.wrongBlue, ours: fmt(misclassified.blue) },
        { quantity: text.quantities.weights, ours: `(${weights.map((w) => fmt(w)).join(', ')}), ${fmt(bias)}` },
      ],
      notes: [text.notes.colours, text.notes.seed],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
