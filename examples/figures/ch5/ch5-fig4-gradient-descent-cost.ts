// Chapter 5, Theory on Learning — fig:gradientDescent2: the cost J after each of
// the 1000 gradient-descent updates of fig:gradientDescent.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { FOUR_POINTS } from './data.js';
import { cost, fitByGradientDescent, leastSquares } from './learning.js';

const ITERATIONS = 1000;

export const figure: FigureScript<{ costs: number[]; floor: number }> = {
  id: 'ch5-fig4',
  bookRef: 'Chapter 5 (Theory on Learning), fig:gradientDescent2',
  caption: 'J (mean squared error) after each of the 1000 gradient-descent updates: it falls towards its floor, never to 0',
  async render(plot: PlotService) {
    const costs = fitByGradientDescent(FOUR_POINTS, ITERATIONS).history.loss;
    const floor = cost(leastSquares(FOUR_POINTS), FOUR_POINTS);
    const png = await plot.lossCurve({
      title: 'Cost during gradient descent',
      xLabel: 'Iteration',
      yLabel: 'J (mean squared error)',
      series: [{ name: 'J', values: costs }],
    });
    return {
      png,
      numbers: [
        { quantity: 'J after the first update', book: '– (1.75 before it)', ours: fmt(costs[0]!) },
        { quantity: 'J after 1000 updates', book: 'close to 0 but not 0', ours: fmt(costs.at(-1)!) },
        { quantity: 'smallest possible J (least-squares line)', book: '–', ours: fmt(floor) },
      ],
      notes: [
        'J cannot reach 0 here: no line goes through the four points. Its floor is the least-squares line\'s J.',
      ],
      data: { costs, floor },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
