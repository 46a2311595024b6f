// Chapter 2, The Artificial Neuron — fig:sigmoidFunction: the sigmoid neuron's activation, a blue S curve.
import { SigmoidAF } from '../../../src/index.js';
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
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

const TEXT_ZH: typeof TEXT = {
  caption: 'sigmoid 函数 σ(z) = 1 / (1 + e^−z)（z = −7..7，步长 0.01）',
  title: 'sigmoid 函数',
  xLabel: 'z',
  yLabel: 'σ(z)',
  curve: 'sigmoid',
  quantities: { atZero: 'σ(0)', ends: 'σ(−7), σ(7)' },
  book: { atZero: fmt(0.5) },
};

export const figure = defineFigure({
  id: 'ch2-fig2',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const sigmoid = new SigmoidAF();
    const xs = [...FUNCTION_XS];
    return { xs, ys: xs.map((x) => sigmoid.eval(x)), atZero: sigmoid.eval(0) };
  },
  draw(plot, { xs, ys }, text) {
    return plot.functionCurves({ title: text.title, xLabel: text.xLabel, yLabel: text.yLabel, xs, curves: [{ name: text.curve, ys }] });
  },
  report({ ys, atZero }, text) {
    return {
      numbers: [
        { quantity: text.quantities.atZero, book: text.book.atZero, ours: fmt(atZero) },
        { quantity: text.quantities.ends, ours: `${fmt(ys[0]!)}, ${fmt(ys.at(-1)!)}` },
      ],
      notes: [],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
