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

/** ZIGZAG_TEXT in Chinese. */
export const ZIGZAG_TEXT_ZH: typeof ZIGZAG_TEXT = {
  xLabel: 'w0',
  yLabel: 'w1',
  path: `w，每个样本更新一次（学习率 ${fmt(LEARNING_RATE)}）`,
  optimum: `最优点 w* = ${pair(W_STAR[0], W_STAR[1])}`,
  markers: { start: '起点', direction: '方向 / 终点' },
  quantities: {
    sameSign: '两个分量同号的逐样本更新所占比例：在路径上；在整个数据集上',
    turns: '方向改变的次数（相邻两步夹角大于 90°），在各步之间的转折中所占比例',
    steps: `进入 w* 的 ${fmt(EPSILON)} 范围内所需的更新次数`,
    detour: '路径长度 / 直线距离',
    loss: '平均损失，起点 → 终点',
  },
  ofTurns: (changes: string, turns: string, share: string) => `${turns} 次中有 ${changes} 次（${share}）`,
  setup:
    `我们自己的实验（笔记没有给出代码）：一个没有偏差的 sigmoid 神经元 o = σ(w0·x0 + w1·x1)，从 w = ${pair(START[0], START[1])} 出发，学习模仿权重为 w* = ${pair(W_STAR[0], W_STAR[1])} 的教师神经元；` +
    `它用书中针对 ½(y − o)² 的 delta 规则，按固定顺序每次一个样本地更新，学习率 ${fmt(LEARNING_RATE)}（用书中的 0.1 比较结论相同，只是步数多约 40 倍，每一步小得看不见）；` +
    `输入是 ${fmt(SAMPLES)} 个 x = sigmoid(u)（本图）或 x = tanh(u)（notes-centring-zigzag-tanh），两者用的是同样取自 Random(42) 的 u ~ U(−2, 2)。灰色等值线：整个数据集上的平均损失，` +
    `取值为起始损失的两倍、起始损失及其逐次减半。方向改变是指与前一步成钝角的一步。`,
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
