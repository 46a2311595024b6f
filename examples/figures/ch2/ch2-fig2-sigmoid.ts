// Chapter 2, The Artificial Neuron — fig:sigmoidFunction: the sigmoid neuron's activation, a blue S curve.
import { SigmoidAF } from '../../../src/index.js';
import { type PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { FUNCTION_XS } from './neurons.js';

const TEXT = {
  caption: 'The sigmoid σ(z) = 1 / (1 + e^−z) for z = −7..7 (step 0.01)',
  title: 'Sigmoid function',
  xLabel: 'z',
  yLabel: 'σ(z)',
  curve: 'sigmoid',
  quantities: { atZero: 'σ(0)', ends: 'σ(−7), σ(7)' },
  book: { atZero: fmt(0.5) },
};

export const figure: FigureScript<{ xs: number[]; ys: number[] }, typeof TEXT> = {
  id: 'ch2-fig2',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const sigmoid = new SigmoidAF();
    const xs = [...FUNCTION_XS];
    const ys = xs.map((x) => sigmoid.eval(x));
    const png = await plot.functionCurves({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      xs,
      curves: [{ name: text.curve, ys }],
    });
    return {
      png,
      numbers: [
        { quantity: text.quantities.atZero, book: text.book.atZero, ours: fmt(sigmoid.eval(0)) },
        { quantity: text.quantities.ends, ours: `${fmt(ys[0]!)}, ${fmt(ys.at(-1)!)}` },
      ],
      notes: [],
      data: { xs, ys },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
