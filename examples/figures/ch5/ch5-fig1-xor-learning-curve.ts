// Chapter 5, Data Classification — fig:learningCurve: a 2-3-2 network learning XOR
// for 10000 epochs; error (blue, left) and precision (red, right) per epoch.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { XOR } from './data.js';
import { firstEpochReaching, LEARNING_CURVE_TEXT, learningCurve, learningCurveLabels, network, type Curve } from './training.js';

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'Visualizing the learning: a 2-3-2 network trained on XOR for 10000 epochs (error blue, precision red)',
  title: 'XOR, 2-3-2 network',
  quantities: { errors: 'error, first → last epoch', precision: 'precision after 10000 epochs', firstPerfect: 'first epoch with precision 1' },
  book: { errors: '“close to 0” at the end', precision: fmt(1) },
};

export const figure: FigureScript<Curve, typeof TEXT> = {
  id: 'ch5-fig1',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const curve = learningCurve(network(2, 3, 2), XOR, 10000);
    const png = await plot.learningCurve({ ...learningCurveLabels(text), ...curve });
    return {
      png,
      numbers: [
        { quantity: text.quantities.errors, book: text.book.errors, ours: `${fmt(curve.errors[0]!)} → ${fmt(curve.errors.at(-1)!)}` },
        { quantity: text.quantities.precision, book: text.book.precision, ours: fmt(curve.precisions.at(-1)!) },
        { quantity: text.quantities.firstPerfect, ours: fmt(firstEpochReaching(curve.precisions, 1)!) },
      ],
      notes: [],
      data: curve,
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
