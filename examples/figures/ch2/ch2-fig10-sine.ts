// Chapter 2, Perceptron — fig:exampleGraph: the chapter's first plot, a blue line of y = sin(x / 3.14).
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import type { FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';

export const figure: FigureScript<{ xs: number[]; ys: number[] }> = {
  id: 'ch2-fig10',
  bookRef: 'Chapter 2 (Perceptron), fig:exampleGraph',
  caption: 'A first plot: the blue line y = sin(x / 3.14) for x = 1..100',
  async render(plot: PlotService) {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    const ys = xs.map((x) => Math.sin(x / 3.14));
    const png = await plot.functionCurves({
      title: 'y = sin(x / 3.14)',
      xLabel: 'x',
      yLabel: 'y',
      xs,
      curves: [{ name: 'sin(x / 3.14)', ys }],
    });
    return { png, numbers: [], notes: [], data: { xs, ys } };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
