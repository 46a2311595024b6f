// Chapter 5, Theory on Learning — the timing experiment: 30 000 points around
// y = x, gradient descent for 3000 iterations against mini-batch SGD (batches
// of 5) for 1000 epochs. The book times them in Pharo; we time our trainers.
// The book's comparison runs 3000 passes over the data against 1000, so we
// also time gradient descent for 1000 passes.
import type { BarsOptions, PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { noisyLine } from './data.js';
import { cost, equation, fitByGradientDescent, fitByMiniBatches, type Fit } from './learning.js';

const POINTS = 30_000;
const BOOK = { gd3000: 27.479, sgd1000: 18.847 }; // seconds, Pharo on a 3.2 GHz Intel Core i5

/** One timed run: what it fitted, how low J got, and how long it took. */
interface TimedRun {
  passes: number;
  seconds: number;
  a: number;
  b: number;
  cost: number;
}

interface TimingData {
  gd3000: TimedRun;
  gd1000: TimedRun;
  sgd1000: TimedRun;
}

export const figure: FigureScript<TimingData> = {
  id: 'ch5-time',
  bookRef: 'Chapter 5 (Theory on Learning), the 30 000-point timing of GD against SGD (no figure in the book)',
  caption: 'Time to train on 30 000 points: GD (3000 and 1000 iterations) and SGD (batch 5, 1000 epochs), the book\'s Pharo times beside ours',
  async render(plot: PlotService) {
    const data = noisyLine(POINTS);
    const timed = (passes: number, fit: Fit): TimedRun => ({
      passes,
      seconds: fit.history.elapsedMs / 1000,
      a: fit.model.a,
      b: fit.model.b,
      cost: cost(fit.model, data),
    });
    const runs: TimingData = {
      gd3000: timed(3000, fitByGradientDescent(data, 3000)),
      sgd1000: timed(1000, fitByMiniBatches(data, 1000)),
      gd1000: timed(1000, fitByGradientDescent(data, 1000)),
    };
    const png = await plot.bars(timingBars(runs));
    const ours = runs.gd3000.seconds;
    const perPass = (run: TimedRun) => `${fmt((run.seconds / run.passes) * 1000, 3)} ms`;
    return {
      png,
      numbers: [
        { quantity: 'GD, 3000 iterations', book: `${BOOK.gd3000} s`, ours: `${fmt(ours, 3)} s` },
        { quantity: 'SGD, batch 5, 1000 epochs', book: `${BOOK.sgd1000} s`, ours: `${fmt(runs.sgd1000.seconds, 3)} s` },
        { quantity: 'speed-up of SGD 1000 epochs over GD 3000 iterations', book: `${fmt(BOOK.gd3000 / BOOK.sgd1000, 3)}× ("almost 10 s less")`, ours: `${fmt(ours / runs.sgd1000.seconds, 3)}×` },
        { quantity: 'GD, 1000 iterations (same passes as SGD)', book: `– (≈ ${fmt(BOOK.gd3000 / 3, 3)} s at its per-pass cost)`, ours: `${fmt(runs.gd1000.seconds, 3)} s` },
        { quantity: 'GD time per iteration (one pass)', book: `${fmt((BOOK.gd3000 / 3000) * 1000, 3)} ms`, ours: `${perPass(runs.gd3000)} (3000 its), ${perPass(runs.gd1000)} (1000 its)` },
        { quantity: 'SGD time per epoch (one pass)', book: `${fmt((BOOK.sgd1000 / 1000) * 1000, 3)} ms`, ours: perPass(runs.sgd1000) },
        { quantity: 'J after GD 3000 / GD 1000 / SGD 1000', book: '–', ours: `${fmt(runs.gd3000.cost)} / ${fmt(runs.gd1000.cost)} / ${fmt(runs.sgd1000.cost)}` },
        { quantity: 'line after GD 3000 / GD 1000 / SGD 1000', book: '–', ours: `${equation(runs.gd3000)} / ${equation(runs.gd1000)} / ${equation(runs.sgd1000)}` },
      ],
      notes: [
        'Times are wall-clock times of our trainers\' `train` (TrainingHistory.elapsedMs) on this machine; they change from run to run and with the machine\'s load.',
        'The book compares 3000 passes over the data (GD) with 1000 (SGD). Per pass, SGD costs more than GD (one update per batch of 5 instead of one per pass), in the book and here; at the same 1000 passes GD is the faster one, but it is far from y = x there. SGD\'s real advantage is that its 1000 epochs (6 000 000 updates) reach a far lower J than even GD\'s 3000 updates.',
        'Both runs start from the chapter\'s a = 0.5, b = 3 with lr 0.01; SGD walks the batches in order (no shuffle), as the book\'s script.',
        'The book reports no time for GD with 1000 iterations; its bar is the book\'s GD per-iteration cost × 1000.',
      ],
      data: runs,
    };
  },
};

/** The three runs as bars of seconds, the book's beside ours (the book's GD 1000 is its per-pass cost × 1000). */
function timingBars(runs: TimingData): BarsOptions {
  return {
    title: '30 000 points around y = x: time to train, Pharo (book) vs agile-neurons',
    yLabel: 'seconds',
    categories: ['GD, 3000 iterations', 'SGD (batch 5), 1000 epochs', 'GD, 1000 iterations'],
    series: [
      { name: 'book (Pharo, 3.2 GHz i5); GD 1000 estimated', values: [BOOK.gd3000, BOOK.sgd1000, BOOK.gd3000 / 3] },
      { name: 'ours (this machine)', values: [runs.gd3000.seconds, runs.sgd1000.seconds, runs.gd1000.seconds] },
    ],
    valueLabel: (seconds) => `${fmt(seconds, 3)} s`,
  };
}

if (isMain(import.meta.url)) await renderStandalone(figure);
