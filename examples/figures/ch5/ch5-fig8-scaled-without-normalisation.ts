// Chapter 5, Data Classification — fig:digitConvertionBiased: the binary-to-decimal
// data oddly scaled (first bit 0 or 0.1, second 0 or 1000), learned without normalisation.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { SCALED_BINARY_TO_DECIMAL } from './data.js';
import { LEARNING_CURVE_TEXT, LEARNING_CURVE_TEXT_ZH, learningCurveLabels, learningCurveWithoutNormalisation, network } from './training.js';

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'The binary-to-decimal data oddly scaled (inputs in {0, 0.1}, {0, 1000}, {0, 1}), 3-8-8 network, 10000 epochs without normalisation',
  title: 'Oddly scaled data, no normalisation',
  quantities: { best: 'highest precision in 10000 epochs', error: 'error after 10000 epochs' },
  book: { best: '“never above 0.5”', error: '“plateaus”' },
  notes: {
    caption: 'The book’s caption, “The Iris dataset oddly scaled”, is wrong: the data is the scaled binary-to-decimal table.',
    raw: 'Trained with the chapter’s first, non-normalising `train:nbEpochs:` (`trainEpochsWithoutNormalization`) on the raw rows.',
  },
};

const TEXT_ZH: typeof TEXT = {
  ...LEARNING_CURVE_TEXT_ZH,
  caption: '尺度悬殊的二进制转十进制数据（输入分别取自 {0, 0.1}、{0, 1000}、{0, 1}），3-8-8 网络，不做归一化训练 10000 轮',
  title: '尺度悬殊的数据，不做归一化',
  quantities: { best: '10000 轮中的最高准确率', error: '10000 轮后的误差' },
  book: { best: '“从未超过 0.5”', error: '“停滞不前”' },
  notes: {
    caption: '书中这张图的图题“The Iris dataset oddly scaled”（尺度怪异的鸢尾花数据集）是错的：数据其实是缩放过的二进制转十进制表。',
    raw: '用本章最初那个不做归一化的 `train:nbEpochs:`（`trainEpochsWithoutNormalization`）在原始数据行上训练。',
  },
};

export const figure = defineFigure({
  id: 'ch5-fig8',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return learningCurveWithoutNormalisation(network(3, 8, 8), SCALED_BINARY_TO_DECIMAL, 10000);
  },
  draw(plot, curve, text) {
    return plot.learningCurve({ ...learningCurveLabels(text), ...curve });
  },
  report({ errors, precisions }, text) {
    return {
      numbers: [
        { quantity: text.quantities.best, book: text.book.best, ours: fmt(Math.max(...precisions)) },
        { quantity: text.quantities.error, book: text.book.error, ours: fmt(errors.at(-1)!) },
      ],
      notes: [text.notes.caption, text.notes.raw],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
