// Chapter 3, Neural Networks — fig:generalStructure: the general structure of a
// network, 3 inputs, a hidden layer of 3 neurons and 2 output neurons, every
// neuron connected to every neuron of the next layer.
import { NNetwork } from '../../../src/index.js';
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';

const TEXT = {
  caption: 'A neural network: 3 inputs, a hidden layer of 3 neurons and an output layer of 2, each neuron connected to every neuron of the next layer',
  title: 'General structure of a neural network',
  columns: [
    { count: '3 inputs', role: 'input layer' },
    { count: '3 neurons', role: 'hidden layer' },
    { count: '2 neurons', role: 'output layer' },
  ],
  quantities: { sizes: 'inputs, hidden neurons, outputs', neurons: 'neurons (numberOfNeurons)', weights: 'weights and biases' },
  book: { sizes: '3, 3, 2', neurons: fmt(5) },
  notes: {
    drawn: 'Drawn from a network the book’s way, `new NNetwork().configure(3, 3, 2)`: the diagram shows its layers as they are built, not a hand-made picture.',
  },
};

const TEXT_ZH: typeof TEXT = {
  caption: '一个神经网络：3 个输入，一个有 3 个神经元的隐藏层和一个有 2 个神经元的输出层，每个神经元都连接到下一层的每个神经元',
  title: '神经网络的一般结构',
  columns: [
    { count: '3 个输入', role: '输入层' },
    { count: '3 个神经元', role: '隐藏层' },
    { count: '2 个神经元', role: '输出层' },
  ],
  quantities: { sizes: '输入数、隐藏层神经元数、输出数', neurons: '神经元数（numberOfNeurons）', weights: '权重和偏差的个数' },
  book: { sizes: '3, 3, 2', neurons: fmt(5) },
  notes: {
    drawn: '按书中的方式建出网络 `new NNetwork().configure(3, 3, 2)` 再画出来：图中是网络实际建成的各层，而不是手工画的示意图。',
  },
};

export const figure = defineFigure({
  id: 'ch3-fig1',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const network = new NNetwork().configure(3, 3, 2);
    return {
      layerSizes: [network.numberOfInputs(), ...network.layers.map((layer) => layer.numberOfNeurons())],
      neurons: network.numberOfNeurons(),
      parameters: network.parameters().reduce((sum, p) => sum + p.length, 0),
    };
  },
  draw(plot, { layerSizes }, text) {
    return plot.topology({ title: text.title, layerSizes, columnCaptions: text.columns });
  },
  report({ layerSizes, neurons, parameters }, text) {
    return {
      numbers: [
        { quantity: text.quantities.sizes, book: text.book.sizes, ours: layerSizes.map((n) => fmt(n)).join(', ') },
        { quantity: text.quantities.neurons, book: text.book.neurons, ours: fmt(neurons) },
        { quantity: text.quantities.weights, ours: fmt(parameters) },
      ],
      notes: [text.notes.drawn],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
