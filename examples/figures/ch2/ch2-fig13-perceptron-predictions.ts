// Chapter 2, Perceptron — fig:dotColorPrediction: a perceptron trained on 500 points
// colours 2000 new points by its prediction (red: feed > 0.5, i.e. on or below the line).
import { Random } from '../../../src/index.js';
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { bookPerceptron, fLine, randomPoints, RED_LINE, sideOf, trainOnRandomPoints, type ColouredPoints } from './perceptron-data.js';

export const figure: FigureScript<{ predictions: ColouredPoints; misclassified: { red: number; blue: number }; weights: number[]; bias: number }> = {
  id: 'ch2-fig13',
  bookRef: 'Chapter 2 (Perceptron), fig:dotColorPrediction (runningThePerceptron.png)',
  caption: 'A perceptron (w = (1, 2), b = −1, lr 0.1) trained on 500 random points predicts 2000 more: red = 1 (on or below f), blue = 0',
  async render(plot: PlotService) {
    const random = new Random(42);
    const p = bookPerceptron();
    trainOnRandomPoints(p, random, 500);

    const test = randomPoints(random, 2000);
    const classes = test.xs.map((x, i) => (p.feed([x, test.ys[i]!]) > 0.5 ? 1 : 0));
    const wrong = (colour: number) => classes.filter((k, i) => k === colour && k !== sideOf(test.xs[i]!, test.ys[i]!)).length;
    const misclassified = { red: wrong(1), blue: wrong(0) };
    const predictions = { ...test, classes };

    const png = await plot.classification({
      title: 'Perceptron predictions after 500 training points',
      points: predictions,
      classNames: ['predicted 0 (feed ≤ 0.5)', 'predicted 1 (feed > 0.5)'],
      boundary: { ...fLine(), name: 'f(x) = −2x − 3', color: RED_LINE },
    });
    return {
      png,
      numbers: [
        { quantity: 'red dots on the wrong side of f (above it)', book: 'a few', ours: `${misclassified.red} of 2000` },
        { quantity: 'blue dots on the wrong side of f (on or below it)', book: '–', ours: `${misclassified.blue} of 2000` },
        { quantity: 'weights, bias after training', book: '–', ours: `(${[...p.weights].map((w) => fmt(w)).join(', ')}), ${fmt(p.bias)}` },
      ],
      notes: [
        'The colours mean the opposite of fig:simpleLine: there red was above the line (y > f(x)); here red is the prediction 1, i.e. on or below it (f(x) ≥ y).',
        'Step neuron (the chapter-2 perceptron), seeded `new Random(42)` as the book; the 2000 test points come from the same generator after the 500 training points.',
      ],
      data: { predictions, misclassified, weights: [...p.weights], bias: p.bias },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
