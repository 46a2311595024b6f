// Chapter 3, Artificial neuron — fig:stepFunction: the perceptron's activation, a blue step.
import { StepAF } from '../../../src/index.js';
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import type { FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { FUNCTION_XS } from './neurons.js';

export const figure: FigureScript<{ xs: number[]; ys: number[] }> = {
  id: 'ch3-fig1',
  bookRef: 'Chapter 3 (Artificial neuron), fig:stepFunction',
  caption: 'The step function: 1 when z > 0, else 0, for z = −7..7 (step 0.01)',
  async render(plot: PlotService) {
    const step = new StepAF();
    const xs = [...FUNCTION_XS];
    const ys = xs.map((x) => step.eval(x));
    const png = await plot.functionCurves({
      title: 'Step function',
      xLabel: 'z',
      yLabel: 'step(z)',
      xs,
      curves: [{ name: 'step', ys, stepped: true }],
    });
    return { png, numbers: [], notes: [], data: { xs, ys } };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
