// Chapter 6, A Matrix Library — fig:simpleBackpropagation (Figure 6-1): the loss of
// a two-layer ReLU network (n = 8, d_in = 10, h = 20, d_out = 5) trained for 1500
// iterations at lr 1e−6 with MMatrix, seeded, with the book's ReLU backward pass
// and the corrected one.
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

const TEXT = {
  caption:
    'Loss Σ(ŷ − y)² of a 10-20-5 ReLU network on 8 random examples, 1500 iterations at lr 1e−6: the book’s ReLU backward pass (blue) and the corrected one (red), and the gap between them',
  title: 'Two-layer ReLU network trained with MMatrix, seed 42 (n = 8, d_in = 10, h = 20, d_out = 5, lr 1e−6)',
  lossesTitle: 'Error per epoch (log scale)',
  gapTitle: 'How far the book’s curve is above the corrected one',
  xLabel: 'Epoch',
  lossLabel: 'Error Σ(ŷ − y)²',
  gapLabel: 'book − corrected',
  bookSeries: 'book: ReLU gradient clipped at 0',
  correctedSeries: 'corrected: gradient masked by h > 0',
  gapSeries: 'error (book) − error (corrected)',
  quantities: {
    first: 'loss at the first iteration',
    book: `loss after ${ITERATIONS} iterations, the book’s backward pass`,
    corrected: `loss after ${ITERATIONS} iterations, corrected`,
    parting: 'first iteration where the two differ',
  },
  book: { first: '– (unseeded)', book: '“the curve falls”' },
  notes: {
    seeded:
      'Seeded: x, y, w1 and w2 are filled in that order from one `new Random(42)`. The book calls the unseeded `random` (it makes a `Random seed: 42` and never uses it), so its curve differs from run to run.',
    relu: 'The book’s backward pass through the ReLU is `gradHRelu collect: [:v | v max: 0]`: it clips negative gradients to 0. The ReLU’s derivative masks the gradient where h ≤ 0 instead (`maskedGradient`).',
    coincide: (iterations: string) =>
      `The two curves coincide for ${iterations} iterations: x and w1 are positive (U[0, 1)), so h > 0 everywhere and the correct mask lets every gradient through; the book’s clip changes nothing while every entry of the gradient reaching the ReLU is positive (at first every prediction is far above its target and w2 is positive). Once some entries turn negative the clip drops them, and its loss stays slightly above the corrected one.`,
    panels: 'Left: both curves on a log scale (they overlap: the blue one is drawn over the red). Right: the book’s loss minus the corrected one, 0 until the clip starts to matter.',
  },
};

export const figure: FigureScript<Losses, typeof TEXT> = {
  id: 'ch6-fig1',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const book = trainTwoLayerNetwork(clippedGradient);
    const corrected = trainTwoLayerNetwork(maskedGradient);
    const firstDifference = book.findIndex((loss, t) => loss !== corrected[t]) + 1;
    const losses = await plot.lossCurve({
      title: text.lossesTitle,
      xLabel: text.xLabel,
      yLabel: text.lossLabel,
      logScale: true,
      series: [
        { name: text.bookSeries, values: book },
        { name: text.correctedSeries, values: corrected },
      ],
    });
    const gap = await plot.lossCurve({
      title: text.gapTitle,
      xLabel: text.xLabel,
      yLabel: text.gapLabel,
      series: [{ name: text.gapSeries, values: book.map((loss, t) => loss - corrected[t]!) }],
    });
    const png = await plot.tile([losses, gap], { title: text.title });
    return {
      png,
      numbers: [
        { quantity: text.quantities.first, book: text.book.first, ours: fmt(book[0]!) },
        { quantity: text.quantities.book, book: text.book.book, ours: fmt(book.at(-1)!) },
        { quantity: text.quantities.corrected, ours: fmt(corrected.at(-1)!) },
        { quantity: text.quantities.parting, ours: fmt(firstDifference) },
      ],
      notes: [text.notes.seeded, text.notes.relu, text.notes.coincide(fmt(firstDifference - 1)), text.notes.panels],
      data: { book, corrected, firstDifference },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
