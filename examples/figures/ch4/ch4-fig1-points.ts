// Chapter 4, Theory on Learning — Figure 4-1 (fig:plottingSomePoints): the four points as red dots.
import { isMain } from '../../shared/is-main.js';
import { defineFigure } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { column, FOUR_POINTS } from './data.js';

const TEXT = {
  caption: 'The four points P = {(1, 3.0), (3, 5.2), (2, 4.1), (4, 7.5)}',
  title: 'Some points',
  xLabel: 'x',
  yLabel: 'y',
  points: 'P',
};

const TEXT_ZH: typeof TEXT = {
  caption: '四个点 P = {(1, 3.0), (3, 5.2), (2, 4.1), (4, 7.5)}',
  title: '几个点',
  xLabel: 'x',
  yLabel: 'y',
  points: 'P',
};

export const figure = defineFigure({
  id: 'ch4-fig1',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return { xs: column(FOUR_POINTS.inputs), ys: column(FOUR_POINTS.targets) };
  },
  draw(plot, { xs, ys }, text) {
    return plot.scatter({ title: text.title, xLabel: text.xLabel, yLabel: text.yLabel, points: [{ name: text.points, xs, ys, radius: 6 }] });
  },
  report() {
    return { numbers: [], notes: [] };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
