// The book's wheat-seeds example script (`NNDataset>>runningSeed01`), seeded: a
// 7-5-3 network learns the 210 kernels for 2000 epochs with `train:nbEpochs:`.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { seedsRows } from './data.js';
import { firstEpochReaching, LEARNING_CURVE_TEXT, learningCurve, learningCurveLabels, network, type Curve } from './training.js';

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'The wheat seeds: a 7-5-3 network trained on the 210 kernels for 2000 epochs (error blue, precision red)',
  source: 'One of the book’s example scripts beside the chapter (in its source, not in the text): the chapter’s network on a second data set.',
  title: 'Wheat seeds, 7-5-3 network',
  quantities: {
    errors: 'error, first → last epoch',
    precision: 'precision after 2000 epochs',
    firstGood: 'first epoch with precision ≥ 0.9',
  },
  notes: {
    data: 'The seeds data (UCI “seeds”, Charytanowicz et al. 2010) ships in data/seeds.csv: 210 kernels of three wheat varieties (Kama, Rosa, Canadian), 70 each, with 7 measurements (area, perimeter, compactness, kernel length and width, asymmetry, groove length). The book reads the same rows from UCI’s whitespace-separated text (`readSeedsText` reads that format).',
    script: 'As the book’s script: the rows in the file’s order, min–max normalised by `train:nbEpochs:` (`trainEpochs`), online training at lr 0.1, weights from `new Random(42)`. The book prints no number for it.',
  },
};

export const figure: FigureScript<Curve, typeof TEXT> = {
  id: 'ch5-seeds-753',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const curve = learningCurve(network(7, 5, 3), seedsRows(), 2000);
    const png = await plot.learningCurve({ ...learningCurveLabels(text), ...curve });
    return {
      png,
      numbers: [
        { quantity: text.quantities.errors, ours: `${fmt(curve.errors[0]!)} → ${fmt(curve.errors.at(-1)!)}` },
        { quantity: text.quantities.precision, ours: fmt(curve.precisions.at(-1)!) },
        { quantity: text.quantities.firstGood, ours: fmt(firstEpochReaching(curve.precisions, 0.9)!) },
      ],
      notes: [text.notes.data, text.notes.script],
      data: curve,
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
