// Chapter 6, Data classification — fig:digitConvertion: a 3-8-8 network learning to
// turn a 3-bit binary number into its value (0..7) in 1000 epochs.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { BINARY_TO_DECIMAL } from './data.js';
import { firstEpochReaching, learningCurve, network, type Curve } from './training.js';

export const figure: FigureScript<Curve & { predictions: { inputs: number[]; predicted: number }[] }> = {
  id: 'ch6-fig7',
  bookRef: 'Chapter 6 (Data classification), fig:digitConvertion',
  caption: 'Learning to convert 3-bit binary numbers to decimal: a 3-8-8 network, 1000 epochs (error blue, precision red)',
  async render(plot: PlotService) {
    const net = network(3, 8, 8);
    const curve = learningCurve(net, BINARY_TO_DECIMAL, 1000);
    // Bits 0/1 are their own min–max normalisation, so new inputs go in as they are.
    const predictions = [[0, 1, 1], [0.4, 0.7, 0.6]].map((inputs) => ({ inputs, predicted: net.predict(inputs) }));
    const png = await plot.learningCurve({ title: 'Binary to decimal, 3-8-8 network', ...curve });
    return {
      png,
      numbers: [
        { quantity: 'precision after 1000 epochs', book: '–', ours: fmt(curve.precisions.at(-1)!) },
        { quantity: 'first epoch with precision 1', book: '–', ours: String(firstEpochReaching(curve.precisions, 1)) },
        ...predictions.map(({ inputs, predicted }) => ({ quantity: `predict (${inputs.join(', ')})`, book: '3', ours: String(predicted) })),
      ],
      notes: [
        'The book\'s caption, "Learning the Iris dataset", is wrong: the figure shows the binary-to-decimal network.',
        'The network learns on min–max normalised inputs; the bits 0 and 1 normalise to themselves, so (0, 1, 1) and (0.4, 0.7, 0.6) are predicted as given, like the book.',
      ],
      data: { ...curve, predictions },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
