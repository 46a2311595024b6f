// Chapter 7, Matrix-Based Neural Networks — fig:learningMatrixBased (Figure 7-1):
// the cost per epoch of a 2-3-2 NMNetwork learning XOR for 5000 epochs.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { predictions, trainedXorNetwork } from './xor.js';

const EPOCHS = 5000;

interface MatrixXor {
  errors: number[];
  /** Predicted class of (0,0), (0,1), (1,0), (1,1) after 5000 epochs, and after 1000. */
  predictions: number[];
  predictionsAfter1000: number[];
}

const TEXT = {
  caption: 'Cost per epoch of a 2-3-2 NMNetwork learning XOR with full-batch gradient descent for 5000 epochs',
  title: 'XOR, 2-3-2 NMNetwork (full batch, lr 0.1)',
  xLabel: 'Epoch',
  yLabel: 'Cost Σ(A − Y)²',
  series: 'cost',
  quantities: {
    predict10: 'predict (1, 0) after 5000 epochs',
    predict11: 'predict (1, 1) after 5000 epochs',
    all: 'predictions of (0,0), (0,1), (1,0), (1,1) after 5000 epochs',
    after1000: 'predictions after 1000 epochs',
    cost: 'cost, first → last epoch',
  },
  book: { predict10: fmt(1), predict11: fmt(0), after1000: '“(1, 1) is still wrong”', cost: '“falls”' },
  notes: {
    weights: 'Weights and biases U[0, 1), drawn from the network’s own `Random(42)` (weights then biases, layer by layer), as the book.',
    cost: 'The cost is the book’s Σ(A − Y)² over the 4 examples and 2 outputs, recorded before each epoch’s update. The book backpropagates δ = A − Y, the cross-entropy’s gradient, not this cost’s (docs/design.md); `network.cost = new CrossEntropyCost()` reports the cost that training lowers.',
  },
};

export const figure: FigureScript<MatrixXor, typeof TEXT> = {
  id: 'ch7-fig1',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const network = trainedXorNetwork(EPOCHS);
    const errors = [...network.errors];
    const after1000 = predictions(trainedXorNetwork(1000));
    const png = await plot.lossCurve({ title: text.title, xLabel: text.xLabel, yLabel: text.yLabel, series: [{ name: text.series, values: errors }] });
    const ours = predictions(network);
    return {
      png,
      numbers: [
        { quantity: text.quantities.predict10, book: text.book.predict10, ours: fmt(ours[2]!) },
        { quantity: text.quantities.predict11, book: text.book.predict11, ours: fmt(ours[3]!) },
        { quantity: text.quantities.all, ours: ours.map((k) => fmt(k)).join(', ') },
        { quantity: text.quantities.after1000, book: text.book.after1000, ours: after1000.map((k) => fmt(k)).join(', ') },
        { quantity: text.quantities.cost, book: text.book.cost, ours: `${fmt(errors[0]!)} → ${fmt(errors.at(-1)!)}` },
      ],
      notes: [text.notes.weights, text.notes.cost],
      data: { errors, predictions: ours, predictionsAfter1000: after1000 },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
