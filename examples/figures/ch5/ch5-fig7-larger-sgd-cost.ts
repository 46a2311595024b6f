// Chapter 5, Theory on Learning — fig:largerExampleSGD: mini-batch stochastic
// gradient descent on the same 100 points (batches of 5, 1000 epochs, lr 0.01).
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { noisyLine } from './data.js';
import { fitByGradientDescent, fitByMiniBatches, leastSquares } from './learning.js';

const POINTS = 100;
const EPOCHS = 1000;

export const figure: FigureScript<{ costs: number[]; a: number; b: number }> = {
  id: 'ch5-fig7',
  bookRef: 'Chapter 5 (Theory on Learning), fig:largerExampleSGD',
  caption: 'The same 100 points with mini-batch SGD (batches of 5 in order, lr 0.01): the mean loss of each of 1000 epochs',
  async render(plot: PlotService) {
    const data = noisyLine(POINTS);
    const { model, history } = fitByMiniBatches(data, EPOCHS);
    const gd = fitByGradientDescent(data, 3000);
    const best = leastSquares(data);
    const lowest = history.loss.indexOf(Math.min(...history.loss));
    const png = await plot.lossCurve({
      title: 'Stochastic gradient descent on 100 points',
      xLabel: 'Epoch',
      yLabel: 'J (mean over the epoch)',
      series: [{ name: 'J', values: history.loss }],
    });
    return {
      png,
      numbers: [
        { quantity: 'epoch loss after epoch 1', book: '–', ours: fmt(history.loss[0]!) },
        { quantity: 'epoch loss after 1000 epochs', book: 'shape similar to fig:largerExampleGD', ours: fmt(history.loss.at(-1)!) },
        { quantity: 'GD\'s J after 3000 iterations (fig:largerExampleGD)', book: '–', ours: fmt(gd.history.loss.at(-1)!) },
        { quantity: 'fitted a, b', book: '–', ours: `${fmt(model.a)}, ${fmt(model.b)}` },
        { quantity: 'least-squares a, b', book: '–', ours: `${fmt(best.a)}, ${fmt(best.b)}` },
        { quantity: 'lowest epoch loss', book: '–', ours: `${fmt(history.loss[lowest]!, 6)} at epoch ${lowest + 1}` },
      ],
      notes: [
        'The text says to shuffle the data before cutting it into batches; the book\'s script does not, and neither do we (batches 1–5, 6–10, … every epoch).',
        'An epoch\'s loss is the book\'s Σ over batches of (batch squared error / N): the mean over the epoch of each example\'s loss, each measured before its batch\'s update.',
        'SGD makes 20 updates per epoch, so 1000 epochs are 20 000 updates against GD\'s 3000: it gets lower sooner per pass.',
        `With a fixed order and a constant learning rate, SGD settles into a cycle near the least-squares line, not on it: after its lowest point the epoch loss creeps up by ${fmt(history.loss.at(-1)! - history.loss[lowest]!, 2)}, invisible on the chart.`,
      ],
      data: { costs: history.loss, a: model.a, b: model.b },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
