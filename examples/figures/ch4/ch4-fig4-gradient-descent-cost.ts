// Chapter 4, Theory on Learning — Figure 4-4 (fig:gradientDescent2): the cost J after
// each of the 1000 gradient-descent updates of Figure 4-3.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { FOUR_POINTS } from './data.js';
import { cost, fitByGradientDescent, leastSquares } from './learning.js';

const ITERATIONS = 1000;

const TEXT = {
  caption: 'J (mean squared error) after each of the 1000 gradient-descent updates: it falls towards its floor, never to 0',
  title: 'Cost during gradient descent',
  xLabel: 'Iteration',
  yLabel: 'J (mean squared error)',
  curve: 'J',
  quantities: { first: 'J after the first update', last: 'J after 1000 updates', floor: 'smallest possible J (least-squares line)' },
  book: { first: '1.75 before the first update (Figure 4-2)', last: '“close to 0 but not 0”' },
  notes: { floor: 'J cannot reach 0 here: no line goes through the four points. Its floor is the least-squares line’s J.' },
};

export const figure: FigureScript<{ costs: number[]; floor: number }, typeof TEXT> = {
  id: 'ch4-fig4',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const costs = fitByGradientDescent(FOUR_POINTS, ITERATIONS).history.loss;
    const floor = cost(leastSquares(FOUR_POINTS), FOUR_POINTS);
    const png = await plot.lossCurve({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      series: [{ name: text.curve, values: costs }],
    });
    return {
      png,
      numbers: [
        { quantity: text.quantities.first, book: text.book.first, ours: fmt(costs[0]!) },
        { quantity: text.quantities.last, book: text.book.last, ours: fmt(costs.at(-1)!) },
        { quantity: text.quantities.floor, ours: fmt(floor) },
      ],
      notes: [text.notes.floor],
      data: { costs, floor },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
