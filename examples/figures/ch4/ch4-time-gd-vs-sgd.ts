// Chapter 4, Theory on Learning — the timing experiment: 30000 points around
// y = x, gradient descent for 3000 iterations against mini-batch SGD (batches
// of 5) for 1000 epochs. The book times them in Pharo; we time our trainers.
// The book's comparison runs 3000 passes over the data against 1000, so we
// also time gradient descent for 1000 passes.
import type { BarsOptions } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt, pair } from '../figure.js';
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

const TEXT_ZH: typeof TEXT = {
  caption: '在 30000 个点上训练所需的时间：梯度下降（迭代 3000 次和 1000 次）与随机梯度下降（每批 5 个，1000 轮），书中 Pharo 的时间与我们的并列',
  source: '本章在 30000 个点上为它的两个脚本计时并打印出时间，但没有画图。',
  title: 'y = x 附近的 30000 个点：训练时间，Pharo（书中）与 agile-neurons 对比',
  yLabel: '秒',
  categories: ['梯度下降，迭代 3000 次', '随机梯度下降（每批 5 个），1000 轮', '梯度下降，迭代 1000 次'],
  legend: { book: '书中（Pharo，3.2 GHz Core i5）', ours: '我们（本机）' },
  barLabel: (value: string, estimated: boolean) => (estimated ? `≈ ${value}（估计）` : value),
  quantities: {
    gd3000: '梯度下降，迭代 3000 次',
    sgd1000: '随机梯度下降，每批 5 个，1000 轮',
    speedUp: '随机梯度下降 1000 轮相对于梯度下降迭代 3000 次的加速比',
    gd1000: '梯度下降，迭代 1000 次（与随机梯度下降遍历数据的遍数相同）',
    gdPerPass: '梯度下降每次迭代（遍历一遍数据）的时间，分别由迭代 3000 次和 1000 次算出',
    sgdPerPass: '随机梯度下降每轮（遍历一遍数据）的时间',
    costs: '梯度下降 3000 次 / 梯度下降 1000 次 / 随机梯度下降 1000 轮之后的 J',
    lines: '梯度下降 3000 次 / 梯度下降 1000 次 / 随机梯度下降 1000 轮之后的 (a, b)',
  },
  book: {
    speedUp: (ratio: string) => `${ratio}×（“几乎少了 10 秒”）`,
    gd1000: (estimate: string) => `–（按每遍的耗时估算约为 ${estimate}）`,
  },
  notes: {
    clock: '时间是我们的训练器 `train` 所用的实际时间（其 `elapsedMs`），在运行 `npm run figures` 的机器上测得；每次运行都不一样，也会随机器的负载变化。',
    passes:
      '书中比较的是遍历数据 3000 遍（梯度下降）和 1000 遍（随机梯度下降）。按每遍算，随机梯度下降比梯度下降更费时（每 5 个点更新一次，而不是每遍更新一次），书中和这里都是如此；同样遍历 1000 遍时梯度下降更快，但它离 y = x 还很远。随机梯度下降真正的优势在于：它的 1000 轮（6000000 次更新）所达到的 J，远低于梯度下降 3000 次更新所能达到的。',
    setup:
      '两次运行都从本章的 a = 0.5、b = 3 出发，学习率 0.01；随机梯度下降按顺序遍历各批（不打乱）。它在每批更新之前记录该批的损失，这是我们的训练器的默认做法，不需要额外计算；若像本章那样在每次更新之后测量（图 4-7），每批就要多算一遍。',
    estimate: '书中没有给出梯度下降迭代 1000 次的时间：画斜线的柱子是估计值，即书中梯度下降每次迭代的时间 × 1000。',
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

export const figure = defineFigure<TimingData, typeof TEXT>({
  id: 'ch4-time',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const data = noisyLine(POINTS);
    const timed = (passes: number, fit: Fit): TimedRun => ({
      passes,
      seconds: fit.history.elapsedMs / 1000,
      a: fit.model.a,
      b: fit.model.b,
      cost: cost(fit.model, data),
    });
    return {
      gd3000: timed(3000, fitByGradientDescent(data, 3000)),
      sgd1000: timed(1000, fitByMiniBatches(data, 1000, 'beforeUpdate')),
      gd1000: timed(1000, fitByGradientDescent(data, 1000)),
    };
  },
  draw(plot, runs, text) {
    return plot.bars(timingBars(runs, text));
  },
  report({ gd3000, gd1000, sgd1000 }, text) {
    const perPass = (run: TimedRun) => milliseconds((run.seconds / run.passes) * 1000);
    return {
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
    };
  },
});

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
