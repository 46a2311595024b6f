// Chapter 1, The Perceptron Model — fig:simpleLine2: the points of fig:simpleLine with the red line of f(x) = −2x − 3.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import type { FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { fLine, pointsAroundTheLine, RED_LINE, SIDES_TEXT, type ColouredPoints, type Points } from './perceptron-data.js';

const TEXT = {
  ...SIDES_TEXT,
  caption: 'The points of ch1-fig11 with the red line f(x) = −2x − 3 for x = −15..15 (step 0.1) separating them',
  title: 'Points separated by f(x) = −2x − 3',
  notes: { samePoints: 'The same 500 seeded points as ch1-fig11 (see its note on the seed).' },
};

export const figure: FigureScript<{ points: ColouredPoints; line: Points }, typeof TEXT> = {
  id: 'ch1-fig12',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const points = pointsAroundTheLine();
    const line = fLine();
    const png = await plot.classification({
      title: text.title,
      points,
      classNames: [text.below, text.above],
      boundary: { ...line, name: text.line, color: RED_LINE },
    });
    return { png, numbers: [], notes: [text.notes.samePoints], data: { points, line } };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
