// Chapter 4, Theory on Learning — the timing experiment: 30000 points around
// y = x, gradient descent for 3000 iterations against mini-batch SGD (batches
// of 5) for 1000 epochs. The book times them in Pharo; we time our trainers.
// The book's comparison runs 3000 passes over the data against 1000, so we
// also time gradient descent for 1000 passes.
import type { BarsOptions, PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, pair, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { noisyLine } from './data.js';
import { cost, fitByGradientDescent, fitByMiniBatches, type Fit } from './learning.js';

const POINTS = 30_000;
const BOOK = { gd3000: 27.479, sgd1000: 18.847 }; // seconds, Pharo on a 3.2 GHz Intel Core i5

const seconds = (value: number) => `${fmt(value)} s`;
const milliseconds = (value: number) => `${fmt(value)} ms`;

const TEXT = {
  caption: 'Time to train on 30000 points: GD (3000 and 1000 iterations) and SGD (batch 5, 1000 epochs), the book’s Pharo times beside ours',
  source: 'The chapter times its two scripts on 30000 points and prints the times; it draws no figure.',
  title: '30000 points around y = x: time to train, Pharo (book) vs agile-neurons',
  yLabel: 'seconds',
  categories: ['GD, 3000 iterations', 'SGD (batch 5), 1000 epochs', 'GD, 1000 iterations'],
  legend: { book: 'book (Pharo, 3.2 GHz Core i5)', ours: 'ours (this machine)' },
  barLabel: (value: string, estimated: boolean) => (estimated ? `≈ ${value} (estimate)` : value),
  quantities: {
    gd3000: 'GD, 3000 iterations',
    sgd1000: 'SGD, batch 5, 1000 epochs',
    speedUp: 'speed-up of SGD 1000 epochs over GD 3000 iterations',
    gd1000: 'GD, 1000 iterations (as many passes as SGD)',
    gdPerPass: 'GD time per iteration (one pass), from the 3000 and the 1000 iterations',
    sgdPerPass: 'SGD time per epoch (one pass)',
    costs: 'J after GD 3000 / GD 1000 / SGD 1000',
    lines: '(a, b) after GD 3000 / GD 1000 / SGD 1000',
  },
  book: {
    speedUp: (ratio: string) => `${ratio}× (“almost 10 s less”)`,
    gd1000: (estimate: string) => `– (≈ ${estimate} at its cost per pass)`,
  },
  notes: {
    clock: 'Times are wall-clock times of our trainers’ `train` (its `elapsedMs`) on the machine that ran `npm run figures`; they change from run to run and with the machine’s load.',
    passes:
      'The book compares 3000 passes over the data (GD) with 1000 (SGD). Per pass, SGD costs more than GD (one update per batch of 5 instead of one per pass), in the book and here; at the same 1000 passes GD is the faster one, but it is still far from y = x. SGD’s real advantage is that its 1000 epochs (6000000 updates) reach a far lower J than even GD’s 3000 updates.',
    setup:
      'Both runs start from the chapter’s a = 0.5, b = 3 with lr 0.01; SGD walks the batches in order (no shuffle). It records each batch’s loss before the batch’s update, our trainers’ default, which costs nothing; the chapter’s measure after each update (Figure 4-7) would add a pass over each batch.',
    estimate: 'The book gives no time for GD with 1000 iterations: its hatched bar is an estimate, the book’s GD time per iteration × 1000.',
  },
};

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

export const figure: FigureScript<TimingData, typeof TEXT> = {
  id: 'ch4-time',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
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
      sgd1000: timed(1000, fitByMiniBatches(data, 1000, 'beforeUpdate')),
      gd1000: timed(1000, fitByGradientDescent(data, 1000)),
    };
    const png = await plot.bars(timingBars(runs, text));
    const perPass = (run: TimedRun) => milliseconds((run.seconds / run.passes) * 1000);
    const { gd3000, gd1000, sgd1000 } = runs;
    return {
      png,
      numbers: [
        { quantity: text.quantities.gd3000, book: seconds(BOOK.gd3000), ours: seconds(gd3000.seconds) },
        { quantity: text.quantities.sgd1000, book: seconds(BOOK.sgd1000), ours: seconds(sgd1000.seconds) },
        { quantity: text.quantities.speedUp, book: text.book.speedUp(fmt(BOOK.gd3000 / BOOK.sgd1000)), ours: `${fmt(gd3000.seconds / sgd1000.seconds)}×` },
        { quantity: text.quantities.gd1000, book: text.book.gd1000(seconds(BOOK.gd3000 / 3)), ours: seconds(gd1000.seconds) },
        { quantity: text.quantities.gdPerPass, book: milliseconds((BOOK.gd3000 / 3000) * 1000), ours: `${perPass(gd3000)}, ${perPass(gd1000)}` },
        { quantity: text.quantities.sgdPerPass, book: milliseconds((BOOK.sgd1000 / 1000) * 1000), ours: perPass(sgd1000) },
        { quantity: text.quantities.costs, ours: [gd3000, gd1000, sgd1000].map((run) => fmt(run.cost)).join(' / ') },
        { quantity: text.quantities.lines, ours: [gd3000, gd1000, sgd1000].map((run) => pair(run.a, run.b)).join(' / ') },
      ],
      notes: [text.notes.clock, text.notes.passes, text.notes.setup, text.notes.estimate],
      data: runs,
    };
  },
};

/** The three runs as bars of seconds, the book's beside ours; the book's GD 1000 is an estimate. */
function timingBars(runs: TimingData, text: typeof TEXT): BarsOptions {
  return {
    title: text.title,
    yLabel: text.yLabel,
    categories: text.categories,
    series: [
      { name: text.legend.book, values: [BOOK.gd3000, BOOK.sgd1000, BOOK.gd3000 / 3], estimated: [false, false, true] },
      { name: text.legend.ours, values: [runs.gd3000.seconds, runs.sgd1000.seconds, runs.gd1000.seconds] },
    ],
    valueLabel: (value, estimated) => text.barLabel(seconds(value), estimated),
  };
}

if (isMain(import.meta.url)) await renderStandalone(figure);
