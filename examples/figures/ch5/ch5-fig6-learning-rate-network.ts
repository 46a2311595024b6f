// Chapter 5, Data Classification — fig:learningRateNetwork: the iris network of
// ch5-fig4 for four learning rates, one learning-curve panel each, on one error scale.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { irisRows } from './data.js';
import { LEARNING_CURVE_TEXT, LEARNING_CURVE_TEXT_ZH, learningCurveWithoutNormalisation, network, peaks } from './training.js';

const LEARNING_RATES = [0.001, 0.01, 0.1, 0.3];

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'The 4-6-3 iris network trained 1000 epochs with learning rates 0.001, 0.01, 0.1 and 0.3, on one error scale',
  title: 'Learning rate effect on the iris network',
  panel: (rate: string) => `learning rate ${rate}`,
  quantities: {
    final: (rate: string) => `lr ${rate}: error and precision after 1000 epochs`,
    peaks: (rates: string) => `peaks of the error curve (epochs whose error is above both neighbours’), lr ${rates}`,
  },
  book: { peaks: '“low learning rate smooth, high learning rate frequent peaks”' },
  notes: {
    raw: 'Drawn as the book drew it, with the chapter’s `train:nbEpochs:` of that point, which does not normalise (`trainEpochsWithoutNormalization`). Each panel is a fresh network (`new Random(42)`); all four share one error scale.',
    peaks: 'The peaks of the higher rates come from the unscaled inputs: with the final, normalising `train:nbEpochs:` the lr 0.1 curve has none (see ch5-fig4).',
  },
};

const TEXT_ZH: typeof TEXT = {
  ...LEARNING_CURVE_TEXT_ZH,
  caption: '4-6-3 的鸢尾花网络分别以学习率 0.001、0.01、0.1 和 0.3 训练 1000 轮，误差使用同一刻度',
  title: '学习率对鸢尾花网络的影响',
  panel: (rate: string) => `学习率 ${rate}`,
  quantities: {
    final: (rate: string) => `学习率 ${rate}：1000 轮后的误差和准确率`,
    peaks: (rates: string) => `误差曲线的尖峰数（误差比前后两轮都高的轮次），学习率 ${rates}`,
  },
  book: { peaks: '“学习率低则曲线平滑，学习率高则尖峰频繁”' },
  notes: {
    raw: '按书中当时的画法，用本章那时的 `train:nbEpochs:`，它不做归一化（`trainEpochsWithoutNormalization`）。每个面板都是一个新网络（`new Random(42)`）；四个面板共用同一个误差刻度。',
    peaks: '较高学习率下的尖峰来自没有缩放的输入：改用最终版、会做归一化的 `train:nbEpochs:` 后，学习率 0.1 的曲线一个尖峰也没有（见 ch5-fig4）。',
  },
};

export const figure = defineFigure({
  id: 'ch5-fig6',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const iris = irisRows();
    return { learningRates: LEARNING_RATES, curves: LEARNING_RATES.map((lr) => learningCurveWithoutNormalisation(network(4, 6, 3, lr), iris, 1000)) };
  },
  draw(plot, { curves }, text) {
    return plot.learningCurvePanels({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      precisionLabel: text.precisionLabel,
      panels: LEARNING_RATES.map((lr, i) => ({ title: text.panel(fmt(lr)), ...curves[i]! })),
      panelWidth: 600,
      panelHeight: 375,
      errorScale: 'shared',
    });
  },
  report({ curves }, text) {
    return {
      numbers: [
        ...LEARNING_RATES.map((lr, i) => ({
          quantity: text.quantities.final(fmt(lr)),
          ours: `${fmt(curves[i]!.errors.at(-1)!)}, ${fmt(curves[i]!.precisions.at(-1)!)}`,
        })),
        {
          quantity: text.quantities.peaks(LEARNING_RATES.map((lr) => fmt(lr)).join(' / ')),
          book: text.book.peaks,
          ours: curves.map((curve) => fmt(peaks(curve.errors))).join(' / '),
        },
      ],
      notes: [text.notes.raw, text.notes.peaks],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
