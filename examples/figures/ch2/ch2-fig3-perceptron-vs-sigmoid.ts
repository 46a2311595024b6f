// Chapter 2, The Artificial Neuron — fig:perceptronVsSigmoid: the same neuron learning AND,
// once with the step function (a perceptron) and once with the sigmoid.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { errorCurveOnAnd, startingNeuron } from './neurons.js';

const EPOCHS = 1000;
const GREEN = 'rgb(44, 160, 44)';

const TEXT = {
  caption: 'Learning AND from w = (−1, −1), b = 2, lr 0.1: mean |output − desired| after 0..1000 epochs, sigmoid neuron vs perceptron',
  title: 'Perceptron vs Sigmoid neuron',
  xLabel: 'Epoch',
  yLabel: 'Error',
  legend: { sigmoid: 'Sigmoid neuron', perceptron: 'Perceptron' },
  quantities: {
    perceptronDone: 'perceptron: first epoch with error 0',
    sigmoidAt1000: 'sigmoid neuron: error after 1000 epochs',
    sigmoidBelow: 'sigmoid neuron: first epoch with error < 0.1',
  },
  book: { perceptronDone: '“the perceptron learns much faster”' },
  never: (epochs: string) => `not within ${epochs} epochs`,
  notes: {
    curve: 'One neuron per activation is trained epoch after epoch and measured after each epoch; the book trains a fresh neuron for every n, which gives the same numbers since training is deterministic.',
    unusedSeed: 'The book creates a `Random seed: 42` it never uses; nothing here is random.',
    slowSigmoid:
      'The book’s NeuronTest trains this sigmoid neuron 5000 epochs and then finds each AND output within 0.1 of its target (ported in test/book/neuron.test.ts).',
  },
};

export const figure: FigureScript<{ epochs: number[]; sigmoid: number[]; perceptron: number[] }, typeof TEXT> = {
  id: 'ch2-fig3',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const epochs = Array.from({ length: EPOCHS + 1 }, (_, n) => n);
    const sigmoid = errorCurveOnAnd(startingNeuron().sigmoid(), EPOCHS);
    const perceptron = errorCurveOnAnd(startingNeuron().step(), EPOCHS);
    const png = await plot.lossCurve({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      series: [
        { name: text.legend.sigmoid, xs: epochs, values: sigmoid },
        { name: text.legend.perceptron, xs: epochs, values: perceptron, color: GREEN },
      ],
    });
    const below = sigmoid.findIndex((v) => v < 0.1);
    return {
      png,
      numbers: [
        { quantity: text.quantities.perceptronDone, book: text.book.perceptronDone, ours: fmt(perceptron.indexOf(0)) },
        { quantity: text.quantities.sigmoidAt1000, ours: fmt(sigmoid[EPOCHS]!) },
        { quantity: text.quantities.sigmoidBelow, ours: below < 0 ? text.never(fmt(EPOCHS)) : fmt(below) },
      ],
      notes: [text.notes.curve, text.notes.unusedSeed, text.notes.slowSigmoid],
      data: { epochs, sigmoid, perceptron },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
