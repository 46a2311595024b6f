// The numbers and the set-up note both zig-zag figures report.
import type { ReportedNumber } from '../figure.js';
import { fmt } from '../figure.js';
import { EPSILON, LEARNING_RATE, pair, SAMPLES, START, W_STAR, type ZigzagRun } from './zigzag.js';

/** What note B says about the experiment, next to what this run measured. */
export function zigzagNumbers(run: ZigzagRun, bookShare: string): ReportedNumber[] {
  return [
    {
      quantity: 'per-sample gradients with both components of the same sign',
      book: bookShare,
      ours: `${percent(run.sameSignShare)} of the path’s updates; ${percent(run.dataSameSignShare)} of the ${SAMPLES} samples`,
    },
    {
      quantity: 'direction changes (consecutive steps at more than 90°)',
      book: '–',
      ours: `${run.directionChanges} of the ${run.steps - 1} turns between ${run.steps} steps (${percent(run.directionChanges / Math.max(1, run.steps - 1))})`,
    },
    { quantity: `updates to come within ${EPSILON} of w*`, book: '–', ours: String(run.steps) },
    { quantity: 'path length / straight distance', book: '–', ours: fmt(run.detour, 3) },
    { quantity: 'mean loss at start → end', book: '–', ours: `${fmt(run.losses[0]!)} → ${fmt(run.losses[run.losses.length - 1]!)}` },
  ];
}

function percent(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}

/** How the experiment is set up (the companion note gives no code). */
export const ZIGZAG_SETUP_NOTE =
  `Our experiment (note B has no code): a sigmoid neuron without bias, o = σ(w0·x0 + w1·x1), learns to copy a teacher with w* = ${pair(W_STAR)} ` +
  `from w = ${pair(START)} by the book’s delta rule on ½(y − o)², one sample at a time in a fixed order, lr ${LEARNING_RATE} (at the book’s 0.1 the comparison is the same with about 40× more, invisibly small steps), ` +
  `on ${SAMPLES} inputs x = sigmoid(u) or x = tanh(u) with the same u ~ U(−2, 2) from Random(42). Grey iso-lines: mean loss over the data set, ` +
  `at twice the starting loss, the starting loss and its successive halvings. A direction change is a step at an obtuse angle to the one before.`;
