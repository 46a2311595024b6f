// Chapter 5, Data Classification — fig:learningRateNetwork: the iris network of
// ch5-fig4 for four learning rates, one learning-curve panel each, on one error scale.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { irisRows } from './data.js';
import { LEARNING_CURVE_TEXT, learningCurveWithoutNormalisation, network, peaks, type Curve } from './training.js';

const LEARNING_RATES = [0.001, 0.01, 0.1, 0.3];

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  caption: 'The 4-6-3 iris network trained 1000 epochs with learning rates 0.001, 0.01, 0.1 and 0.3, on one error scale',
  title: 'Learning rate effect on the iris network',
  panel: (rate: string) => `learning rate ${rate}`,
  quantities: {
    final: (rate: string) => `lr ${rate}: error and precision after 1000 epochs`,
    peaks: (rates: string) => `peaks of the error curve (epochs whose error is above both neighbours’), lr ${rates}`,
  },
  book: { peaks: '“low learning rate smooth, high learning rate frequent peaks”' },
  notes: {
    raw: 'Drawn as the book drew it, with the chapter’s `train:nbEpochs:` of that point, which does not normalise (`trainEpochsWithoutNormalization`). Each panel is a fresh network (`new Random(42)`); all four share one error scale.',
    peaks: 'The peaks of the higher rates come from the unscaled inputs: with the final, normalising `train:nbEpochs:` the lr 0.1 curve has none (see ch5-fig4).',
  },
};

export const figure: FigureScript<{ learningRates: number[]; curves: Curve[] }, typeof TEXT> = {
  id: 'ch5-fig6',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const iris = irisRows();
    const curves = LEARNING_RATES.map((lr) => learningCurveWithoutNormalisation(network(4, 6, 3, lr), iris, 1000));
    const png = await plot.learningCurvePanels({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      precisionLabel: text.precisionLabel,
      panels: LEARNING_RATES.map((lr, i) => ({ title: text.panel(fmt(lr)), ...curves[i]! })),
      panelWidth: 600,
      panelHeight: 375,
      errorScale: 'shared',
    });
    return {
      png,
      numbers: [
        ...LEARNING_RATES.map((lr, i) => ({
          quantity: text.quantities.final(fmt(lr)),
          ours: `${fmt(curves[i]!.errors.at(-1)!)}, ${fmt(curves[i]!.precisions.at(-1)!)}`,
        })),
        {
          quantity: text.quantities.peaks(LEARNING_RATES.map((lr) => fmt(lr)).join(' / ')),
          book: text.book.peaks,
          ours: curves.map((curve) => fmt(peaks(curve.errors))).join(' / '),
        },
      ],
      notes: [text.notes.raw, text.notes.peaks],
      data: { learningRates: LEARNING_RATES, curves },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
