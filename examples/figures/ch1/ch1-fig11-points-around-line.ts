// Chapter 1, The Perceptron Model — fig:simpleLine: 500 random points, red above the line f(x) = −2x − 3, blue below.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { pointsAroundTheLine, SIDES_TEXT, type ColouredPoints } from './perceptron-data.js';

const TEXT = {
  ...SIDES_TEXT,
  caption: '500 random points of the grid −24..25, red when y > f(x) = −2x − 3, blue otherwise',
  title: 'Points above (red) and below (blue) f(x) = −2x − 3',
  quantities: { sides: 'points above the line (red) / below it (blue)' },
  notes: {
    seeded:
      'The book draws the points with the unseeded `50 atRandom - 25`, so its picture changes at every run; we draw x then y of each point with `new Random(42).nextInt(50) - 25` (values −24..25), so ours is always the same.',
  },
};

export const figure: FigureScript<ColouredPoints, typeof TEXT> = {
  id: 'ch1-fig11',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const points = pointsAroundTheLine();
    const png = await plot.classification({ title: text.title, points, classNames: [text.below, text.above] });
    const above = points.classes.filter((k) => k === 1).length;
    return {
      png,
      numbers: [{ quantity: text.quantities.sides, ours: `${fmt(above)} / ${fmt(points.xs.length - above)}` }],
      notes: [text.notes.seeded],
      data: points,
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
