// Chapter 8, Matrix-Based Neural Networks (printed chapter 7) — fig:learningMatrixBased:
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

export const figure: FigureScript<MatrixXor> = {
  id: 'ch8-fig1',
  bookRef: 'Chapter 8 (Matrix-Based Neural Networks; printed chapter 7), fig:learningMatrixBased',
  caption: 'Cost per epoch of a 2-3-2 NMNetwork learning XOR with full-batch gradient descent for 5000 epochs',
  async render(plot: PlotService) {
    const network = trainedXorNetwork(EPOCHS);
    const errors = [...network.errors];
    const after1000 = predictions(trainedXorNetwork(1000));
    const png = await plot.lossCurve({
      title: 'XOR, 2-3-2 NMNetwork (full batch, lr 0.1)',
      xLabel: 'Epoch',
      yLabel: 'Cost Σ(A − Y)²',
      series: [{ name: 'cost', values: errors }],
    });
    const ours = predictions(network);
    return {
      png,
      numbers: [
        { quantity: 'predict (1, 0) after 5000 epochs', book: '1', ours: String(ours[2]) },
        { quantity: 'predict (1, 1) after 5000 epochs', book: '0', ours: String(ours[3]) },
        { quantity: 'predictions of (0,0), (0,1), (1,0), (1,1) after 5000 epochs', book: '–', ours: ours.join(', ') },
        { quantity: 'predictions after 1000 epochs', book: '(1, 1) still wrong', ours: after1000.join(', ') },
        { quantity: 'cost, first → last epoch', book: '– (falls)', ours: `${fmt(errors[0]!)} → ${fmt(errors.at(-1)!)}` },
      ],
      notes: [
        'Weights and biases U[0, 1), drawn from the network\'s own `Random(42)` (weights then biases, layer by layer), as the book.',
        'The cost is the book\'s Σ(A − Y)² over the 4 examples and 2 outputs, recorded before each epoch\'s update. The book backpropagates δ = A − Y, the cross-entropy\'s gradient, not this cost\'s (docs/design.md); `network.cost = new CrossEntropyCost()` reports the cost that training lowers.',
      ],
      data: { errors, predictions: ours, predictionsAfter1000: after1000 },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
