// Chapter 2, Perceptron — fig:simpleLine2: the points of fig:simpleLine with the red line of f(x) = −2x − 3.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import type { FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { fLine, pointsAroundTheLine, RED_LINE, SIDE_NAMES, UNSEEDED_NOTE, type ColouredPoints, type Points } from './perceptron-data.js';

export const figure: FigureScript<{ points: ColouredPoints; line: Points }> = {
  id: 'ch2-fig12',
  bookRef: 'Chapter 2 (Perceptron), fig:simpleLine2',
  caption: 'The points of fig:simpleLine with the red line f(x) = −2x − 3 for x = −15..15 (step 0.1) separating them',
  async render(plot: PlotService) {
    const points = pointsAroundTheLine();
    const line = fLine();
    const png = await plot.classification({
      title: 'Points separated by f(x) = −2x − 3',
      points: points,
      classNames: SIDE_NAMES,
      boundary: { ...line, name: 'f(x) = −2x − 3', color: RED_LINE },
    });
    return { png, numbers: [], notes: [UNSEEDED_NOTE], data: { points, line } };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
