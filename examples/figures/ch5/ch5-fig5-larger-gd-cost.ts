// Chapter 5, Theory on Learning — fig:largerExampleGD: gradient descent on 100
// points around y = x (lr 0.01, 3000 iterations); the cost after each update.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { noisyLine } from './data.js';
import { cost, fitByGradientDescent, leastSquares } from './learning.js';

const POINTS = 100;
const ITERATIONS = 3000;

export const figure: FigureScript<{ costs: number[]; a: number; b: number; floor: number }> = {
  id: 'ch5-fig5',
  bookRef: 'Chapter 5 (Theory on Learning), fig:largerExampleGD',
  caption: '100 points around y = x (Random seed 42): J after each of 3000 gradient-descent updates (lr 0.01)',
  async render(plot: PlotService) {
    const data = noisyLine(POINTS);
    const { model, history } = fitByGradientDescent(data, ITERATIONS);
    const floor = cost(leastSquares(data), data);
    const png = await plot.lossCurve({
      title: 'Gradient descent on 100 points',
      xLabel: 'Iteration',
      yLabel: 'J (mean squared error)',
      series: [{ name: 'J', values: history.loss }],
    });
    return {
      png,
      numbers: [
        { quantity: 'J after the first update', book: '–', ours: fmt(history.loss[0]!) },
        { quantity: 'J after 3000 updates', book: '"learns"', ours: fmt(history.loss.at(-1)!) },
        { quantity: 'smallest possible J (least-squares line)', book: '–', ours: fmt(floor) },
        { quantity: 'noise variance 0.2² / 3', book: '–', ours: fmt(0.04 / 3) },
      ],
      notes: [
        'We start gradient descent from the chapter\'s a = 0.5, b = 3, as in the four-point script.',
        'y = x + U(−0.2, 0.2): no line does better than J ≈ 0.04 / 3, the variance of the noise.',
      ],
      data: { costs: history.loss, a: model.a, b: model.b, floor },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
