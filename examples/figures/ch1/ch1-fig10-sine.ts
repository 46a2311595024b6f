// Chapter 1, The Perceptron Model — fig:exampleGraph: the chapter's first plot, a blue line of y = sin(x / 3.14).
import { isMain } from '../../shared/is-main.js';
import { defineFigure } from '../figure.js';
import { renderStandalone } from '../standalone.js';

const TEXT = {
  caption: 'A first plot: the blue line y = sin(x / 3.14) for x = 1..100',
  title: 'y = sin(x / 3.14)',
  xLabel: 'x',
  yLabel: 'y',
  curve: 'sin(x / 3.14)',
};

const TEXT_ZH: typeof TEXT = {
  caption: '第一张图：x = 1..100 时 y = sin(x / 3.14) 的蓝色曲线',
  title: 'y = sin(x / 3.14)',
  xLabel: 'x',
  yLabel: 'y',
  curve: 'sin(x / 3.14)',
};

export const figure = defineFigure({
  id: 'ch1-fig10',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    return { xs, ys: xs.map((x) => Math.sin(x / 3.14)) };
  },
  draw(plot, { xs, ys }, text) {
    return plot.functionCurves({ title: text.title, xLabel: text.xLabel, yLabel: text.yLabel, xs, curves: [{ name: text.curve, ys }] });
  },
  report() {
    return { numbers: [], notes: [] };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
