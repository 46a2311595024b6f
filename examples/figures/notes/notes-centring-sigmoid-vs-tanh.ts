// Companion note on zero-centred activations, in practice: the book's XOR and
// iris networks learning with sigmoid hidden units (as the book) and with tanh
// hidden units (outputs centred on 0), everything else the same.
import { NNetwork, SigmoidAF, TanhAF, type ActivationFunction } from '../../../src/index.js';
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { irisRows, XOR } from '../ch5/data.js';
import { curveOf, firstEpochReaching, LEARNING_CURVE_TEXT, LEARNING_CURVE_TEXT_ZH, type Curve } from '../ch5/training.js';

/** The two problems, with the network and epochs the Data Classification chapter gives them. */
const PROBLEMS = [
  { key: 'xor', rows: () => XOR, shape: [2, 3, 2], epochs: 10000, target: 1 },
  { key: 'iris', rows: irisRows, shape: [4, 6, 3], epochs: 1000, target: 0.95 },
] as const;
/** The hidden units compared: the book's sigmoid, and tanh. */
const HIDDEN_UNITS: Readonly<Record<'sigmoid' | 'tanh', () => ActivationFunction>> = { sigmoid: () => new SigmoidAF(), tanh: () => new TanhAF() };
const HIDDEN = ['sigmoid', 'tanh'] as const;

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  claim:
    'The note on zero-centred activations says that activations centred on 0 (tanh) let a network learn faster than sigmoid ones, whose outputs are all positive. Here is what that gives on the book’s own networks.',
  caption: 'XOR (2-3-2, 10000 epochs) and iris (4-6-3, 1000 epochs) learned with sigmoid hidden units, as the book, and with tanh hidden units: error per row and precision',
  title: 'Sigmoid or tanh hidden units, on one error scale',
  panel: { xor: { sigmoid: 'XOR, sigmoid hidden units', tanh: 'XOR, tanh hidden units' }, iris: { sigmoid: 'iris, sigmoid hidden units', tanh: 'iris, tanh hidden units' } },
  yLabel: 'Error per row',
  quantities: {
    reach: (problem: string, hidden: string, target: string) => `${problem}, ${hidden}: first epoch with precision ≥ ${target}`,
    final: (problem: string, hidden: string) => `${problem}, ${hidden}: error per row and precision after the last epoch`,
  },
  problemNames: { xor: 'XOR', iris: 'iris' },
  never: 'never',
  notes: {
    setup:
      'Both networks as in the Data Classification chapter: `configure` with `new Random(42)`, sigmoid output units, the normalising `train:nbEpochs:` (online, lr 0.1, squared error). Only the hidden units’ activation changes (tanh′ = 1 − o², from the output, as the sigmoid’s). The error is the chapter’s Σ (t − o)² divided by the number of rows, so both problems share one scale.',
    reading:
      'One seed and one learning rate per problem are one experiment each, not a law: the comparison can change with the seed, the learning rate and the input scaling (min–max normalisation puts the inputs in [0, 1], not around 0).',
  },
};

const TEXT_ZH: typeof TEXT = {
  ...LEARNING_CURVE_TEXT_ZH,
  claim:
    '关于以零为中心的激活函数的笔记说，以 0 为中心的激活函数（tanh）能让网络学得比 sigmoid 更快，因为 sigmoid 的输出全是正数。下面看看在书中自己的网络上结果如何。',
  caption: 'XOR（2-3-2，10000 轮）和鸢尾花（4-6-3，1000 轮）分别用 sigmoid 隐藏单元（和书中一样）和 tanh 隐藏单元学习：每行的误差和准确率',
  title: 'sigmoid 还是 tanh 隐藏单元，误差使用同一刻度',
  panel: { xor: { sigmoid: 'XOR，sigmoid 隐藏单元', tanh: 'XOR，tanh 隐藏单元' }, iris: { sigmoid: '鸢尾花，sigmoid 隐藏单元', tanh: '鸢尾花，tanh 隐藏单元' } },
  yLabel: '每行的误差',
  quantities: {
    reach: (problem: string, hidden: string, target: string) => `${problem}，${hidden}：准确率首次 ≥ ${target} 的轮次`,
    final: (problem: string, hidden: string) => `${problem}，${hidden}：最后一轮后每行的误差和准确率`,
  },
  problemNames: { xor: 'XOR', iris: '鸢尾花' },
  never: '从未达到',
  notes: {
    setup:
      '两个网络都和“数据分类”一章中一样：用 `new Random(42)` 调用 `configure`，输出单元用 sigmoid，用会做归一化的 `train:nbEpochs:` 训练（在线，学习率 0.1，平方误差）。只改变隐藏单元的激活函数（tanh′ = 1 − o²，和 sigmoid 的导数一样由输出算出）。误差是本章的 Σ (t − o)² 除以行数，所以两个问题共用同一个刻度。',
    reading:
      '每个问题只用了一个种子和一个学习率，各自只是一次实验，而不是定律：换一个种子、学习率或输入的缩放方式，比较的结果都可能改变（最小–最大归一化把输入放在 [0, 1] 中，而不是以 0 为中心）。',
  },
};

interface Run {
  problem: 'xor' | 'iris';
  hidden: 'sigmoid' | 'tanh';
  /** Error per row and precision, per epoch. */
  curve: Curve;
  /** First epoch whose precision reaches the problem's target, if any. */
  reached: number | undefined;
}

export const figure = defineFigure({
  id: 'notes-centring-sigmoid-vs-tanh',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const runs: Run[] = PROBLEMS.flatMap(({ key, rows, shape, epochs, target }) =>
      HIDDEN.map((hidden) => {
        const data = rows();
        const network = new NNetwork().configure(shape[0], shape[1], shape[2], { activation: HIDDEN_UNITS[hidden]() });
        network.trainEpochs(data, epochs);
        const { errors, precisions } = curveOf(network);
        return {
          problem: key,
          hidden,
          curve: { errors: errors.map((e) => e / data.length), precisions },
          reached: firstEpochReaching(precisions, target),
        };
      }),
    );
    return { runs };
  },
  draw(plot, { runs }, text) {
    return plot.learningCurvePanels({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      precisionLabel: text.precisionLabel,
      panels: runs.map((run) => ({ title: text.panel[run.problem][run.hidden], ...run.curve })),
      panelWidth: 600,
      panelHeight: 375,
      errorScale: 'shared',
    });
  },
  report({ runs }, text) {
    const targetOf = (problem: Run['problem']) => PROBLEMS.find((p) => p.key === problem)!.target;
    return {
      numbers: runs.flatMap((run) => [
        {
          quantity: text.quantities.reach(text.problemNames[run.problem], run.hidden, fmt(targetOf(run.problem))),
          ours: run.reached === undefined ? text.never : fmt(run.reached),
        },
        {
          quantity: text.quantities.final(text.problemNames[run.problem], run.hidden),
          ours: `${fmt(run.curve.errors.at(-1)!)}, ${fmt(run.curve.precisions.at(-1)!)}`,
        },
      ]),
      notes: [text.notes.setup, text.notes.reading],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
