// Chapter 5, Data Classification — fig:learningRateSingleNeuron: chapter 2's sigmoid
// neuron learning AND, for five learning rates: the higher the rate, the faster.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { errorCurveOnAnd, startingNeuron } from '../ch2/neurons.js';

const LEARNING_RATES = [0.001, 0.01, 0.1, 0.2, 0.3];
const EPOCHS = 1000;

const TEXT = {
  caption: 'Learning rate effect: a sigmoid neuron (w = (−1, −1), b = 2) learning AND, error after 0..1000 epochs for lr 0.001 … 0.3',
  title: 'Learning rate effect',
  xLabel: 'Epoch',
  yLabel: 'Error',
  legend: (rate: string) => `lr ${rate}`,
  quantities: {
    final: (rate: string) => `error after 1000 epochs, lr ${rate}`,
    ordered: 'a higher learning rate has a lower error at every epoch from 1 on',
  },
  book: { ordered: '“the higher the learning rate, the faster”' },
  yes: 'yes',
  no: 'no',
  notes: {
    measure: 'The book’s legend title, “Learning rate effect”, is the chart title here. The error is the mean |feed − desired| over the four AND patterns, as in ch2-fig3.',
  },
};

export const figure: FigureScript<{ learningRates: number[]; epochs: number[]; errors: number[][] }, typeof TEXT> = {
  id: 'ch5-fig5',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const epochs = Array.from({ length: EPOCHS + 1 }, (_, n) => n);
    const errors = LEARNING_RATES.map((lr) => errorCurveOnAnd(startingNeuron(lr), EPOCHS));
    const png = await plot.lossCurve({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      series: LEARNING_RATES.map((lr, i) => ({ name: text.legend(fmt(lr)), xs: epochs, values: errors[i]! })),
    });
    const ordered = epochs.slice(1).every((n) => errors.every((curve, i) => i === 0 || curve[n]! < errors[i - 1]![n]!));
    return {
      png,
      numbers: [
        ...LEARNING_RATES.map((lr, i) => ({ quantity: text.quantities.final(fmt(lr)), ours: fmt(errors[i]!.at(-1)!) })),
        { quantity: text.quantities.ordered, book: text.book.ordered, ours: ordered ? text.yes : text.no },
      ],
      notes: [text.notes.measure],
      data: { learningRates: LEARNING_RATES, epochs, errors },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
