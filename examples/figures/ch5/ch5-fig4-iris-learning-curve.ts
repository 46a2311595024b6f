// Chapter 5, Data Classification — fig:networkOnIris: a 4-6-3 network learning iris for 1000 epochs.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { irisRows } from './data.js';
import { LEARNING_CURVE_TEXT, learningCurve, learningCurveLabels, learningCurveWithoutNormalisation, network, peaks, type Curve } from './training.js';

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'A 4-6-3 network trained on the 150 iris rows for 1000 epochs (error blue, precision red)',
  title: 'Iris, 4-6-3 network',
  quantities: {
    errors: 'error, first → last epoch',
    precision: 'precision after 1000 epochs',
    normalised: 'error, precision after 1000 epochs with the final, normalising `train:nbEpochs:`',
    peaks: 'peaks of the error curve (epochs whose error is above both neighbours’), raw inputs / normalised',
  },
  book: { errors: '“very close to 0”', precision: '“very close to 1”' },
  notes: {
    raw: 'Drawn as the book drew it: at this point of the chapter `train:nbEpochs:` does not normalise yet (normalisation comes with ch5-fig8 and ch5-fig9), so the network learns the raw measurements, 0.1 to 7.9 cm (`trainEpochsWithoutNormalization`). The final, normalising version’s numbers are in the table too; its curve looks alike, without the small peaks of the raw inputs.',
    error: 'The error is the sum over the 150 rows of Σ (t − o)², so “close to 0” is relative to where it starts.',
  },
};

export const figure: FigureScript<Curve & { normalised: Curve }, typeof TEXT> = {
  id: 'ch5-fig4',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const iris = irisRows();
    const curve = learningCurveWithoutNormalisation(network(4, 6, 3), iris, 1000);
    const normalised = learningCurve(network(4, 6, 3), iris, 1000);
    const png = await plot.learningCurve({ ...learningCurveLabels(text), ...curve });
    return {
      png,
      numbers: [
        { quantity: text.quantities.errors, book: text.book.errors, ours: `${fmt(curve.errors[0]!)} → ${fmt(curve.errors.at(-1)!)}` },
        { quantity: text.quantities.precision, book: text.book.precision, ours: fmt(curve.precisions.at(-1)!) },
        { quantity: text.quantities.normalised, ours: `${fmt(normalised.errors.at(-1)!)}, ${fmt(normalised.precisions.at(-1)!)}` },
        { quantity: text.quantities.peaks, ours: `${fmt(peaks(curve.errors))} / ${fmt(peaks(normalised.errors))}` },
      ],
      notes: [text.notes.raw, text.notes.error],
      data: { ...curve, normalised },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
