// Companion note on zero-centred activations, case A: every input of the neuron
// is positive (outputs of a sigmoid layer). Each per-sample update moves both
// weights the same way, so the path to w* = (1, −1) from (−1, 1) is a
// staircase. The experiment is described in zigzag.ts.
import { SigmoidAF } from '../../../src/index.js';
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { drawZigzag, EPSILON, LEARNING_RATE, zigzagRun } from './zigzag.js';
import { ZIGZAG_TEXT, ZIGZAG_TEXT_ZH, zigzagNumbers } from './zigzag-report.js';

const TEXT = {
  ...ZIGZAG_TEXT,
  claim:
    'The note on zero-centred activations says that when every input of a neuron is positive, as the outputs of a sigmoid layer are, each update moves all the neuron’s weights in the same direction, so reaching weights where some must grow and others shrink takes a zig-zag path.',
  caption:
    'Per-sample gradient descent of a two-weight sigmoid neuron whose inputs are all positive (sigmoid outputs): every step moves both weights the same way, so the path zig-zags',
  title: (steps: string) => `Inputs all positive: x = sigmoid(u) — ${steps} updates to reach w*`,
  notes: {
    verdict: (steps: string, epsilon: string, lr: string) =>
      `The note is right: with x0, x1 > 0 every update (−lr·g·x0, −lr·g·x1) has both components of the sign of −g, so each step lies in quadrant I or III, while the optimum lies towards (+1, −1). The path alternates up-right and down-left across the valley of the loss and needs ${steps} updates (lr ${lr}) to come within ${epsilon} of w*; compare notes-centring-zigzag-tanh.`,
    valley: (detour: string) =>
      `The loss surface adds to it: the inputs’ mean is about (0.5, 0.5), so the mean loss is steep along (1, 1) and flat along (1, −1), the direction the weights must travel — a long narrow valley the path bounces across, walking ${detour} times the straight distance.`,
  },
};

const TEXT_ZH: typeof TEXT = {
  ...ZIGZAG_TEXT_ZH,
  claim:
    '关于以零为中心的激活函数的笔记说：当一个神经元的所有输入都为正（就像 sigmoid 层的输出那样）时，每次更新都让它的所有权重朝同一个方向移动，所以要到达一些权重需要增大、另一些需要减小的位置，只能走“之”字形的路线。',
  caption:
    '一个有两个权重、输入全为正（sigmoid 的输出）的 sigmoid 神经元做逐样本梯度下降：每一步都让两个权重朝同一方向移动，所以路径呈“之”字形',
  title: (steps: string) => `输入全为正：x = sigmoid(u)——${steps} 次更新到达 w*`,
  notes: {
    verdict: (steps: string, epsilon: string, lr: string) =>
      `笔记说得对：x0, x1 > 0 时，每次更新 (−lr·g·x0, −lr·g·x1) 的两个分量都与 −g 同号，所以每一步都落在第一或第三象限，而最优点却在 (+1, −1) 方向上。路径在损失函数的山谷两侧交替地向右上、向左下走，需要 ${steps} 次更新（学习率 ${lr}）才能进入 w* 的 ${epsilon} 范围内；请与 notes-centring-zigzag-tanh 对比。`,
    valley: (detour: string) =>
      `损失曲面又加重了这一点：输入的均值约为 (0.5, 0.5)，所以平均损失沿 (1, 1) 方向很陡，而沿权重必须前进的 (1, −1) 方向很平——这是一条狭长的山谷，路径在两壁之间来回弹跳，走过的路程是直线距离的 ${detour} 倍。`,
  },
};

export const figure = defineFigure({
  id: 'notes-centring-zigzag-sigmoid',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return zigzagRun(new SigmoidAF());
  },
  draw(plot, run, text) {
    return drawZigzag(plot, run, { ...text, title: text.title(fmt(run.steps)) }, 'rgb(214, 39, 40)');
  },
  report(run, text) {
    return {
      numbers: zigzagNumbers(run, text),
      notes: [text.setup, text.notes.verdict(fmt(run.steps), fmt(EPSILON), fmt(LEARNING_RATE)), text.notes.valley(fmt(run.detour, 3))],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
