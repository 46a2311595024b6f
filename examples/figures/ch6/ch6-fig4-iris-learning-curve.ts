// Chapter 6, Data classification — fig:networkOnIris: a 4-6-3 network learning iris for 1000 epochs.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { irisRows } from './data.js';
import { learningCurve, learningCurveWithoutNormalisation, network, peaks, type Curve } from './training.js';

export const figure: FigureScript<Curve & { normalised: Curve }> = {
  id: 'ch6-fig4',
  bookRef: 'Chapter 6 (Data classification), fig:networkOnIris',
  caption: 'A 4-6-3 network trained on the 150 iris rows for 1000 epochs (error blue, precision red)',
  async render(plot: PlotService) {
    const iris = irisRows();
    const curve = learningCurveWithoutNormalisation(network(4, 6, 3), iris, 1000);
    const normalised = learningCurve(network(4, 6, 3), iris, 1000);
    const png = await plot.learningCurve({ title: 'Iris, 4-6-3 network', ...curve });
    return {
      png,
      numbers: [
        { quantity: 'error, first → last epoch', book: 'very close to 0', ours: `${fmt(curve.errors[0]!)} → ${fmt(curve.errors.at(-1)!)}` },
        { quantity: 'precision after 1000 epochs', book: 'very close to 1', ours: fmt(curve.precisions.at(-1)!) },
        {
          quantity: 'error, precision after 1000 epochs with the final, normalising `train:nbEpochs:`',
          book: '–',
          ours: `${fmt(normalised.errors.at(-1)!)}, ${fmt(normalised.precisions.at(-1)!)}`,
        },
        { quantity: 'peaks of the error curve, raw inputs / normalised', book: '–', ours: `${peaks(curve.errors)} / ${peaks(normalised.errors)}` },
      ],
      notes: [
        "Drawn as the book drew it: at this point of the chapter `train:nbEpochs:` has no normalisation yet (it comes with fig:digitConvertionBiased), so the network learns the raw measurements (0.1..7.9 cm) — the same online rule as `trainEpochs` (SGD, batch 1, half squared error, lr 0.1, one-hot targets). The final, normalising version's numbers are listed too; its curve looks alike, without the small peaks of the raw inputs.",
        'The error is the sum over the 150 rows of Σ (t − o)², so "close to 0" is relative to where it starts.',
      ],
      data: { ...curve, normalised },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
