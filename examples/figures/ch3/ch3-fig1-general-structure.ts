// Chapter 3, Neural Networks — fig:generalStructure: the general structure of a
// network, 3 inputs, a hidden layer of 3 neurons and 2 output neurons, every
// neuron connected to every neuron of the next layer.
import { NNetwork } from '../../../src/index.js';
import { type PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
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

export const figure: FigureScript<{ layerSizes: number[]; neurons: number; parameters: number }, typeof TEXT> = {
  id: 'ch3-fig1',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const network = new NNetwork().configure(3, 3, 2);
    const layerSizes = [network.numberOfInputs(), ...network.layers.map((layer) => layer.numberOfNeurons())];
    const parameters = network.parameters().reduce((sum, p) => sum + p.length, 0);
    const png = await plot.topology({ title: text.title, layerSizes, columnCaptions: text.columns });
    return {
      png,
      numbers: [
        { quantity: text.quantities.sizes, book: text.book.sizes, ours: layerSizes.map((n) => fmt(n)).join(', ') },
        { quantity: text.quantities.neurons, book: text.book.neurons, ours: fmt(network.numberOfNeurons()) },
        { quantity: text.quantities.weights, ours: fmt(parameters) },
      ],
      notes: [text.notes.drawn],
      data: { layerSizes, neurons: network.numberOfNeurons(), parameters },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
