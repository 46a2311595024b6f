// Chapter 4, Theory on Learning, one step further: the chapter's gradient descent
// beside momentum and Adam, the built-in optimizers, on the chapter's four points
// (the cost J per iteration and the paths of (a, b) over J's iso-lines) and on
// iris (full-batch learning curves).
import { Adam, GradientDescentTrainer, LinearModel, Momentum, NNetwork, type Optimizer, type TrainingHistory } from '../../../src/index.js';
import { isMain } from '../../shared/is-main.js';
import { irisTrainingData } from '../ch5/data.js';
import { defineFigure, fmt, pair } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { FOUR_POINTS } from './data.js';
import { cost, LEARNING_RATE, leastSquares, START } from './learning.js';

const ITERATIONS = 1000;
/** Iris: a 4-6-3 sigmoid network (the chapter's), full-batch gradient descent on the mean squared error. */
const IRIS_EPOCHS = 1000;
/** Each optimizer's learning rate on iris (Adam's steps are about lr in size, whatever the gradient). */
const IRIS_RATES = { gd: 1, momentum: 1, adam: 0.01 } as const;
/** “At the minimum”: a and b within this of the least-squares line. */
const NEAR = 0.005;
/** The window of (a, b) drawn under the paths. */
const VIEW = { a: [0.3, 1.8], b: [0.8, 3.3] } as const;

const OPTIMIZERS = ['gd', 'momentum', 'adam'] as const;
type OptimizerKey = (typeof OPTIMIZERS)[number];
const COLORS: Record<OptimizerKey, string> = { gd: 'rgb(31, 119, 180)', momentum: 'rgb(214, 39, 40)', adam: 'rgb(44, 160, 44)' };

const TEXT = {
  source: 'Beyond the book: the optimizers that move the parameters, each one class in src/training/optimizers.',
  caption:
    'Plain gradient descent, momentum (μ 0.9) and Adam from a = 0.5, b = 3 with lr 0.01 on the four points (J per iteration, the paths of (a, b) over J’s iso-lines): momentum and Adam reach the true minimum (1.46, 1.30) within 1000 iterations, plain gradient descent stops at (1.4292, 1.3906); and on iris (4-6-3, full batch): loss and accuracy per epoch',
  title: 'Gradient descent, momentum and Adam',
  names: { gd: 'gradient descent', momentum: 'momentum (μ 0.9)', adam: 'Adam' } satisfies Record<OptimizerKey, string>,
  cost: { title: 'The four points: J per iteration (lr 0.01)', xLabel: 'Iteration', yLabel: 'J(a, b) − min J (log scale)' },
  paths: { title: 'The paths of (a, b) over J’s iso-lines', xLabel: 'a', yLabel: 'b', minimum: 'least-squares line', markers: { start: 'start (0.5, 3)', direction: 'direction / end' } },
  irisLoss: { title: 'Iris, full batch: loss per epoch', xLabel: 'Epoch', yLabel: 'Mean squared error (log scale)' },
  irisAccuracy: { title: 'Iris, full batch: accuracy per epoch', xLabel: 'Epoch', yLabel: 'Accuracy' },
  quantities: {
    end: (name: string) => `${name}: (a, b) after 1000 iterations`,
    near: (name: string, near: string) => `${name}: first iteration with a and b within ${near} of the minimum`,
    iris: (name: string, rate: string) => `iris, ${name}, lr ${rate}: loss and accuracy after 1000 epochs`,
    irisReach: (name: string) => `iris, ${name}: first epoch with accuracy ≥ 0.95`,
  },
  never: 'never',
  notes: {
    claim: (gd: string, momentum: string, adam: string, best: string) =>
      `From a = 0.5, b = 3 with lr 0.01, momentum and Adam both end at the true minimum ${best} within 1000 iterations — momentum at ${momentum}, exact to the last digits, Adam at ${adam}, within 5 × 10⁻⁵ — where plain gradient descent is still at ${gd}, the point the chapter calls the minimum (ch4-fig3).`,
    how: 'Momentum (PyTorch’s rule: v ← μ·v + g, p ← p − lr·v) keeps going where successive gradients agree, so it overshoots and swings across J’s valley before settling. Adam divides each parameter’s running mean gradient by the root of its running mean square, so while the gradient keeps its sign a step moves each parameter by about lr: its first steps go up the diagonal, a and b alike, where plain gradient descent moves mostly a (whose gradient is about four times b’s); then it follows the valley down to the minimum, slowly at lr 0.01.',
    cost: 'J is drawn minus its minimum, J(1.46, 1.30) = 0.108, on a log scale: plain gradient descent’s line is still falling at iteration 1000; momentum’s reaches the last digits of a double.',
    iris: 'On iris the three use different learning rates, each what it is usually given: 1 for gradient descent and momentum, 0.01 for Adam (whose step does not scale with the gradient). The network and its first weights are the chapter’s (`configure(4, 6, 3)`, `Random(42)`).',
  },
};

const TEXT_ZH: typeof TEXT = {
  source: '书之外的内容：移动参数的优化器，每个都是 src/training/optimizers 中的一个类。',
  caption:
    '普通梯度下降、动量法（μ 0.9）和 Adam 从 a = 0.5、b = 3 出发，学习率 0.01，在四个点上（每次迭代的 J，以及 (a, b) 在 J 的等高线上的路径）：动量法和 Adam 在 1000 次迭代内到达真正的最小值 (1.46, 1.30)，普通梯度下降停在 (1.4292, 1.3906)；以及在鸢尾花数据上（4-6-3，全批量）：每轮的损失和准确率',
  title: '梯度下降、动量法和 Adam',
  names: { gd: '梯度下降', momentum: '动量法（μ 0.9）', adam: 'Adam' },
  cost: { title: '四个点：每次迭代的 J（学习率 0.01）', xLabel: '迭代次数', yLabel: 'J(a, b) − J 的最小值（对数坐标）' },
  paths: { title: '(a, b) 在 J 的等高线上的路径', xLabel: 'a', yLabel: 'b', minimum: '最小二乘直线', markers: { start: '起点 (0.5, 3)', direction: '方向 / 终点' } },
  irisLoss: { title: '鸢尾花，全批量：每轮的损失', xLabel: '轮次', yLabel: '均方误差（对数坐标）' },
  irisAccuracy: { title: '鸢尾花，全批量：每轮的准确率', xLabel: '轮次', yLabel: '准确率' },
  quantities: {
    end: (name: string) => `${name}：1000 次迭代后的 (a, b)`,
    near: (name: string, near: string) => `${name}：a 和 b 首次与最小值相差不到 ${near} 的迭代次数`,
    iris: (name: string, rate: string) => `鸢尾花，${name}，学习率 ${rate}：1000 轮后的损失和准确率`,
    irisReach: (name: string) => `鸢尾花，${name}：准确率首次 ≥ 0.95 的轮次`,
  },
  never: '从未达到',
  notes: {
    claim: (gd: string, momentum: string, adam: string, best: string) =>
      `从 a = 0.5、b = 3 出发，学习率 0.01，动量法和 Adam 都在 1000 次迭代内到达真正的最小值 ${best}——动量法停在 ${momentum}，直到最后几位都准确；Adam 停在 ${adam}，相差不到 5 × 10⁻⁵——而普通梯度下降还在 ${gd}，也就是该章称为最小值的那个点（ch4-fig3）。`,
    how: '动量法（PyTorch 的规则：v ← μ·v + g，p ← p − lr·v）在相邻几次梯度方向一致时会继续前进，所以它会冲过头，在 J 的谷底两侧来回摆动，然后才稳定下来。Adam 把每个参数梯度的滑动平均除以其平方的滑动平均的平方根，所以只要梯度不变号，每一步就让每个参数移动大约 lr：它最初几步沿对角线前进，a 和 b 一起变化，而普通梯度下降主要移动 a（它的梯度约为 b 的四倍）；之后它沿着谷底走向最小值，学习率 0.01 时走得很慢。',
    cost: '图中画的是 J 减去它的最小值 J(1.46, 1.30) = 0.108，用对数坐标：普通梯度下降的线在第 1000 次迭代时仍在下降；动量法的线降到了双精度数的最后几位。',
    iris: '在鸢尾花数据上，三种方法用不同的学习率，各取通常给它的值：梯度下降和动量法用 1，Adam 用 0.01（它的步长不随梯度的大小而变）。网络及其初始权重与该章相同（`configure(4, 6, 3)`，`Random(42)`）。',
  },
};

/** One optimizer's run on the four points and on iris. */
interface Run {
  key: OptimizerKey;
  line: { a: number; b: number };
  /** (a, b) at the start and after each iteration. */
  as: number[];
  bs: number[];
  costs: number[];
  /** First iteration with a and b within NEAR of the least-squares line. */
  near: number | undefined;
  iris: TrainingHistory;
}

function optimizerOf(key: OptimizerKey): Optimizer | undefined {
  return key === 'momentum' ? new Momentum() : key === 'adam' ? new Adam() : undefined;
}

/** The chapter's gradient descent from START, the optimizer `key` moving (a, b), recording the path. */
function fitLine(key: OptimizerKey, best: LinearModel): Omit<Run, 'iris'> {
  const line = new LinearModel(START.a, START.b);
  const as = [line.a];
  const bs = [line.b];
  const trainer = new GradientDescentTrainer();
  trainer.onEpoch(() => {
    as.push(line.a);
    bs.push(line.b);
  });
  const optimizer = optimizerOf(key);
  const history = trainer.train(line, FOUR_POINTS, { epochs: ITERATIONS, learningRate: LEARNING_RATE, ...(optimizer ? { optimizer } : {}) });
  const index = as.findIndex((a, i) => Math.abs(a - best.a) < NEAR && Math.abs(bs[i]! - best.b) < NEAR);
  return { key, line: { a: line.a, b: line.b }, as, bs, costs: history.loss, near: index < 0 ? undefined : index };
}

function trainIris(key: OptimizerKey): TrainingHistory {
  const optimizer = optimizerOf(key);
  return new GradientDescentTrainer().train(new NNetwork().configure(4, 6, 3), irisTrainingData(), {
    epochs: IRIS_EPOCHS,
    learningRate: IRIS_RATES[key],
    ...(optimizer ? { optimizer } : {}),
  });
}

/** J on a 61 × 61 grid over VIEW (rows: b, columns: a). */
function costGrid(): { x0s: number[]; x1s: number[]; values: number[][] } {
  const axis = ([from, to]: readonly [number, number]) => Array.from({ length: 61 }, (_, i) => from + ((to - from) * i) / 60);
  const x0s = axis(VIEW.a);
  const x1s = axis(VIEW.b);
  return { x0s, x1s, values: x1s.map((b) => x0s.map((a) => cost(new LinearModel(a, b), FOUR_POINTS))) };
}

export const figure = defineFigure({
  id: 'ch4-optimizers',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const best = leastSquares(FOUR_POINTS);
    const minimum = cost(best, FOUR_POINTS);
    const runs: Run[] = OPTIMIZERS.map((key) => ({ ...fitLine(key, best), iris: trainIris(key) }));
    return { runs, best: { a: best.a, b: best.b, cost: minimum } };
  },
  async draw(plot, { runs, best }, text) {
    const size = { width: 700, height: 460 };
    const named = (run: Run) => ({ name: text.names[run.key], color: COLORS[run.key] });
    const charts = await Promise.all([
      plot.lossCurve({
        ...size,
        ...text.cost,
        logScale: true,
        // J − min J, floored at 10⁻¹⁶ (the last digits of a double) so the log scale can draw it.
        series: runs.map((run) => ({ ...named(run), values: run.costs.map((j) => Math.max(j - best.cost, 1e-16)) })),
      }),
      plot.parameterPath({
        ...size,
        title: text.paths.title,
        xLabel: text.paths.xLabel,
        yLabel: text.paths.yLabel,
        paths: [
          ...runs.map((run) => ({ ...named(run), w0s: run.as, w1s: run.bs })),
          { name: text.paths.minimum, w0s: [best.a], w1s: [best.b], color: 'rgb(20, 20, 20)' },
        ],
        contours: { ...costGrid(), levels: Array.from({ length: 8 }, (_, k) => best.cost + 0.02 * 2 ** k) },
        markerLabels: text.paths.markers,
      }),
      plot.lossCurve({ ...size, ...text.irisLoss, logScale: true, series: runs.map((run) => ({ ...named(run), values: run.iris.loss })) }),
      plot.lossCurve({ ...size, ...text.irisAccuracy, series: runs.map((run) => ({ ...named(run), values: run.iris.accuracy })) }),
    ]);
    return plot.tile(charts, { columns: 2, title: text.title });
  },
  report({ runs, best }, text) {
    const [gd, momentum, adam] = runs as [Run, Run, Run];
    // Seven digits: Adam's end differs from the minimum in the fifth.
    const exact = (line: { a: number; b: number }) => `(${fmt(line.a, 7)}, ${fmt(line.b, 7)})`;
    return {
      numbers: [
        ...runs.map((run) => ({ quantity: text.quantities.end(text.names[run.key]), ours: exact(run.line) })),
        ...runs.map((run) => ({ quantity: text.quantities.near(text.names[run.key], fmt(NEAR)), ours: run.near === undefined ? text.never : fmt(run.near) })),
        ...runs.map((run) => ({
          quantity: text.quantities.iris(text.names[run.key], fmt(IRIS_RATES[run.key])),
          ours: `${fmt(run.iris.loss.at(-1)!)}, ${fmt(run.iris.accuracy.at(-1)!)}`,
        })),
        ...runs.map((run) => {
          const reached = run.iris.accuracy.findIndex((a) => a >= 0.95);
          return { quantity: text.quantities.irisReach(text.names[run.key]), ours: reached < 0 ? text.never : fmt(reached + 1) };
        }),
      ],
      notes: [
        text.notes.claim(pair(gd.line.a, gd.line.b), exact(momentum.line), exact(adam.line), pair(best.a, best.b)),
        text.notes.how,
        text.notes.cost,
        text.notes.iris,
      ],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
