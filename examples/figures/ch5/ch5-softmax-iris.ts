// Chapter 5, Data Classification, one step further: iris learned by the book's
// network as the book trains it (sigmoid outputs, squared error) and with a
// softmax output layer and the categorical cross-entropy, everything else the
// same, with a fifth of the rows held out to validate on.
import {
  CategoricalCrossEntropy,
  HalfSquaredError,
  NNetwork,
  SoftmaxAF,
  StochasticGradientDescentTrainer,
  type TrainingHistory,
} from '../../../src/index.js';
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { irisTrainingData } from './data.js';
import { firstEpochReaching, LEARNING_CURVE_TEXT, LEARNING_CURVE_TEXT_ZH } from './training.js';

const EPOCHS = 1000;
const LEARNING_RATE = 0.1;
const VALIDATION_FRACTION = 0.2;
const TARGET = 0.95;

const OUTPUTS = ['sigmoid', 'softmax'] as const;
type OutputKind = (typeof OUTPUTS)[number];

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  source: 'Beyond the book: a softmax output layer (one probability per class) trained on the categorical cross-entropy.',
  caption:
    'Iris, 4-6-3, online (lr 0.1, 1000 epochs), 30 of the 150 rows held out: the book’s sigmoid outputs and squared error beside softmax outputs and the cross-entropy (training solid, validation dashed)',
  title: 'Iris: sigmoid + squared error, or softmax + cross-entropy',
  panel: { sigmoid: 'sigmoid outputs, ½ Σ (t − o)² (the book’s)', softmax: 'softmax outputs, −Σ t ln o' } satisfies Record<OutputKind, string>,
  yLabel: 'Loss per row',
  validationLabels: { error: 'Validation loss', precision: 'Validation precision' },
  names: { sigmoid: 'sigmoid + squared error', softmax: 'softmax + cross-entropy' } satisfies Record<OutputKind, string>,
  quantities: {
    reach: (name: string, target: string) => `${name}: first epoch with training precision ≥ ${target}`,
    reachValidation: (name: string, target: string) => `${name}: first epoch with validation precision ≥ ${target}`,
    final: (name: string) => `${name}: training precision, validation precision after 1000 epochs`,
    bestValidation: (name: string) => `${name}: epoch of the lowest validation loss`,
    lateWobble: (name: string) => `${name}: lowest and highest training precision over the last 200 epochs; largest |weight| at the end`,
  },
  never: 'never',
  notes: {
    setup:
      'Both runs: `configure(4, 6, 3)` with `Random(42)` (sigmoid hidden units), min–max normalised rows, the SGD trainer with batch 1 in the data’s order — the book’s online `train` — at lr 0.1; `validationFraction: 0.2` holds out 30 rows picked with `Random(42)`. Only the output layer and the loss differ. With sigmoid outputs and ½ Σ (t − o)² this is the book’s own training loop (its error; δ = (t − o)·o(1 − o)).',
    why: 'With softmax and the cross-entropy the output δ is t − o: no o(1 − o) factor to shrink it when an output is confidently wrong, so the network learns the three classes in far fewer epochs.',
    scales: 'The two losses are different quantities (each panel has its own scale); compare the precisions, and each loss with its own validation loss.',
    start: (validation: string, training: string) =>
      `The softmax run’s first validation loss is high (${validation} after epoch 1, against a training loss of ${training}): the rows come in class order (50 setosa, then versicolor, then virginica), so after one epoch the network predicts virginica for every validation row; the training loss, measured on each row before its own update, while the class of the rows around it was being learned, hides it.`,
    wobble: (rows: string, softmax: string, sigmoid: string) =>
      `Late in the softmax run the training precision wobbles, by up to ${rows} of the 120 training rows: the cross-entropy never stops growing the weights (the largest is ${softmax} at the end, against ${sigmoid} with the squared error), and online steps at a fixed rate move the rows near a boundary back and forth.`,
    overfit: (epoch: string) =>
      `The cross-entropy keeps pushing the right class’s probability towards 1, so its validation loss turns up after epoch ${epoch} while the precisions stay put: the point where early stopping (\`earlyStopping: { patience }\`, \`--early-stop\`) would stop and keep the best weights.`,
  },
};

const TEXT_ZH: typeof TEXT = {
  ...LEARNING_CURVE_TEXT_ZH,
  source: '书之外的内容：softmax 输出层（每个类别一个概率），用分类交叉熵训练。',
  caption:
    '鸢尾花，4-6-3，在线训练（学习率 0.1，1000 轮），150 行中留出 30 行：书中的 sigmoid 输出和平方误差，旁边是 softmax 输出和交叉熵（训练为实线，验证为虚线）',
  title: '鸢尾花：sigmoid + 平方误差，或 softmax + 交叉熵',
  panel: { sigmoid: 'sigmoid 输出，½ Σ (t − o)²（书中的）', softmax: 'softmax 输出，−Σ t ln o' },
  yLabel: '每行的损失',
  validationLabels: { error: '验证损失', precision: '验证准确率' },
  names: { sigmoid: 'sigmoid + 平方误差', softmax: 'softmax + 交叉熵' },
  quantities: {
    reach: (name: string, target: string) => `${name}：训练准确率首次 ≥ ${target} 的轮次`,
    reachValidation: (name: string, target: string) => `${name}：验证准确率首次 ≥ ${target} 的轮次`,
    final: (name: string) => `${name}：1000 轮后的训练准确率、验证准确率`,
    bestValidation: (name: string) => `${name}：验证损失最低的轮次`,
    lateWobble: (name: string) => `${name}：最后 200 轮中训练准确率的最低值和最高值；结束时最大的 |权重|`,
  },
  never: '从未达到',
  notes: {
    setup:
      '两次运行：`configure(4, 6, 3)`，使用 `Random(42)`（隐藏单元为 sigmoid），按最小–最大值归一化的行，随机梯度下降训练器，批量大小 1，按数据原有顺序——也就是书中的在线 `train`——学习率 0.1；`validationFraction: 0.2` 用 `Random(42)` 选出 30 行留作验证。只有输出层和损失函数不同。用 sigmoid 输出和 ½ Σ (t − o)² 时，这就是书中自己的训练循环（它的误差；δ = (t − o)·o(1 − o)）。',
    why: '用 softmax 和交叉熵时，输出层的 δ 是 t − o：当某个输出信心十足却错了时，没有 o(1 − o) 这个因子把它缩小，所以网络用少得多的轮次就学会了三个类别。',
    scales: '两种损失是不同的量（每个面板有自己的刻度）；请比较准确率，以及每种损失与它自己的验证损失。',
    start: (validation: string, training: string) =>
      `softmax 这次运行的第一个验证损失很高（第 1 轮后为 ${validation}，而训练损失为 ${training}）：行是按类别顺序给出的（先是 50 行 setosa，然后是 versicolor，再是 virginica），所以一轮之后网络把每个验证行都预测为 virginica；训练损失是在每行更新之前测的，那时它周围那些行的类别正在被学习，因而掩盖了这一点。`,
    wobble: (rows: string, softmax: string, sigmoid: string) =>
      `softmax 这次运行的后期，训练准确率来回摆动，最多相差 120 个训练行中的 ${rows} 行：交叉熵永远不停地增大权重（结束时最大的是 ${softmax}，而用平方误差时为 ${sigmoid}），以固定学习率做的在线更新让边界附近的行来回变动。`,
    overfit: (epoch: string) =>
      `交叉熵不断把正确类别的概率推向 1，所以它的验证损失在第 ${epoch} 轮之后回升，而准确率保持不变：这正是提前停止（\`earlyStopping: { patience }\`，\`--early-stop\`）会停下并保留最佳权重的地方。`,
  },
};

interface Run {
  kind: OutputKind;
  history: TrainingHistory;
  /** The largest |weight or bias| after training. */
  largestWeight: number;
}

function train(kind: OutputKind): Run {
  const softmax = kind === 'softmax';
  const network = new NNetwork().configure(4, 6, 3, softmax ? { outputActivation: new SoftmaxAF() } : {});
  const history = new StochasticGradientDescentTrainer().train(network, irisTrainingData(), {
    epochs: EPOCHS,
    learningRate: LEARNING_RATE,
    loss: softmax ? new CategoricalCrossEntropy() : new HalfSquaredError(),
    validationFraction: VALIDATION_FRACTION,
  });
  const largestWeight = Math.max(...network.parameters().flatMap((p) => Array.from(p, Math.abs)));
  return { kind, history, largestWeight };
}

/** The training precision of the last 200 epochs. */
function lastEpochs(history: TrainingHistory): number[] {
  return history.accuracy.slice(-200);
}

/** The epoch (from 1) of the smallest value. */
function epochOfMinimum(values: readonly number[]): number {
  return values.indexOf(Math.min(...values)) + 1;
}

export const figure = defineFigure({
  id: 'ch5-softmax-iris',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return { runs: OUTPUTS.map(train) };
  },
  draw(plot, { runs }, text) {
    return plot.learningCurvePanels({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      precisionLabel: text.precisionLabel,
      validationLabels: text.validationLabels,
      panels: runs.map(({ kind, history }) => ({
        title: text.panel[kind],
        errors: history.loss,
        precisions: history.accuracy,
        validationErrors: history.validationLoss,
        validationPrecisions: history.validationAccuracy,
      })),
      panelWidth: 640,
      panelHeight: 420,
    });
  },
  report({ runs }, text) {
    const when = (epoch: number | undefined) => (epoch === undefined ? text.never : fmt(epoch));
    const softmax = runs[1]!.history;
    return {
      numbers: runs.flatMap(({ kind, history, largestWeight }) => [
        { quantity: text.quantities.reach(text.names[kind], fmt(TARGET)), ours: when(firstEpochReaching(history.accuracy, TARGET)) },
        { quantity: text.quantities.reachValidation(text.names[kind], fmt(TARGET)), ours: when(firstEpochReaching(history.validationAccuracy, TARGET)) },
        { quantity: text.quantities.final(text.names[kind]), ours: `${fmt(history.accuracy.at(-1)!)}, ${fmt(history.validationAccuracy.at(-1)!)}` },
        { quantity: text.quantities.bestValidation(text.names[kind]), ours: fmt(epochOfMinimum(history.validationLoss)) },
        {
          quantity: text.quantities.lateWobble(text.names[kind]),
          ours: `${fmt(Math.min(...lastEpochs(history)))}, ${fmt(Math.max(...lastEpochs(history)))}; ${fmt(largestWeight)}`,
        },
      ]),
      notes: [
        text.notes.setup,
        text.notes.why,
        text.notes.scales,
        text.notes.start(fmt(softmax.validationLoss[0]!), fmt(softmax.loss[0]!)),
        text.notes.wobble(fmt(Math.round(120 * (Math.max(...lastEpochs(softmax)) - Math.min(...lastEpochs(softmax))))), fmt(runs[1]!.largestWeight), fmt(runs[0]!.largestWeight)),
        text.notes.overfit(fmt(epochOfMinimum(softmax.validationLoss))),
      ],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
