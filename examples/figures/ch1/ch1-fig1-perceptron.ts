// Chapter 1, The Perceptron Model — fig:perceptron: the diagram of a perceptron,
// three inputs with their weights feeding one neuron, drawn with the topology chart.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import type { FigureScript } from '../figure.js';
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

export const figure: FigureScript<{ layerSizes: number[] }, typeof TEXT> = {
  id: 'ch1-fig1',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const png = await plot.topology({ title: text.title, layerSizes: LAYER_SIZES, columnCaptions: text.columns });
    return { png, numbers: [], notes: [text.notes.drawing], data: { layerSizes: LAYER_SIZES } };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
