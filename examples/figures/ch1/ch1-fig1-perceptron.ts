// Chapter 1, The Perceptron Model — fig:perceptron: the diagram of a perceptron,
// three inputs with their weights feeding one neuron, drawn with the topology chart.
import { isMain } from '../../shared/is-main.js';
import { defineFigure } from '../figure.js';
import { renderStandalone } from '../standalone.js';

const LAYER_SIZES = [3, 1];

const TEXT = {
  caption: 'A perceptron: three inputs x1, x2, x3, each multiplied by its weight w1, w2, w3, feed one neuron, which adds the bias and gives one output',
  title: 'A perceptron with three inputs',
  columns: [
    { count: 'x1, x2, x3', role: 'inputs' },
    { count: '1 neuron', role: 'weights w1..w3, bias b → output' },
  ],
  notes: {
    drawing: 'The book draws the weights on the arrows; our topology chart draws the arrows only, so the weights are named in the caption under the neuron.',
  },
};

const TEXT_ZH: typeof TEXT = {
  caption: '感知器：三个输入 x1、x2、x3 各乘以自己的权重 w1、w2、w3 后送入一个神经元，神经元再加上偏差，给出一个输出',
  title: '有三个输入的感知器',
  columns: [
    { count: 'x1, x2, x3', role: '输入' },
    { count: '1 个神经元', role: '权重 w1..w3，偏差 b → 输出' },
  ],
  notes: {
    drawing: '书中把权重标在箭头上；我们的拓扑图只画箭头，所以权重写在神经元下方的说明里。',
  },
};

export const figure = defineFigure({
  id: 'ch1-fig1',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return { layerSizes: LAYER_SIZES };
  },
  draw(plot, { layerSizes }, text) {
    return plot.topology({ title: text.title, layerSizes, columnCaptions: text.columns });
  },
  report(_, text) {
    return { numbers: [], notes: [text.notes.drawing] };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
