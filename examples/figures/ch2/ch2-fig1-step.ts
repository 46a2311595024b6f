// Chapter 2, The Artificial Neuron — fig:stepFunction: the perceptron's activation, a blue step.
import { StepAF } from '../../../src/index.js';
import { type PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import type { FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { FUNCTION_XS } from './neurons.js';

const TEXT = {
  caption: 'The step function: 1 when z > 0, else 0, for z = −7..7 (step 0.01)',
  title: 'Step function',
  xLabel: 'z',
  yLabel: 'step(z)',
  curve: 'step',
};

export const figure: FigureScript<{ xs: number[]; ys: number[] }, typeof TEXT> = {
  id: 'ch2-fig1',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const step = new StepAF();
    const xs = [...FUNCTION_XS];
    const ys = xs.map((x) => step.eval(x));
    const png = await plot.functionCurves({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      xs,
      curves: [{ name: text.curve, ys, stepped: true }],
    });
    return { png, numbers: [], notes: [], data: { xs, ys } };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
