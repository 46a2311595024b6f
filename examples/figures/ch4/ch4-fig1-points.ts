// Chapter 4, Theory on Learning — Figure 4-1 (fig:plottingSomePoints): the four points as red dots.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import type { FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { column, FOUR_POINTS } from './data.js';

const TEXT = {
  caption: 'The four points P = {(1, 3.0), (3, 5.2), (2, 4.1), (4, 7.5)}',
  title: 'Some points',
  xLabel: 'x',
  yLabel: 'y',
  points: 'P',
};

export const figure: FigureScript<{ xs: number[]; ys: number[] }, typeof TEXT> = {
  id: 'ch4-fig1',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const xs = column(FOUR_POINTS.inputs);
    const ys = column(FOUR_POINTS.targets);
    const png = await plot.scatter({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      points: [{ name: text.points, xs, ys, radius: 6 }],
    });
    return { png, numbers: [], notes: [], data: { xs, ys } };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
