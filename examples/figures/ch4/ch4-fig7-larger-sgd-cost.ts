// Chapter 4, Theory on Learning — Figure 4-7 (fig:largerExampleSGD): mini-batch stochastic
// gradient descent on the same 100 points (batches of 5, 1000 epochs, lr 0.01).
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, pair, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { noisyLine } from './data.js';
import { fitByGradientDescent, fitByMiniBatches, leastSquares } from './learning.js';

const POINTS = 100;
const EPOCHS = 1000;

const TEXT = {
  caption: 'The same 100 points with mini-batch SGD (batches of 5 in order, lr 0.01): the chapter’s cost of each of 1000 epochs',
  title: 'Stochastic gradient descent on 100 points',
  xLabel: 'Epoch',
  yLabel: 'J (the epoch’s cost)',
  curve: 'J',
  quantities: {
    first: 'cost of epoch 1',
    last: 'cost of epoch 1000',
    beforeUpdates: 'cost of epoch 1000 measured before each batch’s update (our trainers’ default)',
    gd: 'GD’s J after 3000 iterations (Figure 4-5)',
    fitted: 'fitted a, b',
    best: 'least-squares a, b',
    lowest: 'lowest epoch cost (to 8 significant digits), and its epoch',
  },
  book: { last: '“similar” in shape to Figure 4-5' },
  notes: {
    shuffle: 'The text says to shuffle the data before cutting it into batches; the book’s script does not, and neither do we (batches 1–5, 6–10, … every epoch).',
    measure:
      'The cost of an epoch is the chapter’s: Σ over the 20 batches of (the batch’s squared error / 100), each batch measured right after its own update — the trainer option `measureLoss: \'afterUpdate\'`. Our trainers measure each batch before its update by default (the loss its gradient comes from, at no extra pass); the table gives both.',
    updates: 'SGD makes 20 updates per epoch, so 1000 epochs are 20000 updates against GD’s 3000: it gets lower sooner per pass over the data.',
    cycle: (creep: string) =>
      `With a fixed order and a constant learning rate, SGD settles into a cycle near the least-squares line, not on it: after its lowest point the epoch cost creeps up by ${creep}, too little to see on the chart.`,
  },
};

export const figure: FigureScript<{ costs: number[]; costsBeforeUpdates: number[]; a: number; b: number }, typeof TEXT> = {
  id: 'ch4-fig7',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const data = noisyLine(POINTS);
    const { model, history } = fitByMiniBatches(data, EPOCHS);
    const beforeUpdates = fitByMiniBatches(data, EPOCHS, 'beforeUpdate').history.loss;
    const gd = fitByGradientDescent(data, 3000);
    const best = leastSquares(data);
    const costs = history.loss;
    const lowest = costs.indexOf(Math.min(...costs));
    const png = await plot.lossCurve({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      series: [{ name: text.curve, values: costs }],
    });
    return {
      png,
      numbers: [
        { quantity: text.quantities.first, ours: fmt(costs[0]!) },
        { quantity: text.quantities.last, book: text.book.last, ours: fmt(costs.at(-1)!) },
        { quantity: text.quantities.beforeUpdates, ours: fmt(beforeUpdates.at(-1)!) },
        { quantity: text.quantities.gd, ours: fmt(gd.history.loss.at(-1)!) },
        { quantity: text.quantities.fitted, ours: pair(model.a, model.b) },
        { quantity: text.quantities.best, ours: pair(best.a, best.b) },
        { quantity: text.quantities.lowest, ours: `${fmt(costs[lowest]!, 8)}, ${fmt(lowest + 1)}` },
      ],
      notes: [text.notes.shuffle, text.notes.measure, text.notes.updates, text.notes.cycle(fmt(costs.at(-1)! - costs[lowest]!, 2))],
      data: { costs, costsBeforeUpdates: beforeUpdates, a: model.a, b: model.b },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
