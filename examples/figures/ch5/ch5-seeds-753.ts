// The book's wheat-seeds example script (`NNDataset>>runningSeed01`), seeded: a
// 7-5-3 network learns the 210 kernels for 2000 epochs with `train:nbEpochs:`.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { seedsRows } from './data.js';
import { firstEpochReaching, LEARNING_CURVE_TEXT, LEARNING_CURVE_TEXT_ZH, learningCurve, learningCurveLabels, network } from './training.js';

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'The wheat seeds: a 7-5-3 network trained on the 210 kernels for 2000 epochs (error blue, precision red)',
  source: 'One of the book’s example scripts beside the chapter (in its source, not in the text): the chapter’s network on a second data set.',
  title: 'Wheat seeds, 7-5-3 network',
  quantities: {
    errors: 'error, first → last epoch',
    precision: 'precision after 2000 epochs',
    firstGood: 'first epoch with precision ≥ 0.9',
  },
  notes: {
    data: 'The seeds data (UCI “seeds”, Charytanowicz et al. 2010) ships in data/seeds.csv: 210 kernels of three wheat varieties (Kama, Rosa, Canadian), 70 each, with 7 measurements (area, perimeter, compactness, kernel length and width, asymmetry, groove length). The book reads the same rows from UCI’s whitespace-separated text (`readSeedsText` reads that format).',
    script: 'As the book’s script: the rows in the file’s order, min–max normalised by `train:nbEpochs:` (`trainEpochs`), online training at lr 0.1, weights from `new Random(42)`. The book prints no number for it.',
  },
};

const TEXT_ZH: typeof TEXT = {
  ...LEARNING_CURVE_TEXT_ZH,
  caption: '小麦种子：7-5-3 网络在 210 粒麦粒上训练 2000 轮（误差为蓝色，准确率为红色）',
  source: '书中附在本章旁的一个示例脚本（在源代码里，不在正文中）：把本章的网络用在第二个数据集上。',
  title: '小麦种子，7-5-3 网络',
  quantities: {
    errors: '误差，第一轮 → 最后一轮',
    precision: '2000 轮后的准确率',
    firstGood: '准确率首次 ≥ 0.9 的轮次',
  },
  notes: {
    data: '种子数据集（UCI “seeds”，Charytanowicz 等，2010）随仓库提供，位于 data/seeds.csv：三个小麦品种（Kama、Rosa、Canadian）共 210 粒麦粒，每种 70 粒，每粒有 7 个测量值（面积、周长、紧密度、籽粒长度和宽度、不对称系数、腹沟长度）。书中从 UCI 以空白分隔的文本中读取同样的数据行（`readSeedsText` 读取这种格式）。',
    script: '与书中的脚本一致：各行保持文件中的顺序，由 `train:nbEpochs:`（`trainEpochs`）做最小–最大归一化，以学习率 0.1 在线训练，权重来自 `new Random(42)`。书中没有给出它的任何数字。',
  },
};

export const figure = defineFigure({
  id: 'ch5-seeds-753',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return learningCurve(network(7, 5, 3), seedsRows(), 2000);
  },
  draw(plot, curve, text) {
    return plot.learningCurve({ ...learningCurveLabels(text), ...curve });
  },
  report({ errors, precisions }, text) {
    return {
      numbers: [
        { quantity: text.quantities.errors, ours: `${fmt(errors[0]!)} → ${fmt(errors.at(-1)!)}` },
        { quantity: text.quantities.precision, ours: fmt(precisions.at(-1)!) },
        { quantity: text.quantities.firstGood, ours: fmt(firstEpochReaching(precisions, 0.9)!) },
      ],
      notes: [text.notes.data, text.notes.script],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
