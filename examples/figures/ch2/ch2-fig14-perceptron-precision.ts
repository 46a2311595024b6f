// Chapter 2, Perceptron — fig:perceptronPrecision: the share of 1000 test points a
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

export const figure: FigureScript<{ trained: number[]; precisions: number[] }> = {
  id: 'ch2-fig14',
  bookRef: 'Chapter 2 (Perceptron), fig:perceptronPrecision',
  caption: "The perceptron's precision on 1000 test points after n = 0, 10, …, 2000 training points",
  async render(plot: PlotService) {
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
      title: 'Precision of the perceptron',
      xLabel: 'Training iteration',
      yLabel: 'Precision',
      series: [{ values: precisions, xs: trained }],
    });
    return {
      png,
      numbers: [
        { quantity: 'precision with no training (n = 0)', book: 'around 0.25', ours: fmt(precisions[0]!) },
        { quantity: 'precision after 2000 training points', book: 'close to 1.0', ours: fmt(precisions.at(-1)!) },
        { quantity: 'first n with precision ≥ 0.95', book: '"quickly"', ours: String(trained[precisions.findIndex((v) => v >= 0.95)]) },
      ],
      notes: ['Each n starts afresh: a new `new Random(42)` and a new step neuron w = (1, 2), b = −1, as the book does; the test points follow the training points in the same generator.'],
      data: { trained, precisions },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
