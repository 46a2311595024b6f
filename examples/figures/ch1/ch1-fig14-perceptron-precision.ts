// Chapter 1, The Perceptron Model — fig:perceptronPrecision: the share of 1000 test points a
// perceptron gets right after training on n = 0, 10, …, 2000 points.
import { Random, type Neuron } from '../../../src/index.js';
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { bookPerceptron, coordinate, sideOf, trainOnRandomPoints } from './perceptron-data.js';

/** Share of `count` new points from `random` where |feed − expected| < 0.2 (the book's test). */
function precisionOn(p: Neuron, random: Random, count: number): number {
  let good = 0;
  for (let i = 0; i < count; i++) {
    const x = coordinate(random);
    const y = coordinate(random);
    if (Math.abs(p.feed([x, y]) - sideOf(x, y)) < 0.2) good++;
  }
  return good / count;
}

const TEXT = {
  caption: 'The perceptron’s precision on 1000 test points after n = 0, 10, …, 2000 training points',
  title: 'Precision of the perceptron',
  xLabel: 'Training iteration',
  yLabel: 'Precision',
  quantities: {
    untrained: 'precision with no training (n = 0)',
    trained: 'precision after 2000 training points',
    firstGood: 'first n with precision ≥ 0.95',
  },
  book: { untrained: '“around 0.25”', trained: '“close to 1.0”', firstGood: '“quickly”' },
  notes: {
    fresh: 'Each n starts afresh, as the book does: a new `new Random(42)` and a new step neuron w = (1, 2), b = −1; the test points follow the training points in the same generator.',
  },
};

const TEXT_ZH: typeof TEXT = {
  caption: '感知器分别用 n = 0, 10, …, 2000 个点训练后，在 1000 个测试点上的准确率',
  title: '感知器的准确率',
  xLabel: '训练次数',
  yLabel: '准确率',
  quantities: {
    untrained: '未经训练时的准确率（n = 0）',
    trained: '用 2000 个点训练后的准确率',
    firstGood: '准确率首次 ≥ 0.95 时的 n',
  },
  book: { untrained: '“0.25 左右”', trained: '“接近 1.0”', firstGood: '“很快”' },
  notes: {
    fresh: '与书中一样，每个 n 都从头开始：新的 `new Random(42)`，新的阶跃神经元 w = (1, 2)，b = −1；测试点取自同一个生成器，排在训练点之后。',
  },
};

export const figure = defineFigure({
  id: 'ch1-fig14',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const trained: number[] = [];
    const precisions: number[] = [];
    for (let n = 0; n <= 2000; n += 10) {
      const random = new Random(42);
      const p = bookPerceptron();
      trainOnRandomPoints(p, random, n);
      trained.push(n);
      precisions.push(precisionOn(p, random, 1000));
    }
    return { trained, precisions };
  },
  draw(plot, { trained, precisions }, text) {
    return plot.lossCurve({ title: text.title, xLabel: text.xLabel, yLabel: text.yLabel, series: [{ values: precisions, xs: trained }] });
  },
  report({ trained, precisions }, text) {
    return {
      numbers: [
        { quantity: text.quantities.untrained, book: text.book.untrained, ours: fmt(precisions[0]!) },
        { quantity: text.quantities.trained, book: text.book.trained, ours: fmt(precisions.at(-1)!) },
        { quantity: text.quantities.firstGood, book: text.book.firstGood, ours: fmt(trained[precisions.findIndex((v) => v >= 0.95)]!) },
      ],
      notes: [text.notes.fresh],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
