// Chapter 2, Perceptron — fig:simpleLine: 500 random points, red above the line f(x) = −2x − 3, blue below.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import type { FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { pointsAroundTheLine, SIDE_NAMES, UNSEEDED_NOTE, type ColouredPoints } from './perceptron-data.js';

export const figure: FigureScript<ColouredPoints> = {
  id: 'ch2-fig11',
  bookRef: 'Chapter 2 (Perceptron), fig:simpleLine',
  caption: '500 random points of the grid −24..25, red when y > f(x) = −2x − 3, blue otherwise',
  async render(plot: PlotService) {
    const points = pointsAroundTheLine();
    const png = await plot.classification({
      title: 'Points above (red) and below (blue) f(x) = −2x − 3',
      points: points,
      classNames: SIDE_NAMES,
    });
    const above = points.classes.filter((k) => k === 1).length;
    return {
      png,
      numbers: [{ quantity: 'points above the line (red) / below (blue)', book: '–', ours: `${above} / ${points.xs.length - above}` }],
      notes: [UNSEEDED_NOTE],
      data: points,
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
