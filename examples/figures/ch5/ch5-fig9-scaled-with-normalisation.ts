// Chapter 5, Data Classification — fig:irisWithNormalization: the oddly scaled
// binary-to-decimal data learned with the normalising `train:nbEpochs:`.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { SCALED_BINARY_TO_DECIMAL } from './data.js';
import { firstEpochReaching, LEARNING_CURVE_TEXT, LEARNING_CURVE_TEXT_ZH, learningCurve, learningCurveLabels, network } from './training.js';

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'The oddly scaled binary-to-decimal data learned with normalisation: 3-8-8 network, 10000 epochs, precision reaches 1',
  title: 'Oddly scaled data, normalised',
  quantities: { precision: 'precision after 10000 epochs', firstPerfect: 'first epoch with precision 1', error: 'error after 10000 epochs' },
  book: { precision: fmt(1) },
  notes: {
    caption: 'The book’s caption, “The Iris dataset oddly scaled”, is wrong (the data is the scaled binary table), and its text points to the XOR learning curve (ch5-fig1) for this result instead of this figure.',
    same: 'Min–max normalisation maps the scaled table back onto the 0/1 bits, so this run is the binary-to-decimal network of ch5-fig7 trained for 10000 epochs.',
  },
};

const TEXT_ZH: typeof TEXT = {
  ...LEARNING_CURVE_TEXT_ZH,
  caption: '尺度悬殊的二进制转十进制数据经过归一化后再学习：3-8-8 网络，10000 轮，准确率达到 1',
  title: '尺度悬殊的数据，经过归一化',
  quantities: { precision: '10000 轮后的准确率', firstPerfect: '准确率首次为 1 的轮次', error: '10000 轮后的误差' },
  book: { precision: fmt(1) },
  notes: {
    caption: '书中这张图的图题“The Iris dataset oddly scaled”是错的（数据是缩放过的二进制表），而且正文讲到这个结果时指向的是 XOR 的学习曲线（ch5-fig1），而不是这张图。',
    same: '最小–最大归一化把缩放过的表映射回 0/1 比特，所以这次运行就是 ch5-fig7 的二进制转十进制网络训练 10000 轮。',
  },
};

export const figure = defineFigure({
  id: 'ch5-fig9',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return learningCurve(network(3, 8, 8), SCALED_BINARY_TO_DECIMAL, 10000);
  },
  draw(plot, curve, text) {
    return plot.learningCurve({ ...learningCurveLabels(text), ...curve });
  },
  report({ errors, precisions }, text) {
    return {
      numbers: [
        { quantity: text.quantities.precision, book: text.book.precision, ours: fmt(precisions.at(-1)!) },
        { quantity: text.quantities.firstPerfect, ours: fmt(firstEpochReaching(precisions, 1)!) },
        { quantity: text.quantities.error, ours: fmt(errors.at(-1)!) },
      ],
      notes: [text.notes.caption, text.notes.same],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
