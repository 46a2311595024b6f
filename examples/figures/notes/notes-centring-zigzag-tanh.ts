// Companion note on zero-centred activations, case B: the inputs of the neuron
// are centred on 0 (outputs of a tanh layer). The two components of an update
// have independent signs, so steps can head for w* = (1, −1) directly.
// The experiment is described in zigzag.ts.
import { TanhAF } from '../../../src/index.js';
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt, percent } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { drawZigzag, EPSILON, LEARNING_RATE, zigzagRun } from './zigzag.js';
import { ZIGZAG_TEXT, ZIGZAG_TEXT_ZH, zigzagNumbers } from './zigzag-report.js';

const TEXT = {
  ...ZIGZAG_TEXT,
  claim:
    'The same note then argues that inputs of both signs do not help: positive inputs happen to point the way the gradient goes, while a batch of positive and negative inputs makes the updates go up and down, cancel, and slow learning down.',
  caption:
    'Per-sample gradient descent of a two-weight sigmoid neuron whose inputs are centred on 0 (tanh outputs): the updates can move the weights in opposite directions and the path goes almost straight',
  title: (steps: string) => `Inputs centred on 0: x = tanh(u) — ${steps} updates to reach w*`,
  notes: {
    setup: 'The experiment of notes-centring-zigzag-sigmoid, with the inputs x = tanh(u) for the same u.',
    measured: (share: string, steps: string, epsilon: string, lr: string) =>
      `With tanh inputs the sign of x0·x1 varies from sample to sample, so only ${share} of the updates move both weights the same way; the path comes within ${epsilon} of w* in ${steps} updates (lr ${lr}).`,
    verdict:
      'The argument is wrong: what cancels in a batch is just the true average gradient, and mixed-sign (zero-centred) inputs are what removes the same-sign constraint — here they cut the updates needed several-fold. It holds this much: the same-sign constraint is exact per sample, and per batch only when every sample’s g has the same sign, so mini-batches soften the zig-zag without removing it.',
  },
};

const TEXT_ZH: typeof TEXT = {
  ...ZIGZAG_TEXT_ZH,
  claim:
    '这篇笔记接着又论证说，有正有负的输入并没有帮助：正的输入恰好指向梯度前进的方向，而一批有正有负的输入会让更新忽上忽下、相互抵消，从而拖慢学习。',
  caption:
    '一个有两个权重、输入以 0 为中心（tanh 的输出）的 sigmoid 神经元做逐样本梯度下降：更新可以让两个权重朝相反方向移动，路径几乎是直的',
  title: (steps: string) => `输入以 0 为中心：x = tanh(u)——${steps} 次更新到达 w*`,
  notes: {
    setup: '与 notes-centring-zigzag-sigmoid 相同的实验，只是输入换成了同样的 u 所对应的 x = tanh(u)。',
    measured: (share: string, steps: string, epsilon: string, lr: string) =>
      `输入为 tanh 时，x0·x1 的符号随样本而变，所以只有 ${share} 的更新让两个权重朝同一方向移动；路径经过 ${steps} 次更新（学习率 ${lr}）进入 w* 的 ${epsilon} 范围内。`,
    verdict:
      '这个论证是错的：一批之中相互抵消之后剩下的正是真正的平均梯度，而符号有正有负（以零为中心）的输入恰恰解除了“同号”的约束——在这里它把所需的更新次数减少了好几倍。它只有这一点是对的：同号约束对单个样本严格成立，对一批样本则只有当每个样本的 g 都同号时才成立，所以小批量能减轻“之”字形，但不能消除它。',
  },
};

export const figure = defineFigure({
  id: 'notes-centring-zigzag-tanh',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return zigzagRun(new TanhAF());
  },
  draw(plot, run, text) {
    return drawZigzag(plot, run, { ...text, title: text.title(fmt(run.steps)) }, 'rgb(31, 119, 180)');
  },
  report(run, text) {
    return {
      numbers: zigzagNumbers(run, text),
      notes: [
        text.notes.setup,
        text.notes.measured(percent(run.sameSignShare), fmt(run.steps), fmt(EPSILON), fmt(LEARNING_RATE)),
        text.notes.verdict,
      ],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
