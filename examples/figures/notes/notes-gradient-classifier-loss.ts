// Companion note on the sigmoid and its gradient: the loss curve of its example
// classifier (see sigmoid-classifier.ts and notes-gradient-classifier).
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { classifierRun } from './sigmoid-classifier.js';

const TEXT = {
  claim: 'The same program: gradient descent on the mean cross-entropy lowers the loss of the sigmoid classifier at every iteration.',
  caption: 'Mean cross-entropy of the sigmoid classifier of notes-gradient-classifier after each of its 1000 gradient-descent updates (lr 0.01)',
  title: 'Sigmoid classifier: loss during gradient descent',
  xLabel: 'Iteration',
  yLabel: 'mean cross-entropy',
  curve: 'loss',
  quantities: {
    first: 'loss after the first update',
    last: 'loss after 1000 updates',
    falling: 'updates after which the loss rose',
  },
  notes: {
    slow: 'At lr 0.01 the loss is still falling after 1000 iterations: the weights keep turning towards (1, 0) and growing, which makes the unit both more accurate and more confident.',
  },
};

export const figure: FigureScript<{ losses: number[] }, typeof TEXT> = {
  id: 'notes-gradient-classifier-loss',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const { losses } = classifierRun();
    const rises = losses.filter((loss, i) => i > 0 && loss > losses[i - 1]!).length;
    const png = await plot.lossCurve({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      series: [{ name: text.curve, values: losses }],
    });
    return {
      png,
      numbers: [
        { quantity: text.quantities.first, ours: fmt(losses[0]!) },
        { quantity: text.quantities.last, ours: fmt(losses.at(-1)!) },
        { quantity: text.quantities.falling, ours: fmt(rises) },
      ],
      notes: [text.notes.slow],
      data: { losses },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
