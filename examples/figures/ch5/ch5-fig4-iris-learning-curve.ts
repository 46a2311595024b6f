// Chapter 5, Data Classification — fig:networkOnIris: a 4-6-3 network learning iris for 1000 epochs.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { irisRows } from './data.js';
import { LEARNING_CURVE_TEXT, LEARNING_CURVE_TEXT_ZH, learningCurve, learningCurveLabels, learningCurveWithoutNormalisation, network, peaks } from './training.js';

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'A 4-6-3 network trained on the 150 iris rows for 1000 epochs (error blue, precision red)',
  title: 'Iris, 4-6-3 network',
  quantities: {
    errors: 'error, first → last epoch',
    precision: 'precision after 1000 epochs',
    normalised: 'error, precision after 1000 epochs with the final, normalising `train:nbEpochs:`',
    peaks: 'peaks of the error curve (epochs whose error is above both neighbours’), raw inputs / normalised',
  },
  book: { errors: '“very close to 0”', precision: '“very close to 1”' },
  notes: {
    raw: 'Drawn as the book drew it: at this point of the chapter `train:nbEpochs:` does not normalise yet (normalisation comes with ch5-fig8 and ch5-fig9), so the network learns the raw measurements, 0.1 to 7.9 cm (`trainEpochsWithoutNormalization`). The final, normalising version’s numbers are in the table too; its curve looks alike, without the small peaks of the raw inputs.',
    error: 'The error is the sum over the 150 rows of Σ (t − o)², so “close to 0” is relative to where it starts.',
  },
};

const TEXT_ZH: typeof TEXT = {
  ...LEARNING_CURVE_TEXT_ZH,
  caption: '4-6-3 网络在 150 行鸢尾花（iris）数据上训练 1000 轮（误差为蓝色，准确率为红色）',
  title: '鸢尾花，4-6-3 网络',
  quantities: {
    errors: '误差，第一轮 → 最后一轮',
    precision: '1000 轮后的准确率',
    normalised: '改用最终版、会做归一化的 `train:nbEpochs:` 时，1000 轮后的误差、准确率',
    peaks: '误差曲线的尖峰数（误差比前后两轮都高的轮次），原始输入 / 归一化后',
  },
  book: { errors: '“非常接近 0”', precision: '“非常接近 1”' },
  notes: {
    raw: '按书中当时的画法：在本章的这个位置，`train:nbEpochs:` 还不做归一化（归一化到 ch5-fig8 和 ch5-fig9 才出现），所以网络学习的是原始测量值，0.1 到 7.9 厘米（`trainEpochsWithoutNormalization`）。表中也列出了最终版（会做归一化）的数字；它的曲线看起来差不多，只是没有原始输入带来的那些小尖峰。',
    error: '误差是 150 行的 Σ (t − o)² 之和，所以“接近 0”是相对于它的起点而言的。',
  },
};

export const figure = defineFigure({
  id: 'ch5-fig4',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const iris = irisRows();
    return { ...learningCurveWithoutNormalisation(network(4, 6, 3), iris, 1000), normalised: learningCurve(network(4, 6, 3), iris, 1000) };
  },
  draw(plot, { errors, precisions }, text) {
    return plot.learningCurve({ ...learningCurveLabels(text), errors, precisions });
  },
  report({ errors, precisions, normalised }, text) {
    return {
      numbers: [
        { quantity: text.quantities.errors, book: text.book.errors, ours: `${fmt(errors[0]!)} → ${fmt(errors.at(-1)!)}` },
        { quantity: text.quantities.precision, book: text.book.precision, ours: fmt(precisions.at(-1)!) },
        { quantity: text.quantities.normalised, ours: `${fmt(normalised.errors.at(-1)!)}, ${fmt(normalised.precisions.at(-1)!)}` },
        { quantity: text.quantities.peaks, ours: `${fmt(peaks(errors))} / ${fmt(peaks(normalised.errors))}` },
      ],
      notes: [text.notes.raw, text.notes.error],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
