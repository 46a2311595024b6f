// Chapter 6, Data classification — fig:learningRateNetwork: the iris network of
// fig:networkOnIris for four learning rates, one learning-curve panel each.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { irisRows } from './data.js';
import { learningCurveWithoutNormalisation, network, peaks, type Curve } from './training.js';

const LEARNING_RATES = [0.001, 0.01, 0.1, 0.3];

export const figure: FigureScript<{ learningRates: number[]; curves: Curve[] }> = {
  id: 'ch6-fig6',
  bookRef: 'Chapter 6 (Data classification), fig:learningRateNetwork',
  caption: 'The 4-6-3 iris network trained 1000 epochs with learning rates 0.001, 0.01, 0.1 and 0.3',
  async render(plot: PlotService) {
    const iris = irisRows();
    const curves = LEARNING_RATES.map((lr) => learningCurveWithoutNormalisation(network(4, 6, 3, lr), iris, 1000));
    const png = await plot.learningCurvePanels({
      title: 'Learning rate effect on the iris network',
      panels: LEARNING_RATES.map((lr, i) => ({ title: `learning rate ${lr}`, ...curves[i]! })),
      panelWidth: 600,
      panelHeight: 375,
    });
    return {
      png,
      numbers: LEARNING_RATES.flatMap((lr, i) => [
        { quantity: `lr ${lr}: final error, precision`, book: '–', ours: `${fmt(curves[i]!.errors.at(-1)!)}, ${fmt(curves[i]!.precisions.at(-1)!)}` },
        {
          quantity: `lr ${lr}: peaks of the error curve`,
          book: 'low lr smooth, high lr frequent peaks',
          ours: String(peaks(curves[i]!.errors)),
        },
      ]),
      notes: [
        "Drawn as the book drew it, with the chapter's `train:nbEpochs:` of that point, which does not normalise (the same online rule as `trainEpochs` on the raw measurements). Each panel is a fresh network (`new Random(42)`).",
        'The peaks of the higher rates come from the unscaled inputs: with the final, normalising `train:nbEpochs:` the lr 0.1 curve has none (see fig:networkOnIris).',
      ],
      data: { learningRates: LEARNING_RATES, curves },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
