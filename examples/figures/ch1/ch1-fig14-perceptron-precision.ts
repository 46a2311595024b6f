// Chapter 1, The Perceptron Model — fig:perceptronPrecision: the share of 1000 test points a
// perceptron gets right after training on n = 0, 10, …, 2000 points.
import { Random, type Neuron } from '../../../src/index.js';
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { bookPerceptron, coordinate, sideOf, trainOnRandomPoints } from './perceptron-data.js';

/** Share of `count` new points from `random` where |feed − expected| < 0.2 (the book's test). */
function precisionOn(p: Neuron, random: Random, count: number): number {
  let good = 0;
  for (let i = 0; i < count; i++) {
    const x = coordinate(random);
    const y = coordinate(random);
    if (Math.abs(p.feed([x, y]) - sideOf(x, y)) < 0.2) good++;
  }
  return good / count;
}

const TEXT = {
  caption: 'The perceptron’s precision on 1000 test points after n = 0, 10, …, 2000 training points',
  title: 'Precision of the perceptron',
  xLabel: 'Training iteration',
  yLabel: 'Precision',
  quantities: {
    untrained: 'precision with no training (n = 0)',
    trained: 'precision after 2000 training points',
    firstGood: 'first n with precision ≥ 0.95',
  },
  book: { untrained: '“around 0.25”', trained: '“close to 1.0”', firstGood: '“quickly”' },
  notes: {
    fresh: 'Each n starts afresh, as the book does: a new `new Random(42)` and a new step neuron w = (1, 2), b = −1; the test points follow the training points in the same generator.',
  },
};

export const figure: FigureScript<{ trained: number[]; precisions: number[] }, typeof TEXT> = {
  id: 'ch1-fig14',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const trained: number[] = [];
    const precisions: number[] = [];
    for (let n = 0; n <= 2000; n += 10) {
      const random = new Random(42);
      const p = bookPerceptron();
      trainOnRandomPoints(p, random, n);
      trained.push(n);
      precisions.push(precisionOn(p, random, 1000));
    }
    const png = await plot.lossCurve({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      series: [{ values: precisions, xs: trained }],
    });
    return {
      png,
      numbers: [
        { quantity: text.quantities.untrained, book: text.book.untrained, ours: fmt(precisions[0]!) },
        { quantity: text.quantities.trained, book: text.book.trained, ours: fmt(precisions.at(-1)!) },
        { quantity: text.quantities.firstGood, book: text.book.firstGood, ours: fmt(trained[precisions.findIndex((v) => v >= 0.95)]!) },
      ],
      notes: [text.notes.fresh],
      data: { trained, precisions },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
