// Chapter 6, Data classification — fig:contradictionInData: a 2-3-2 network trained
// 1000 epochs on contradictory rows, (0, 0) → 0 and (0, 0) → 1; the error cannot reach 0.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { CONTRADICTION } from './data.js';
import { learningCurveWithoutNormalisation, network, type Curve } from './training.js';

export const figure: FigureScript<Curve & { trainedPrecision: number }> = {
  id: 'ch6-fig3',
  bookRef: 'Chapter 6 (Data classification), fig:contradictionInData',
  caption: 'Contradictory data, (0, 0) → 0 and (0, 0) → 1: a 2-3-2 network trained 1000 epochs cannot bring the error to 0',
  async render(plot: PlotService) {
    const net = network(2, 3, 2);
    const curve = learningCurveWithoutNormalisation(net, CONTRADICTION, 1000);
    const trainedPrecision = CONTRADICTION.filter((row) => net.predict(row.slice(0, -1)) === row.at(-1)).length / CONTRADICTION.length;
    const png = await plot.learningCurve({ title: 'Contradictory data, 2-3-2 network', ...curve });
    return {
      png,
      numbers: [
        { quantity: 'error after 1000 epochs', book: 'cannot reach 0', ours: `${fmt(curve.errors.at(-1)!)} (floor 1.0: both outputs 0.5)` },
        { quantity: 'precision after 1000 epochs (book measure)', book: '–', ours: fmt(curve.precisions.at(-1)!) },
        { quantity: 'precision of the trained network on the 2 rows', book: '–', ours: fmt(trainedPrecision) },
      ],
      notes: [
        "The book's final `train:nbEpochs:` normalises the rows first, and a constant column (both inputs are 0 in every row) makes it divide by zero (ours throws ConstantColumnError). We draw what the chapter meant: the same online rule (SGD, batch 1, half squared error, lr 0.1, one-hot targets) on the raw rows, as the chapter's first, non-normalising version.",
        'The book counts a row as right when it is predicted right before its own update. Here each update pulls the outputs towards the row just seen, so the next (contradicting) row is always predicted wrong once training has settled: the precision curve ends at 0, while the trained network gets 1 of the 2 rows right (0.5).',
      ],
      data: { ...curve, trainedPrecision },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
