// Chapter 6, Data classification — fig:digitConvertionBiased: the binary-to-decimal
// data oddly scaled (first bit 0 or 0.1, second 0 or 1000), learned without normalisation.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { SCALED_BINARY_TO_DECIMAL } from './data.js';
import { learningCurveWithoutNormalisation, network, type Curve } from './training.js';

export const figure: FigureScript<Curve> = {
  id: 'ch6-fig8',
  bookRef: 'Chapter 6 (Data classification), fig:digitConvertionBiased',
  caption: 'The binary-to-decimal data oddly scaled (inputs in {0, 0.1}, {0, 1000}, {0, 1}), 3-8-8 network, 10000 epochs without normalisation',
  async render(plot: PlotService) {
    const curve = learningCurveWithoutNormalisation(network(3, 8, 8), SCALED_BINARY_TO_DECIMAL, 10000);
    const png = await plot.learningCurve({ title: 'Oddly scaled data, no normalisation', ...curve });
    return {
      png,
      numbers: [
        { quantity: 'highest precision in 10000 epochs', book: 'never above 0.5', ours: fmt(Math.max(...curve.precisions)) },
        { quantity: 'error after 10000 epochs', book: 'plateaus', ours: fmt(curve.errors.at(-1)!) },
      ],
      notes: [
        'The book\'s caption, "The Iris dataset oddly scaled", is wrong: the data is the scaled binary-to-decimal table.',
        'Trained with the chapter\'s first, non-normalising `train:nbEpochs:` (the same online rule as ours: SGD, batch 1, half squared error, lr 0.1, one-hot targets) on the raw rows.',
      ],
      data: curve,
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
