// Companion note on the sigmoid and its gradient: its example, a sigmoid
// classifier of 1000 random points by the sign of x₁, run as it was meant to
// (see sigmoid-classifier.ts): the points and the boundary it learns.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt, pair, percent } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { boundary, classifierRun, type ClassifierRun } from './sigmoid-classifier.js';

const TEXT = {
  claim:
    'The note on the sigmoid and its gradient ends with a small program: a sigmoid unit with two weights and no bias, trained by gradient descent on the mean cross-entropy (learning rate 0.01, 1000 iterations), learns to tell 1000 random points apart by the sign of their first coordinate.',
  caption: '1000 points drawn from N(0, 1) per coordinate, coloured by their label x₁ > 0, and the boundary θ·x = 0 the sigmoid unit learned',
  title: 'Sigmoid classifier of 1000 random points (label: x₁ > 0)',
  xLabel: 'x₁',
  yLabel: 'x₂',
  classNames: ['label 0 (x₁ ≤ 0)', 'label 1 (x₁ > 0)'],
  boundary: 'learned boundary θ·x = 0',
  quantities: {
    accuracy: 'accuracy on the 1000 points, before → after training',
    weights: 'weights θ, drawn → learned',
    angle: 'angle between θ and (1, 0), the labels’ own boundary x₁ = 0 being perpendicular to it',
    loss: 'mean cross-entropy, before → after training',
  },
  degrees: (angle: string) => `${angle}°`,
  notes: {
    broken:
      'The note’s Python does not run as written: it uses `np.int`, removed from NumPy, and it subtracts a vector of shape (1000,) from a column of shape (1000, 1), which broadcasts to a 1000 × 1000 matrix and makes the weight update fail. We run what it means, with θ ← θ − lr · Xᵀ(σ(Xθ) − y) / n.',
    draws:
      'It draws from NumPy’s unseeded generator; we draw from one `new Random(42)` with `nextGaussian()` (Box–Muller on the book’s Park–Miller generator, two uniform draws per Gaussian): the 1000 points first, x₁ then x₂ of each, then the two weights.',
    verdict: (before: string, after: string, angle: string) =>
      `Run as meant, the program does what the note says, slowly: the unit goes from ${before} to ${after} of the points right in 1000 iterations, its boundary turning towards the labels’ own, x₁ = 0, and still ${angle} away from it at the end. With no bias the boundary must pass through the origin, which is where x₁ = 0 is, so nothing is lost by leaving it out here.`,
    loss: 'The loss curve is in notes-gradient-classifier-loss.',
  },
};

const TEXT_ZH: typeof TEXT = {
  claim:
    '关于 sigmoid 及其梯度的笔记最后给出了一个小程序：一个有两个权重、没有偏差的 sigmoid 单元，用梯度下降最小化平均交叉熵（学习率 0.01，迭代 1000 次），学会按第一个坐标的正负来区分 1000 个随机点。',
  caption: '每个坐标都取自 N(0, 1) 的 1000 个点，按标签 x₁ > 0 着色，以及 sigmoid 单元学到的边界 θ·x = 0',
  title: '1000 个随机点的 sigmoid 分类器（标签：x₁ > 0）',
  xLabel: 'x₁',
  yLabel: 'x₂',
  classNames: ['标签 0（x₁ ≤ 0）', '标签 1（x₁ > 0）'],
  boundary: '学到的边界 θ·x = 0',
  quantities: {
    accuracy: '在这 1000 个点上的准确率，训练前 → 训练后',
    weights: '权重 θ，初始抽取 → 学习之后',
    angle: 'θ 与 (1, 0) 之间的夹角（标签自身的边界 x₁ = 0 与 (1, 0) 垂直）',
    loss: '平均交叉熵，训练前 → 训练后',
  },
  degrees: (angle: string) => `${angle}°`,
  notes: {
    broken:
      '笔记中的 Python 代码照原样无法运行：它用了 NumPy 已经移除的 `np.int`，而且它用形状为 (1000, 1) 的列减去形状为 (1000,) 的向量，广播成一个 1000 × 1000 的矩阵，使权重更新失败。我们运行的是它本来的意思：θ ← θ − lr · Xᵀ(σ(Xθ) − y) / n。',
    draws:
      '它从 NumPy 不带种子的生成器中取数；我们用 `nextGaussian()` 从同一个 `new Random(42)` 中取数（在书中的 Park–Miller 生成器上做 Box–Muller 变换，每个高斯数用两次均匀抽样）：先取 1000 个点，每个点先 x₁ 后 x₂，再取两个权重。',
    verdict: (before: string, after: string, angle: string) =>
      `按本来的意思运行，这个程序确实做到了笔记所说的，只是很慢：1000 次迭代中，这个单元答对的点从 ${before} 增加到 ${after}，它的边界向标签自身的边界 x₁ = 0 转去，到最后仍差 ${angle}。没有偏差时边界必须经过原点，而 x₁ = 0 正好经过原点，所以在这里去掉偏差并没有损失。`,
    loss: '损失曲线见 notes-gradient-classifier-loss。',
  },
};

export const figure = defineFigure<ClassifierRun, typeof TEXT>({
  id: 'notes-gradient-classifier',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute: classifierRun,
  draw(plot, run, text) {
    const reach = Math.max(...run.x1s.map(Math.abs), ...run.x2s.map(Math.abs));
    return plot.classification({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      points: { xs: run.x1s, ys: run.x2s, classes: run.labels },
      classNames: text.classNames,
      boundary: { ...boundary(run.weights, reach), name: text.boundary },
    });
  },
  report(run, text) {
    return {
      numbers: [
        { quantity: text.quantities.accuracy, ours: `${fmt(run.initialAccuracy)} → ${fmt(run.accuracy)}` },
        { quantity: text.quantities.weights, ours: `${pair(...run.initialWeights)} → ${pair(...run.weights)}` },
        { quantity: text.quantities.angle, ours: text.degrees(fmt(run.angleDegrees, 3)) },
        { quantity: text.quantities.loss, ours: `${fmt(run.initialLoss)} → ${fmt(run.losses.at(-1)!)}` },
      ],
      notes: [text.notes.broken, text.notes.draws, text.notes.verdict(percent(run.initialAccuracy), percent(run.accuracy), text.degrees(fmt(run.angleDegrees, 3))), text.notes.loss],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
