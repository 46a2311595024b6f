// Chapter 6, Data classification — fig:networkTopology: the book's `viewNetwork`
// of the 2-3-2 XOR network, layers of neurons as circles with arrows between layers.
import type { NNetwork } from '../../../src/index.js';
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import type { FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { network } from './training.js';

/** The number of inputs, then the number of neurons of each layer. */
function layerSizes(net: NNetwork): number[] {
  return [net.numberOfInputs(), ...net.layers.map((layer) => layer.numberOfNeurons())];
}

export const figure: FigureScript<{ layerSizes: number[] }> = {
  id: 'ch6-fig2',
  bookRef: 'Chapter 6 (Data classification), fig:networkTopology',
  caption: "The XOR network's topology: 2 inputs, a hidden layer of 3 neurons, 2 output neurons",
  async render(plot: PlotService) {
    const sizes = layerSizes(network(2, 3, 2));
    const png = await plot.topology({ title: 'The 2-3-2 XOR network', layerSizes: sizes });
    return {
      png,
      numbers: [{ quantity: 'inputs, hidden neurons, outputs', book: '2, 3, 2 (presumably: the XOR network)', ours: sizes.join(', ') }],
      notes: [
        "The book's `viewNetwork` is interactive (clicking a neuron shows its weights); this is a still picture of the layers.",
        "The book's `numberOfInputs` returns the first hidden layer's size (3 here), which its legend then shows as the inputs; ours counts the inputs (2).",
      ],
      data: { layerSizes: sizes },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
