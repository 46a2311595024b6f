// The book's second wheat-seeds script (`NNDataset>>runningSeed02`), seeded: the
// kernels shuffled, a 7-6-3 network trained 1000 epochs on the first 80 % and
// tested on the other 20 %.
import { Normalization } from '../../../src/index.js';
import { shuffleRows } from '../../../src/io/index.js';
import { type PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { seedsRows } from './data.js';
import { curveOf, LEARNING_CURVE_TEXT, learningCurveLabels, network, type Curve } from './training.js';

const CUT = 0.8;

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'The wheat seeds shuffled and cut at 0.8: a 7-6-3 network trained 1000 epochs on 168 kernels (error blue, precision red), then tested on the other 42',
  source: 'The book’s second seeds example script (in its source, not in the text), with its unseeded shuffle replaced by the seeded one.',
  title: 'Wheat seeds, 7-6-3 network, training on 80 %',
  quantities: {
    rows: 'training rows, test rows',
    precision: 'training precision after 1000 epochs',
    test: 'test accuracy on the 42 held-out kernels',
  },
  accuracy: (accuracy: string, correct: string, test: string) => `${accuracy} (${correct} of ${test})`,
  notes: {
    script:
      'As the book’s script: the 210 rows min–max normalised, shuffled, the first 168 (210 × 0.8, truncated as the script does) trained by `train:nbEpochs:` (`trainEpochs`, which normalises its rows once more), the last 42 predicted. The book shuffles with an unseeded `shuffled`; we shuffle with `new Random(42)`, so the run is the same every time. The book prints no number for it.',
  },
};

export const figure: FigureScript<Curve & { trainingRows: number; testRows: number; correct: number; accuracy: number }, typeof TEXT> = {
  id: 'ch5-seeds-763',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const rows = shuffleRows(new Normalization().normalizeData(seedsRows()), 42);
    const trainingRows = Math.trunc(rows.length * CUT);
    const training = rows.slice(0, trainingRows);
    const test = rows.slice(trainingRows);
    const net = network(7, 6, 3);
    net.trainEpochs(training, 1000);
    const curve = curveOf(net);
    const correct = test.filter((row) => net.predict(row.slice(0, -1)) === row.at(-1)).length;
    const accuracy = correct / test.length;
    const png = await plot.learningCurve({ ...learningCurveLabels(text), ...curve });
    return {
      png,
      numbers: [
        { quantity: text.quantities.rows, ours: `${fmt(training.length)}, ${fmt(test.length)}` },
        { quantity: text.quantities.precision, ours: fmt(curve.precisions.at(-1)!) },
        { quantity: text.quantities.test, ours: text.accuracy(fmt(accuracy), fmt(correct), fmt(test.length)) },
      ],
      notes: [text.notes.script],
      data: { ...curve, trainingRows, testRows: test.length, correct, accuracy },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
