// The book's second wheat-seeds script (`NNDataset>>runningSeed02`), seeded: the
// kernels shuffled, a 7-6-3 network trained 1000 epochs on the first 80 % and
// tested on the other 20 %.
import { Normalization } from '../../../src/index.js';
import { shuffleRows } from '../../../src/io/index.js';
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { seedsRows } from './data.js';
import { curveOf, LEARNING_CURVE_TEXT, LEARNING_CURVE_TEXT_ZH, learningCurveLabels, network } from './training.js';

const CUT = 0.8;

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'The wheat seeds shuffled and cut at 0.8: a 7-6-3 network trained 1000 epochs on 168 kernels (error blue, precision red), then tested on the other 42',
  source: 'The book’s second seeds example script (in its source, not in the text), with its unseeded shuffle replaced by the seeded one.',
  title: 'Wheat seeds, 7-6-3 network, training on 80 %',
  quantities: {
    rows: 'training rows, test rows',
    precision: 'training precision after 1000 epochs',
    test: 'test accuracy on the 42 held-out kernels',
  },
  accuracy: (accuracy: string, correct: string, test: string) => `${accuracy} (${correct} of ${test})`,
  notes: {
    script:
      'As the book’s script: the 210 rows min–max normalised, shuffled, the first 168 (210 × 0.8, truncated as the script does) trained by `train:nbEpochs:` (`trainEpochs`, which normalises its rows once more), the last 42 predicted. The book shuffles with an unseeded `shuffled`; we shuffle with `new Random(42)`, so the run is the same every time. The book prints no number for it.',
  },
};

const TEXT_ZH: typeof TEXT = {
  ...LEARNING_CURVE_TEXT_ZH,
  caption: '小麦种子打乱后按 0.8 切分：7-6-3 网络在 168 粒麦粒上训练 1000 轮（误差为蓝色，准确率为红色），再在另外 42 粒上测试',
  source: '书中第二个种子示例脚本（在源代码里，不在正文中），其中不带种子的打乱换成了带种子的打乱。',
  title: '小麦种子，7-6-3 网络，用 80 % 训练',
  quantities: {
    rows: '训练行数、测试行数',
    precision: '1000 轮后的训练准确率',
    test: '在留出的 42 粒麦粒上的测试准确率',
  },
  accuracy: (accuracy: string, correct: string, test: string) => `${accuracy}（${test} 粒中对 ${correct} 粒）`,
  notes: {
    script:
      '与书中的脚本一致：210 行先做最小–最大归一化，再打乱，前 168 行（210 × 0.8，和脚本一样截断取整）用 `train:nbEpochs:`（`trainEpochs`，它会再做一次归一化）训练，最后 42 行用来预测。书中用不带种子的 `shuffled` 打乱；我们用 `new Random(42)` 打乱，所以每次运行的结果都一样。书中没有给出它的任何数字。',
  },
};

export const figure = defineFigure({
  id: 'ch5-seeds-763',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const rows = shuffleRows(new Normalization().normalizeData(seedsRows()), 42);
    const trainingRows = Math.trunc(rows.length * CUT);
    const test = rows.slice(trainingRows);
    const net = network(7, 6, 3);
    net.trainEpochs(rows.slice(0, trainingRows), 1000);
    const correct = test.filter((row) => net.predict(row.slice(0, -1)) === row.at(-1)).length;
    return { ...curveOf(net), trainingRows, testRows: test.length, correct, accuracy: correct / test.length };
  },
  draw(plot, { errors, precisions }, text) {
    return plot.learningCurve({ ...learningCurveLabels(text), errors, precisions });
  },
  report({ precisions, trainingRows, testRows, correct, accuracy }, text) {
    return {
      numbers: [
        { quantity: text.quantities.rows, ours: `${fmt(trainingRows)}, ${fmt(testRows)}` },
        { quantity: text.quantities.precision, ours: fmt(precisions.at(-1)!) },
        { quantity: text.quantities.test, ours: text.accuracy(fmt(accuracy), fmt(correct), fmt(testRows)) },
      ],
      notes: [text.notes.script],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
