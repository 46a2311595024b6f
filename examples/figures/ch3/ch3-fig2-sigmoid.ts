// Chapter 3, Artificial neuron — fig:sigmoidFunction: the sigmoid neuron's activation, a blue S curve.
import { SigmoidAF } from '../../../src/index.js';
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { FUNCTION_XS } from './neurons.js';

export const figure: FigureScript<{ xs: number[]; ys: number[] }> = {
  id: 'ch3-fig2',
  bookRef: 'Chapter 3 (Artificial neuron), fig:sigmoidFunction',
  caption: 'The sigmoid σ(z) = 1 / (1 + e^−z) for z = −7..7 (step 0.01)',
  async render(plot: PlotService) {
    const sigmoid = new SigmoidAF();
    const xs = [...FUNCTION_XS];
    const ys = xs.map((x) => sigmoid.eval(x));
    const png = await plot.functionCurves({
      title: 'Sigmoid function',
      xLabel: 'z',
      yLabel: 'σ(z)',
      xs,
      curves: [{ name: 'sigmoid', ys }],
    });
    return {
      png,
      numbers: [
        { quantity: 'σ(0)', book: '0.5', ours: fmt(sigmoid.eval(0)) },
        { quantity: 'σ(−7), σ(7)', book: '–', ours: `${fmt(ys[0]!)}, ${fmt(ys.at(-1)!)}` },
      ],
      notes: [],
      data: { xs, ys },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
