// Chapter 4, Theory on Learning — Figure 4-5 (fig:largerExampleGD): gradient descent on
// 100 points around y = x (lr 0.01, 3000 iterations); the cost after each update.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { noisyLine } from './data.js';
import { cost, fitByGradientDescent, leastSquares } from './learning.js';

const POINTS = 100;
const ITERATIONS = 3000;

const TEXT = {
  caption: '100 points around y = x (Random seed 42): J after each of 3000 gradient-descent updates (lr 0.01)',
  title: 'Gradient descent on 100 points',
  xLabel: 'Iteration',
  yLabel: 'J (mean squared error)',
  curve: 'J',
  quantities: {
    first: 'J after the first update',
    last: 'J after 3000 updates',
    floor: 'smallest possible J (least-squares line)',
    noise: 'variance of the noise, 0.2² / 3',
  },
  book: { last: '“learns”' },
  notes: {
    start: 'Gradient descent starts from the chapter’s a = 0.5, b = 3, as in the four-point script.',
    noise: 'y = x + U(−0.2, 0.2): no line does much better than J = 0.04 / 3, the variance of the noise.',
  },
};

export const figure: FigureScript<{ costs: number[]; a: number; b: number; floor: number }, typeof TEXT> = {
  id: 'ch4-fig5',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const data = noisyLine(POINTS);
    const { model, history } = fitByGradientDescent(data, ITERATIONS);
    const floor = cost(leastSquares(data), data);
    const png = await plot.lossCurve({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      series: [{ name: text.curve, values: history.loss }],
    });
    return {
      png,
      numbers: [
        { quantity: text.quantities.first, ours: fmt(history.loss[0]!) },
        { quantity: text.quantities.last, book: text.book.last, ours: fmt(history.loss.at(-1)!) },
        { quantity: text.quantities.floor, ours: fmt(floor) },
        { quantity: text.quantities.noise, ours: fmt(0.04 / 3) },
      ],
      notes: [text.notes.start, text.notes.noise],
      data: { costs: history.loss, a: model.a, b: model.b, floor },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
