// The strings and numbers both zig-zag figures share: the chart's labels, the
// quantities measured, and the description of the experiment (given once, with
// notes-centring-zigzag-sigmoid).
import type { ReportedNumber } from '../figure.js';
import { fmt, pair, percent } from '../figure.js';
import { EPSILON, LEARNING_RATE, SAMPLES, START, W_STAR, type ZigzagRun } from './zigzag.js';

/** The strings both zig-zag figures share. */
export const ZIGZAG_TEXT = {
  xLabel: 'w0',
  yLabel: 'w1',
  path: `w, one update per sample (lr ${fmt(LEARNING_RATE)})`,
  optimum: `optimum w* = ${pair(W_STAR[0], W_STAR[1])}`,
  markers: { start: 'start', direction: 'direction / end' },
  quantities: {
    sameSign: 'per-sample updates whose two components have the same sign: on the path; over the data set',
    turns: 'direction changes (consecutive steps at more than 90°), of the turns between steps',
    steps: `updates to come within ${fmt(EPSILON)} of w*`,
    detour: 'path length / straight distance',
    loss: 'mean loss at the start → at the end',
  },
  ofTurns: (changes: string, turns: string, share: string) => `${changes} of ${turns} (${share})`,
  setup:
    `Our experiment (the note gives no code): a sigmoid neuron without bias, o = σ(w0·x0 + w1·x1), learns to copy a teacher with w* = ${pair(W_STAR[0], W_STAR[1])} ` +
    `from w = ${pair(START[0], START[1])} by the book’s delta rule on ½(y − o)², one sample at a time in a fixed order, lr ${fmt(LEARNING_RATE)} (at the book’s 0.1 the comparison comes out the same, with about 40 times more steps, too small to see), ` +
    `on ${fmt(SAMPLES)} inputs x = sigmoid(u) (this figure) or x = tanh(u) (notes-centring-zigzag-tanh) for the same u ~ U(−2, 2) from Random(42). Grey iso-lines: the mean loss over the data set ` +
    `at twice the starting loss, the starting loss and its successive halvings. A direction change is a step at an obtuse angle to the one before.`,
};

/** What one run of the experiment measured. */
export function zigzagNumbers(run: ZigzagRun, text = ZIGZAG_TEXT): ReportedNumber[] {
  const turns = run.steps - 1;
  return [
    { quantity: text.quantities.sameSign, ours: `${percent(run.sameSignShare)}; ${percent(run.dataSameSignShare)}` },
    { quantity: text.quantities.turns, ours: text.ofTurns(fmt(run.directionChanges), fmt(turns), percent(run.directionChanges / Math.max(1, turns))) },
    { quantity: text.quantities.steps, ours: fmt(run.steps) },
    { quantity: text.quantities.detour, ours: fmt(run.detour, 3) },
    { quantity: text.quantities.loss, ours: `${fmt(run.losses[0]!)} → ${fmt(run.losses[run.losses.length - 1]!)}` },
  ];
}
