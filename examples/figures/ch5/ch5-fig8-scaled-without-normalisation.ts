// Chapter 5, Data Classification — fig:digitConvertionBiased: the binary-to-decimal
// data oddly scaled (first bit 0 or 0.1, second 0 or 1000), learned without normalisation.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { SCALED_BINARY_TO_DECIMAL } from './data.js';
import { LEARNING_CURVE_TEXT, learningCurveLabels, learningCurveWithoutNormalisation, network, type Curve } from './training.js';

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

export const figure: FigureScript<Curve, typeof TEXT> = {
  id: 'ch5-fig8',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const curve = learningCurveWithoutNormalisation(network(3, 8, 8), SCALED_BINARY_TO_DECIMAL, 10000);
    const png = await plot.learningCurve({ ...learningCurveLabels(text), ...curve });
    return {
      png,
      numbers: [
        { quantity: text.quantities.best, book: text.book.best, ours: fmt(Math.max(...curve.precisions)) },
        { quantity: text.quantities.error, book: text.book.error, ours: fmt(curve.errors.at(-1)!) },
      ],
      notes: [text.notes.caption, text.notes.raw],
      data: curve,
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
