// Chapter 5, Data Classification — fig:digitConvertion: a 3-8-8 network learning to
// turn a 3-bit binary number into its value (0..7) in 1000 epochs.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { BINARY_TO_DECIMAL } from './data.js';
import { firstEpochReaching, LEARNING_CURVE_TEXT, learningCurve, learningCurveLabels, network, type Curve } from './training.js';

const QUERIES = [
  [0, 1, 1],
  [0.4, 0.7, 0.6],
];

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'Learning to convert 3-bit binary numbers to decimal: a 3-8-8 network, 1000 epochs (error blue, precision red)',
  title: 'Binary to decimal, 3-8-8 network',
  quantities: {
    precision: 'precision after 1000 epochs',
    firstPerfect: 'first epoch with precision 1',
    predict: (inputs: string) => `predict (${inputs})`,
  },
  book: { predict: fmt(3) },
  notes: {
    caption: 'The book’s caption, “Learning the Iris dataset”, is wrong: the figure shows the binary-to-decimal network.',
    inputs: 'The network learns on min–max normalised inputs; the bits 0 and 1 normalise to themselves, so (0, 1, 1) and (0.4, 0.7, 0.6) are predicted as given, like the book.',
  },
};

export const figure: FigureScript<Curve & { predictions: { inputs: number[]; predicted: number }[] }, typeof TEXT> = {
  id: 'ch5-fig7',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const net = network(3, 8, 8);
    const curve = learningCurve(net, BINARY_TO_DECIMAL, 1000);
    const predictions = QUERIES.map((inputs) => ({ inputs, predicted: net.predict(inputs) }));
    const png = await plot.learningCurve({ ...learningCurveLabels(text), ...curve });
    return {
      png,
      numbers: [
        { quantity: text.quantities.precision, ours: fmt(curve.precisions.at(-1)!) },
        { quantity: text.quantities.firstPerfect, ours: fmt(firstEpochReaching(curve.precisions, 1)!) },
        ...predictions.map(({ inputs, predicted }) => ({
          quantity: text.quantities.predict(inputs.map((v) => fmt(v)).join(', ')),
          book: text.book.predict,
          ours: fmt(predicted),
        })),
      ],
      notes: [text.notes.caption, text.notes.inputs],
      data: { ...curve, predictions },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
