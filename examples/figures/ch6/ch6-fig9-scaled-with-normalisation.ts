// Chapter 6, Data classification — fig:irisWithNormalization: the oddly scaled
// binary-to-decimal data learned with the normalising `train:nbEpochs:`.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { SCALED_BINARY_TO_DECIMAL } from './data.js';
import { firstEpochReaching, learningCurve, network, type Curve } from './training.js';

export const figure: FigureScript<Curve> = {
  id: 'ch6-fig9',
  bookRef: 'Chapter 6 (Data classification), fig:irisWithNormalization',
  caption: 'The oddly scaled binary-to-decimal data learned with normalisation: 3-8-8 network, 10000 epochs, precision reaches 1',
  async render(plot: PlotService) {
    const curve = learningCurve(network(3, 8, 8), SCALED_BINARY_TO_DECIMAL, 10000);
    const png = await plot.learningCurve({ title: 'Oddly scaled data, normalised', ...curve });
    return {
      png,
      numbers: [
        { quantity: 'precision after 10000 epochs', book: '1.0', ours: fmt(curve.precisions.at(-1)!) },
        { quantity: 'first epoch with precision 1', book: '–', ours: String(firstEpochReaching(curve.precisions, 1)) },
        { quantity: 'error after 10000 epochs', book: '–', ours: fmt(curve.errors.at(-1)!) },
      ],
      notes: [
        'The book\'s caption, "The Iris dataset oddly scaled", is wrong (the data is the scaled binary table), and its text cites fig:learningCurve for this result instead of this figure.',
        'Min–max normalisation maps the scaled table back onto the 0/1 bits, so this run is the binary-to-decimal network of fig:digitConvertion trained for 10000 epochs.',
      ],
      data: curve,
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
