// Chapter 5, Data Classification — fig:irisWithNormalization: the oddly scaled
// binary-to-decimal data learned with the normalising `train:nbEpochs:`.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { SCALED_BINARY_TO_DECIMAL } from './data.js';
import { firstEpochReaching, LEARNING_CURVE_TEXT, learningCurve, learningCurveLabels, network, type Curve } from './training.js';

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

export const figure: FigureScript<Curve, typeof TEXT> = {
  id: 'ch5-fig9',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const curve = learningCurve(network(3, 8, 8), SCALED_BINARY_TO_DECIMAL, 10000);
    const png = await plot.learningCurve({ ...learningCurveLabels(text), ...curve });
    return {
      png,
      numbers: [
        { quantity: text.quantities.precision, book: text.book.precision, ours: fmt(curve.precisions.at(-1)!) },
        { quantity: text.quantities.firstPerfect, ours: fmt(firstEpochReaching(curve.precisions, 1)!) },
        { quantity: text.quantities.error, ours: fmt(curve.errors.at(-1)!) },
      ],
      notes: [text.notes.caption, text.notes.same],
      data: curve,
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
