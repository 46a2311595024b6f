// Chapter 6, Data classification — fig:learningRateSingleNeuron: chapter 3's sigmoid
// neuron learning AND, for five learning rates: the higher the rate, the faster.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { errorCurveOnAnd, startingNeuron } from '../ch3/neurons.js';

const LEARNING_RATES = [0.001, 0.01, 0.1, 0.2, 0.3];
const EPOCHS = 1000;

export const figure: FigureScript<{ learningRates: number[]; epochs: number[]; errors: number[][] }> = {
  id: 'ch6-fig5',
  bookRef: 'Chapter 6 (Data classification), fig:learningRateSingleNeuron',
  caption: 'Learning rate effect: a sigmoid neuron (w = (−1, −1), b = 2) learning AND, error after 0..1000 epochs for lr 0.001 … 0.3',
  async render(plot: PlotService) {
    const epochs = Array.from({ length: EPOCHS + 1 }, (_, n) => n);
    const errors = LEARNING_RATES.map((lr) => errorCurveOnAnd(startingNeuron(lr), EPOCHS));
    const png = await plot.lossCurve({
      title: 'Learning rate effect',
      xLabel: 'Epoch',
      yLabel: 'Error',
      series: LEARNING_RATES.map((lr, i) => ({ name: `lr ${lr}`, xs: epochs, values: errors[i]! })),
    });
    // "The higher lr, the faster": at every epoch after the first, a higher rate has a lower error.
    const ordered = epochs.slice(1).every((n) => errors.every((curve, i) => i === 0 || curve[n]! < errors[i - 1]![n]!));
    return {
      png,
      numbers: [
        ...LEARNING_RATES.map((lr, i) => ({ quantity: `error after ${EPOCHS} epochs, lr ${lr}`, book: '–', ours: fmt(errors[i]!.at(-1)!) })),
        { quantity: 'higher lr has lower error at every epoch ≥ 1', book: 'the higher lr, the faster', ours: ordered ? 'yes' : 'no' },
      ],
      notes: [
        "The book's legend title 'Learning rate effect' is the chart title here. Error = mean |feed − desired| over the four AND patterns, as in chapter 3's fig:perceptronVsSigmoid.",
      ],
      data: { learningRates: LEARNING_RATES, epochs, errors },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
