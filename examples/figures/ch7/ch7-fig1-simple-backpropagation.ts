// Chapter 7, A Matrix Library (printed chapter 6) — fig:simpleBackpropagation:
// the loss of a two-layer ReLU network (n = 8, d_in = 10, h = 20, d_out = 5)
// trained for 1500 iterations at lr 1e−6 with MMatrix, seeded, with the book's
// ReLU backward pass and the corrected one.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { clippedGradient, ITERATIONS, maskedGradient, trainTwoLayerNetwork } from './backpropagation.js';

interface Losses {
  book: number[];
  corrected: number[];
  /** The first iteration (1-based) whose loss differs between the two. */
  firstDifference: number;
}

export const figure: FigureScript<Losses> = {
  id: 'ch7-fig1',
  bookRef: 'Chapter 7 (A Matrix Library; printed chapter 6), fig:simpleBackpropagation',
  caption: 'Loss Σ(ŷ − y)² of a 10-20-5 ReLU network on 8 random examples, 1500 iterations at lr 1e−6: the book\'s ReLU backward pass (blue) and the corrected one (red), and the gap between them',
  async render(plot: PlotService) {
    const book = trainTwoLayerNetwork(clippedGradient);
    const corrected = trainTwoLayerNetwork(maskedGradient);
    const firstDifference = book.findIndex((loss, t) => loss !== corrected[t]) + 1;
    const losses = await plot.lossCurve({
      title: 'Error per epoch (log scale)',
      xLabel: 'Epoch',
      yLabel: 'Error Σ(ŷ − y)²',
      logScale: true,
      series: [
        { name: 'book: ReLU gradient clipped at 0', values: book },
        { name: 'corrected: gradient masked by h > 0', values: corrected },
      ],
    });
    const gap = await plot.lossCurve({
      title: 'How far the book\'s curve is above the corrected one',
      xLabel: 'Epoch',
      yLabel: 'book − corrected',
      series: [{ name: 'error (book) − error (corrected)', values: book.map((loss, t) => loss - corrected[t]!) }],
    });
    const png = await plot.tile([losses, gap], { title: 'Two-layer ReLU network trained with MMatrix, seed 42 (n = 8, d_in = 10, h = 20, d_out = 5, lr 1e−6)' });
    return {
      png,
      numbers: [
        { quantity: 'loss at the first iteration', book: '– (unseeded)', ours: fmt(book[0]!) },
        { quantity: `loss after ${ITERATIONS} iterations, book's backward pass`, book: '– (the curve falls)', ours: fmt(book.at(-1)!) },
        { quantity: `loss after ${ITERATIONS} iterations, corrected`, book: '–', ours: fmt(corrected.at(-1)!) },
        { quantity: 'first iteration where the two differ', book: '–', ours: String(firstDifference) },
      ],
      notes: [
        'Seeded: x, y, w1 and w2 are filled in that order from one `new Random(42)`. The book calls the unseeded `random` (it makes a `Random seed: 42` and never uses it), so its curve differs from run to run.',
        'The book\'s backward pass through the ReLU is `gradHRelu collect: [:v | v max: 0]`: it clips negative gradients to 0. The ReLU\'s derivative masks the gradient where h ≤ 0 instead (`maskedGradient`).',
        `The two curves coincide for ${firstDifference - 1} iterations: x and w1 are positive (U[0, 1)), so h > 0 everywhere and the correct mask lets every gradient through; the book's clip changes nothing while every entry of the gradient reaching the ReLU is positive (at first every prediction is far above its target and w2 is positive). Once some entries turn negative the clip drops them, and its loss stays slightly above the corrected one.`,
        'Left: both curves on a log scale (they overlap: the blue one is drawn over the red). Right: the book\'s loss minus the corrected one, 0 until the clip starts to matter.',
      ],
      data: { book, corrected, firstDifference },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
