// Chapter 2, The Artificial Neuron — fig:stepFunction: the perceptron's activation, a blue step.
import { StepAF } from '../../../src/index.js';
import { isMain } from '../../shared/is-main.js';
import { defineFigure } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { FUNCTION_XS } from './neurons.js';

const TEXT = {
  caption: 'The step function: 1 when z > 0, else 0, for z = −7..7 (step 0.01)',
  title: 'Step function',
  xLabel: 'z',
  yLabel: 'step(z)',
  curve: 'step',
};

const TEXT_ZH: typeof TEXT = {
  caption: '阶跃函数：z > 0 时为 1，否则为 0（z = −7..7，步长 0.01）',
  title: '阶跃函数',
  xLabel: 'z',
  yLabel: 'step(z)',
  curve: '阶跃函数',
};

export const figure = defineFigure({
  id: 'ch2-fig1',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const step = new StepAF();
    const xs = [...FUNCTION_XS];
    return { xs, ys: xs.map((x) => step.eval(x)) };
  },
  draw(plot, { xs, ys }, text) {
    return plot.functionCurves({ title: text.title, xLabel: text.xLabel, yLabel: text.yLabel, xs, curves: [{ name: text.curve, ys, stepped: true }] });
  },
  report() {
    return { numbers: [], notes: [] };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
