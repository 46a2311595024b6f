// Chapter 5, Data Classification — fig:networkTopology: the book's `viewNetwork`
// of the 2-3-2 XOR network, layers of neurons as circles with arrows between layers.
import type { NNetwork } from '../../../src/index.js';
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
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

export const figure: FigureScript<{ layerSizes: number[] }, typeof TEXT> = {
  id: 'ch5-fig2',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const sizes = layerSizes(network(2, 3, 2));
    const png = await plot.topology({ title: text.title, layerSizes: sizes, columnCaptions: text.columns });
    return {
      png,
      numbers: [{ quantity: text.quantities.sizes, book: text.book.sizes, ours: sizes.map((n) => fmt(n)).join(', ') }],
      notes: [text.notes.still, text.notes.inputs],
      data: { layerSizes: sizes },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
