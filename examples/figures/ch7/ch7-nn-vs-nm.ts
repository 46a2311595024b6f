// Chapter 7, Matrix-Based Neural Networks: the book's two
// networks side by side on XOR — NNetwork (objects, online: one update per
// example) and NMNetwork (matrices, full batch: one update per epoch) — error per
// epoch, and time per epoch measured on this machine.
import { NNetwork } from '../../../src/index.js';
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { trainedXorNetwork, XOR } from './xor.js';

const EPOCHS = 5000;
const TIMED_RUNS = 7;

interface SideBySide {
  nnErrors: number[];
  nmErrors: number[];
  /** Median time of one epoch, in microseconds, over `TIMED_RUNS` trainings after a warm-up one. */
  nnMicrosecondsPerEpoch: number;
  nmMicrosecondsPerEpoch: number;
}

function trainedNNetwork(): NNetwork {
  const network = new NNetwork().configure(2, 3, 2);
  network.trainEpochs(XOR, EPOCHS); // XOR's columns already span [0, 1]: the normalisation changes nothing
  return network;
}

/** Median wall-clock microseconds per epoch of `train`, after one untimed run so that V8 has compiled it. */
function microsecondsPerEpoch(train: () => unknown): number {
  train();
  const times: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run++) {
    const started = performance.now();
    train();
    times.push(((performance.now() - started) * 1000) / EPOCHS);
  }
  return times.sort((a, b) => a - b)[TIMED_RUNS >> 1]!;
}

const TEXT = {
  caption:
    'XOR with the book’s two networks, 2-3-2, 5000 epochs: NNetwork online (blue) and NMNetwork full batch (red) — error per epoch, and time per epoch on this machine',
  source: 'Our own comparison of the chapter’s matrix network with the Neural Networks chapter’s objects; the book has no such figure.',
  title: 'XOR, 2-3-2: NNetwork (objects, online) and NMNetwork (matrices, full batch)',
  errorsTitle: 'Error per epoch',
  xLabel: 'Epoch',
  errorsLabel: 'Σ over the 4 rows of Σ(t − o)²',
  nnSeries: 'NNetwork, online (4 updates per epoch)',
  nmSeries: 'NMNetwork, full batch (1 update per epoch)',
  timesTitle: 'Time per epoch (this machine; it varies with the machine and its load)',
  timesLabel: 'microseconds per epoch',
  timesCategories: ['NNetwork, online', 'NMNetwork, full batch'],
  timesSeries: 'median of 7 timed trainings of 5000 epochs',
  microseconds: (value: string) => `${value} µs`,
  quantities: { errors: 'error after 5000 epochs, NNetwork / NMNetwork', times: 'time per epoch, NNetwork / NMNetwork (this machine)' },
  notes: {
    weights:
      'Both start from the book’s seeded weights: NNetwork U[−2, 2) per neuron (weights then bias), NMNetwork U[0, 1) per layer (weights then biases), each from a `Random(42)`. Both use the sigmoid and learning rate 0.1.',
    errors:
      'The errors are the same sum of squares over the 4 rows and 2 outputs, but NNetwork adds each row’s error as it goes (before that row’s update, 4 updates per epoch), while NMNetwork measures all 4 rows before its one update.',
    times:
      'Times are wall-clock medians of 7 trainings of 5000 epochs each (after one untimed training, so that V8 has compiled the code), divided by 5000. They depend on the machine and on what else runs on it; `npm run bench` measures properly (bench/RESULTS.md, workloads xor and nm-xor).',
  },
};

const TEXT_ZH: typeof TEXT = {
  caption:
    '用书中的两种网络学习 XOR，2-3-2，5000 轮：在线训练的 NNetwork（蓝）和全批量训练的 NMNetwork（红）——每轮的误差，以及本机上每轮的耗时',
  source: '我们自己把本章的矩阵网络和“神经网络”一章的对象实现放在一起比较；书中没有这样的图。',
  title: 'XOR，2-3-2：NNetwork（对象，在线）与 NMNetwork（矩阵，全批量）',
  errorsTitle: '每轮的误差',
  xLabel: '轮次',
  errorsLabel: '4 行的 Σ(t − o)² 之和',
  nnSeries: 'NNetwork，在线（每轮更新 4 次）',
  nmSeries: 'NMNetwork，全批量（每轮更新 1 次）',
  timesTitle: '每轮耗时（本机；随机器及其负载而变）',
  timesLabel: '每轮微秒数',
  timesCategories: ['NNetwork，在线', 'NMNetwork，全批量'],
  timesSeries: '7 次计时训练（每次 5000 轮）的中位数',
  microseconds: (value: string) => `${value} µs`,
  quantities: { errors: '5000 轮后的误差，NNetwork / NMNetwork', times: '每轮耗时，NNetwork / NMNetwork（本机）' },
  notes: {
    weights:
      '两者都从书中带种子的权重出发：NNetwork 每个神经元取自 U[−2, 2)（先权重、后偏差），NMNetwork 每层取自 U[0, 1)（先权重、后偏差），各自来自一个 `Random(42)`。两者都使用 sigmoid 函数，学习率都是 0.1。',
    errors:
      '两者的误差都是 4 行、2 个输出上的平方和，但 NNetwork 是边训练边累加每一行的误差（在该行更新之前，每轮更新 4 次），而 NMNetwork 是在它唯一的一次更新之前一起测量全部 4 行。',
    times:
      '时间是 7 次训练（每次 5000 轮，之前先做一次不计时的训练，让 V8 把代码编译好）实际耗时的中位数，再除以 5000。它取决于机器以及机器上同时运行的其他程序；要准确测量请用 `npm run bench`（见 bench/RESULTS.md 中的 xor 和 nm-xor）。',
  },
};

export const figure = defineFigure<SideBySide, typeof TEXT>({
  id: 'ch7-nn-vs-nm',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return {
      nnErrors: [...trainedNNetwork().errors],
      nmErrors: [...trainedXorNetwork(EPOCHS).errors],
      nnMicrosecondsPerEpoch: microsecondsPerEpoch(trainedNNetwork),
      nmMicrosecondsPerEpoch: microsecondsPerEpoch(() => trainedXorNetwork(EPOCHS)),
    };
  },
  async draw(plot, { nnErrors, nmErrors, nnMicrosecondsPerEpoch, nmMicrosecondsPerEpoch }, text) {
    const errors = await plot.lossCurve({
      title: text.errorsTitle,
      xLabel: text.xLabel,
      yLabel: text.errorsLabel,
      series: [
        { name: text.nnSeries, values: nnErrors },
        { name: text.nmSeries, values: nmErrors },
      ],
    });
    const times = await plot.bars({
      title: text.timesTitle,
      yLabel: text.timesLabel,
      categories: [...text.timesCategories],
      series: [{ name: text.timesSeries, values: [nnMicrosecondsPerEpoch, nmMicrosecondsPerEpoch] }],
      valueLabel: (microseconds: number) => text.microseconds(fmt(microseconds, 3)),
    });
    return plot.tile([errors, times], { title: text.title });
  },
  report({ nnErrors, nmErrors, nnMicrosecondsPerEpoch, nmMicrosecondsPerEpoch }, text) {
    return {
      numbers: [
        { quantity: text.quantities.errors, ours: `${fmt(nnErrors.at(-1)!)} / ${fmt(nmErrors.at(-1)!)}` },
        { quantity: text.quantities.times, ours: `${text.microseconds(fmt(nnMicrosecondsPerEpoch, 3))} / ${text.microseconds(fmt(nmMicrosecondsPerEpoch, 3))}` },
      ],
      notes: [text.notes.weights, text.notes.errors, text.notes.times],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
