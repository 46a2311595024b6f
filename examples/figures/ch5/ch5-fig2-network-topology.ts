// Chapter 5, Data Classification — fig:networkTopology: the book's `viewNetwork`
// of the 2-3-2 XOR network, layers of neurons as circles with arrows between layers.
import type { NNetwork } from '../../../src/index.js';
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { network } from './training.js';

/** The number of inputs, then the number of neurons of each layer. */
function layerSizes(net: NNetwork): number[] {
  return [net.numberOfInputs(), ...net.layers.map((layer) => layer.numberOfNeurons())];
}

const TEXT = {
  caption: 'The XOR network’s topology: 2 inputs, a hidden layer of 3 neurons, 2 output neurons',
  title: 'The 2-3-2 XOR network',
  columns: [
    { count: '2 inputs', role: 'input layer' },
    { count: '3 neurons', role: 'hidden layer' },
    { count: '2 neurons', role: 'output layer' },
  ],
  quantities: { sizes: 'inputs, hidden neurons, outputs' },
  book: { sizes: '2, 3, 2 (the XOR network, we assume: the book does not say which)' },
  notes: {
    still: 'The book’s `viewNetwork` is interactive (clicking a neuron shows its weights); this is a still picture of the layers.',
    inputs: 'The book’s `numberOfInputs` returns the first hidden layer’s size (3 here), which its legend then shows as the inputs; ours counts the inputs (2).',
  },
};

const TEXT_ZH: typeof TEXT = {
  caption: 'XOR 网络的拓扑：2 个输入，一个有 3 个神经元的隐藏层，2 个输出神经元',
  title: '2-3-2 的 XOR 网络',
  columns: [
    { count: '2 个输入', role: '输入层' },
    { count: '3 个神经元', role: '隐藏层' },
    { count: '2 个神经元', role: '输出层' },
  ],
  quantities: { sizes: '输入数、隐藏层神经元数、输出数' },
  book: { sizes: '2, 3, 2（我们假定是 XOR 网络：书中没有说是哪一个）' },
  notes: {
    still: '书中的 `viewNetwork` 是可交互的（点击一个神经元会显示它的权重）；这里是各层的一张静态图。',
    inputs: '书中的 `numberOfInputs` 返回的是第一个隐藏层的大小（这里是 3），其图例随后把它当作输入数显示；我们数的是真正的输入（2 个）。',
  },
};

export const figure = defineFigure({
  id: 'ch5-fig2',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return { layerSizes: layerSizes(network(2, 3, 2)) };
  },
  draw(plot, { layerSizes: sizes }, text) {
    return plot.topology({ title: text.title, layerSizes: sizes, columnCaptions: text.columns });
  },
  report({ layerSizes: sizes }, text) {
    return {
      numbers: [{ quantity: text.quantities.sizes, book: text.book.sizes, ours: sizes.map((n) => fmt(n)).join(', ') }],
      notes: [text.notes.still, text.notes.inputs],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
