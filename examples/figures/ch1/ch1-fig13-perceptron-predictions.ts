// Chapter 1, The Perceptron Model — fig:dotColorPrediction: a perceptron trained on 500 points
// colours 2000 new points by its prediction (red: feed > 0.5, i.e. on or below the line).
import { Random } from '../../../src/index.js';
import { type PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { bookPerceptron, fLine, randomPoints, RED_LINE, SIDES_TEXT, sideOf, trainOnRandomPoints, type ColouredPoints } from './perceptron-data.js';

const TEXT = {
  caption: 'A perceptron (w = (1, 2), b = −1, lr 0.1) trained on 500 random points predicts 2000 more: red = 1 (on or below f), blue = 0',
  title: 'Perceptron predictions after 500 training points',
  line: SIDES_TEXT.line,
  classNames: ['predicted 0 (feed ≤ 0.5)', 'predicted 1 (feed > 0.5)'],
  quantities: {
    wrongRed: 'red dots on the wrong side of f (above it), of 2000',
    wrongBlue: 'blue dots on the wrong side of f (on or below it), of 2000',
    weights: 'weights, bias after training',
  },
  book: { wrongRed: '“a few”' },
  notes: {
    colours:
      'The colours mean the opposite of ch1-fig11: there red was above the line (y > f(x)); here red is the prediction 1, i.e. on or below it (f(x) ≥ y), as in the book.',
    seed: 'A step neuron (the chapter’s perceptron), seeded `new Random(42)` as the book; the 2000 test points come from the same generator after the 500 training points.',
  },
};

interface Data {
  predictions: ColouredPoints;
  misclassified: { red: number; blue: number };
  weights: number[];
  bias: number;
}

export const figure: FigureScript<Data, typeof TEXT> = {
  id: 'ch1-fig13',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const random = new Random(42);
    const p = bookPerceptron();
    trainOnRandomPoints(p, random, 500);

    const test = randomPoints(random, 2000);
    const classes = test.xs.map((x, i) => (p.feed([x, test.ys[i]!]) > 0.5 ? 1 : 0));
    const wrong = (colour: number) => classes.filter((k, i) => k === colour && k !== sideOf(test.xs[i]!, test.ys[i]!)).length;
    const misclassified = { red: wrong(1), blue: wrong(0) };
    const predictions = { ...test, classes };

    const png = await plot.classification({
      title: text.title,
      points: predictions,
      classNames: text.classNames,
      boundary: { ...fLine(), name: text.line, color: RED_LINE },
    });
    return {
      png,
      numbers: [
        { quantity: text.quantities.wrongRed, book: text.book.wrongRed, ours: fmt(misclassified.red) },
        { quantity: text.quantities.wrongBlue, ours: fmt(misclassified.blue) },
        { quantity: text.quantities.weights, ours: `(${[...p.weights].map((w) => fmt(w)).join(', ')}), ${fmt(p.bias)}` },
      ],
      notes: [text.notes.colours, text.notes.seed],
      data: { predictions, misclassified, weights: [...p.weights], bias: p.bias },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
