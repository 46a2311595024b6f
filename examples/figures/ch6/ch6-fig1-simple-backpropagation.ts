// Chapter 6, A Matrix Library — fig:simpleBackpropagation (Figure 6-1): the loss of
// a two-layer ReLU network (n = 8, d_in = 10, h = 20, d_out = 5) trained for 1500
// iterations at lr 1e−6 with MMatrix, seeded, with the book's ReLU backward pass
// and the corrected one.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { clippedGradient, ITERATIONS, maskedGradient, trainTwoLayerNetwork } from './backpropagation.js';

interface Losses {
  book: number[];
  corrected: number[];
  /** The first iteration (1-based) whose loss differs between the two. */
  firstDifference: number;
}

const TEXT = {
  caption:
    'Loss Σ(ŷ − y)² of a 10-20-5 ReLU network on 8 random examples, 1500 iterations at lr 1e−6: the book’s ReLU backward pass (blue) and the corrected one (red), and the gap between them',
  title: 'Two-layer ReLU network trained with MMatrix, seed 42 (n = 8, d_in = 10, h = 20, d_out = 5, lr 1e−6)',
  lossesTitle: 'Error per epoch (log scale)',
  gapTitle: 'How far the book’s curve is above the corrected one',
  xLabel: 'Epoch',
  lossLabel: 'Error Σ(ŷ − y)²',
  gapLabel: 'book − corrected',
  bookSeries: 'book: ReLU gradient clipped at 0',
  correctedSeries: 'corrected: gradient masked by h > 0',
  gapSeries: 'error (book) − error (corrected)',
  quantities: {
    first: 'loss at the first iteration',
    book: `loss after ${ITERATIONS} iterations, the book’s backward pass`,
    corrected: `loss after ${ITERATIONS} iterations, corrected`,
    parting: 'first iteration where the two differ',
  },
  book: { first: '– (unseeded)', book: '“the curve falls”' },
  notes: {
    seeded:
      'Seeded: x, y, w1 and w2 are filled in that order from one `new Random(42)`. The book calls the unseeded `random` (it makes a `Random seed: 42` and never uses it), so its curve differs from run to run.',
    relu: 'The book’s backward pass through the ReLU is `gradHRelu collect: [:v | v max: 0]`: it clips negative gradients to 0. The ReLU’s derivative masks the gradient where h ≤ 0 instead (`maskedGradient`).',
    coincide: (iterations: string) =>
      `The two curves coincide for ${iterations} iterations: x and w1 are positive (U[0, 1)), so h > 0 everywhere and the correct mask lets every gradient through; the book’s clip changes nothing while every entry of the gradient reaching the ReLU is positive (at first every prediction is far above its target and w2 is positive). Once some entries turn negative the clip drops them, and its loss stays slightly above the corrected one.`,
    panels: 'Left: both curves on a log scale (they overlap: the blue one is drawn over the red). Right: the book’s loss minus the corrected one, 0 until the clip starts to matter.',
  },
};

const TEXT_ZH: typeof TEXT = {
  caption:
    '10-20-5 ReLU 网络在 8 个随机样本上的损失 Σ(ŷ − y)²，学习率 1e−6，迭代 1500 次：书中的 ReLU 反向传播（蓝）与修正后的（红），以及两者之差',
  title: '用 MMatrix 训练的两层 ReLU 网络，种子 42（n = 8，d_in = 10，h = 20，d_out = 5，学习率 1e−6）',
  lossesTitle: '每轮的误差（对数刻度）',
  gapTitle: '书中的曲线比修正后的高出多少',
  xLabel: '轮次',
  lossLabel: '误差 Σ(ŷ − y)²',
  gapLabel: '书中 − 修正',
  bookSeries: '书中：ReLU 的梯度在 0 处截断',
  correctedSeries: '修正：梯度按 h > 0 屏蔽',
  gapSeries: '误差（书中）− 误差（修正）',
  quantities: {
    first: '第一次迭代的损失',
    book: `书中的反向传播：迭代 ${ITERATIONS} 次后的损失`,
    corrected: `修正后：迭代 ${ITERATIONS} 次后的损失`,
    parting: '两者首次不同的迭代',
  },
  book: { first: '–（无种子）', book: '“曲线下降”' },
  notes: {
    seeded:
      '带种子：x、y、w1 和 w2 依次从同一个 `new Random(42)` 中取值。书中调用的是不带种子的 `random`（它创建了一个 `Random seed: 42` 却从未使用），所以它的曲线每次运行都不一样。',
    relu: '书中经过 ReLU 的反向传播是 `gradHRelu collect: [:v | v max: 0]`：它把负的梯度截断为 0。而 ReLU 的导数应当在 h ≤ 0 处屏蔽梯度（`maskedGradient`）。',
    coincide: (iterations: string) =>
      `两条曲线在前 ${iterations} 次迭代中完全重合：x 和 w1 都是正数（U[0, 1)），所以处处 h > 0，正确的屏蔽让所有梯度都通过；只要传到 ReLU 的梯度每一项都为正（一开始每个预测都远高于目标值，而且 w2 为正），书中的截断就什么也不改变。一旦有些项变成负数，截断就把它们丢掉，于是它的损失一直略高于修正后的损失。`,
    panels: '左：两条曲线，对数刻度（两者重合：蓝线画在红线上面）。右：书中的损失减去修正后的损失，在截断开始起作用之前为 0。',
  },
};

export const figure = defineFigure<Losses, typeof TEXT>({
  id: 'ch6-fig1',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const book = trainTwoLayerNetwork(clippedGradient);
    const corrected = trainTwoLayerNetwork(maskedGradient);
    return { book, corrected, firstDifference: book.findIndex((loss, t) => loss !== corrected[t]) + 1 };
  },
  async draw(plot, { book, corrected }, text) {
    const losses = await plot.lossCurve({
      title: text.lossesTitle,
      xLabel: text.xLabel,
      yLabel: text.lossLabel,
      logScale: true,
      series: [
        { name: text.bookSeries, values: book },
        { name: text.correctedSeries, values: corrected },
      ],
    });
    const gap = await plot.lossCurve({
      title: text.gapTitle,
      xLabel: text.xLabel,
      yLabel: text.gapLabel,
      series: [{ name: text.gapSeries, values: book.map((loss, t) => loss - corrected[t]!) }],
    });
    return plot.tile([losses, gap], { title: text.title });
  },
  report({ book, corrected, firstDifference }, text) {
    return {
      numbers: [
        { quantity: text.quantities.first, book: text.book.first, ours: fmt(book[0]!) },
        { quantity: text.quantities.book, book: text.book.book, ours: fmt(book.at(-1)!) },
        { quantity: text.quantities.corrected, ours: fmt(corrected.at(-1)!) },
        { quantity: text.quantities.parting, ours: fmt(firstDifference) },
      ],
      notes: [text.notes.seeded, text.notes.relu, text.notes.coincide(fmt(firstDifference - 1)), text.notes.panels],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
