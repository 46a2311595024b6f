// Chapter 7, Matrix-Based Neural Networks — fig:learningMatrixBased (Figure 7-1):
// the cost per epoch of a 2-3-2 NMNetwork learning XOR for 5000 epochs.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { predictions, trainedXorNetwork } from './xor.js';

const EPOCHS = 5000;

interface MatrixXor {
  errors: number[];
  /** Predicted class of (0,0), (0,1), (1,0), (1,1) after 5000 epochs, and after 1000. */
  predictions: number[];
  predictionsAfter1000: number[];
}

const TEXT = {
  caption: 'Cost per epoch of a 2-3-2 NMNetwork learning XOR with full-batch gradient descent for 5000 epochs',
  title: 'XOR, 2-3-2 NMNetwork (full batch, lr 0.1)',
  xLabel: 'Epoch',
  yLabel: 'Cost Σ(A − Y)²',
  series: 'cost',
  quantities: {
    predict10: 'predict (1, 0) after 5000 epochs',
    predict11: 'predict (1, 1) after 5000 epochs',
    all: 'predictions of (0,0), (0,1), (1,0), (1,1) after 5000 epochs',
    after1000: 'predictions after 1000 epochs',
    cost: 'cost, first → last epoch',
  },
  book: { predict10: fmt(1), predict11: fmt(0), after1000: '“(1, 1) is still wrong”', cost: '“falls”' },
  notes: {
    weights: 'Weights and biases U[0, 1), drawn from the network’s own `Random(42)` (weights then biases, layer by layer), as the book.',
    cost: 'The cost is the book’s Σ(A − Y)² over the 4 examples and 2 outputs, recorded before each epoch’s update. The book backpropagates δ = A − Y, the cross-entropy’s gradient, not this cost’s (docs/design.md); `network.cost = new CrossEntropyCost()` reports the cost that training lowers.',
  },
};

const TEXT_ZH: typeof TEXT = {
  caption: '2-3-2 的 NMNetwork 用全批量梯度下降学习 XOR 5000 轮，每一轮的成本',
  title: 'XOR，2-3-2 NMNetwork（全批量，学习率 0.1）',
  xLabel: '轮次',
  yLabel: '成本 Σ(A − Y)²',
  series: '成本',
  quantities: {
    predict10: '5000 轮后预测 (1, 0)',
    predict11: '5000 轮后预测 (1, 1)',
    all: '5000 轮后对 (0,0)、(0,1)、(1,0)、(1,1) 的预测',
    after1000: '1000 轮后的预测',
    cost: '成本，第一轮 → 最后一轮',
  },
  book: { predict10: fmt(1), predict11: fmt(0), after1000: '“(1, 1) 仍然是错的”', cost: '“下降”' },
  notes: {
    weights: '权重和偏差取自 U[0, 1)，由网络自己的 `Random(42)` 生成（逐层先权重、后偏差），与书中一致。',
    cost: '成本是书中的 Σ(A − Y)²，对 4 个样本和 2 个输出求和，在每轮更新之前记录。书中反向传播的是 δ = A − Y，即交叉熵的梯度，而不是这个成本的梯度（见 docs/design.md）；设置 `network.cost = new CrossEntropyCost()` 就会报告训练真正在降低的那个成本。',
  },
};

export const figure = defineFigure<MatrixXor, typeof TEXT>({
  id: 'ch7-fig1',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const network = trainedXorNetwork(EPOCHS);
    return { errors: [...network.errors], predictions: predictions(network), predictionsAfter1000: predictions(trainedXorNetwork(1000)) };
  },
  draw(plot, { errors }, text) {
    return plot.lossCurve({ title: text.title, xLabel: text.xLabel, yLabel: text.yLabel, series: [{ name: text.series, values: errors }] });
  },
  report({ errors, predictions: ours, predictionsAfter1000 }, text) {
    return {
      numbers: [
        { quantity: text.quantities.predict10, book: text.book.predict10, ours: fmt(ours[2]!) },
        { quantity: text.quantities.predict11, book: text.book.predict11, ours: fmt(ours[3]!) },
        { quantity: text.quantities.all, ours: ours.map((k) => fmt(k)).join(', ') },
        { quantity: text.quantities.after1000, book: text.book.after1000, ours: predictionsAfter1000.map((k) => fmt(k)).join(', ') },
        { quantity: text.quantities.cost, book: text.book.cost, ours: `${fmt(errors[0]!)} → ${fmt(errors.at(-1)!)}` },
      ],
      notes: [text.notes.weights, text.notes.cost],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
