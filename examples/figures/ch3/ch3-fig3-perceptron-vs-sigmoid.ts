// Chapter 3, Artificial neuron — fig:perceptronVsSigmoid: the same neuron learning AND,
// once with the step function (a perceptron) and once with the sigmoid.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { errorCurveOnAnd, startingNeuron } from './neurons.js';

const EPOCHS = 1000;
const GREEN = 'rgb(44, 160, 44)';

export const figure: FigureScript<{ epochs: number[]; sigmoid: number[]; perceptron: number[] }> = {
  id: 'ch3-fig3',
  bookRef: 'Chapter 3 (Artificial neuron), fig:perceptronVsSigmoid',
  caption: 'Learning AND from w = (−1, −1), b = 2, lr 0.1: mean |output − desired| after 0..1000 epochs, sigmoid neuron vs perceptron',
  async render(plot: PlotService) {
    const epochs = Array.from({ length: EPOCHS + 1 }, (_, n) => n);
    const sigmoid = errorCurveOnAnd(startingNeuron().sigmoid(), EPOCHS);
    const perceptron = errorCurveOnAnd(startingNeuron().step(), EPOCHS);
    const png = await plot.lossCurve({
      title: 'Perceptron vs Sigmoid neuron',
      xLabel: 'Epoch',
      yLabel: 'Error',
      series: [
        { name: 'Sigmoid neuron', xs: epochs, values: sigmoid },
        { name: 'Perceptron', xs: epochs, values: perceptron, color: GREEN },
      ],
    });
    const perceptronDone = perceptron.indexOf(0);
    return {
      png,
      numbers: [
        { quantity: 'perceptron: first epoch with error 0', book: '"learns much faster"', ours: String(perceptronDone) },
        { quantity: 'sigmoid neuron: error after 1000 epochs', book: '–', ours: fmt(sigmoid[EPOCHS]!) },
        { quantity: 'sigmoid neuron: first epoch with error < 0.1', book: '– (N11: within 0.1 after 5000)', ours: String(firstBelow(sigmoid, 0.1)) },
      ],
      notes: [
        'One neuron per activation is trained epoch after epoch and measured after each epoch; the book re-trains a fresh neuron for every n, which gives the same numbers since training is deterministic.',
        'The book creates a `Random seed: 42` it never uses; nothing here is random.',
      ],
      data: { epochs, sigmoid, perceptron },
    };
  },
};

/** The first index whose value is below `limit`, or 'never' within the curve. */
function firstBelow(values: readonly number[], limit: number): string {
  const index = values.findIndex((v) => v < limit);
  return index < 0 ? `never within ${values.length - 1} epochs` : String(index);
}

if (isMain(import.meta.url)) await renderStandalone(figure);
