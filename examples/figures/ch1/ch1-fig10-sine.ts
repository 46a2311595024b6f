// Chapter 1, The Perceptron Model — fig:exampleGraph: the chapter's first plot, a blue line of y = sin(x / 3.14).
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import type { FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';

const TEXT = {
  caption: 'A first plot: the blue line y = sin(x / 3.14) for x = 1..100',
  title: 'y = sin(x / 3.14)',
  xLabel: 'x',
  yLabel: 'y',
  curve: 'sin(x / 3.14)',
};

export const figure: FigureScript<{ xs: number[]; ys: number[] }, typeof TEXT> = {
  id: 'ch1-fig10',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    const ys = xs.map((x) => Math.sin(x / 3.14));
    const png = await plot.functionCurves({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      xs,
      curves: [{ name: text.curve, ys }],
    });
    return { png, numbers: [], notes: [], data: { xs, ys } };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
