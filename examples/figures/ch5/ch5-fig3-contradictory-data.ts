// Chapter 5, Data Classification — fig:contradictionInData: a 2-3-2 network trained
// 1000 epochs on contradictory rows, (0, 0) → 0 and (0, 0) → 1; the error cannot reach 0.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { CONTRADICTION } from './data.js';
import { LEARNING_CURVE_TEXT, learningCurveLabels, learningCurveWithoutNormalisation, network, type Curve } from './training.js';

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'Contradictory data, (0, 0) → 0 and (0, 0) → 1: a 2-3-2 network trained 1000 epochs cannot bring the error to 0',
  title: 'Contradictory data, 2-3-2 network',
  quantities: {
    error: 'error after 1000 epochs (its floor is 1: both outputs at 0.5)',
    precision: 'precision of the last epoch (counted before each row’s update, as the book)',
    trained: 'precision of the trained network on the 2 rows',
  },
  book: { error: '“cannot reach 0”' },
  notes: {
    raw: 'The book’s final `train:nbEpochs:` normalises the rows first, and a constant column (both inputs are 0 in every row) makes it divide by zero (ours throws ConstantColumnError). We draw what the chapter meant, with its first, non-normalising version (`trainEpochsWithoutNormalization`): the same online rule on the raw rows.',
    precision:
      'The book counts a row as right when it is predicted right before its own update. Here each update pulls the outputs towards the row just seen, so once training has settled the next (contradicting) row is always predicted wrong: the precision curve ends at 0, while the trained network gets 1 of the 2 rows right (0.5).',
  },
};

export const figure: FigureScript<Curve & { trainedPrecision: number }, typeof TEXT> = {
  id: 'ch5-fig3',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const net = network(2, 3, 2);
    const curve = learningCurveWithoutNormalisation(net, CONTRADICTION, 1000);
    const trainedPrecision = CONTRADICTION.filter((row) => net.predict(row.slice(0, -1)) === row.at(-1)).length / CONTRADICTION.length;
    const png = await plot.learningCurve({ ...learningCurveLabels(text), ...curve });
    return {
      png,
      numbers: [
        { quantity: text.quantities.error, book: text.book.error, ours: fmt(curve.errors.at(-1)!) },
        { quantity: text.quantities.precision, ours: fmt(curve.precisions.at(-1)!) },
        { quantity: text.quantities.trained, ours: fmt(trainedPrecision) },
      ],
      notes: [text.notes.raw, text.notes.precision],
      data: { ...curve, trainedPrecision },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
