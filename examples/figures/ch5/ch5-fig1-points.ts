// Chapter 5, Theory on Learning — fig:plottingSomePoints: the four points as red dots.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import type { FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { column, FOUR_POINTS } from './data.js';

export const figure: FigureScript<{ xs: number[]; ys: number[] }> = {
  id: 'ch5-fig1',
  bookRef: 'Chapter 5 (Theory on Learning), fig:plottingSomePoints',
  caption: 'The four points P = {(1, 3.0), (3, 5.2), (2, 4.1), (4, 7.5)}',
  async render(plot: PlotService) {
    const xs = column(FOUR_POINTS.inputs);
    const ys = column(FOUR_POINTS.targets);
    const png = await plot.scatter({
      title: 'Some points',
      xLabel: 'x',
      yLabel: 'y',
      points: [{ name: 'P', xs, ys, radius: 6 }],
    });
    return { png, numbers: [], notes: [], data: { xs, ys } };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
