// Companion note on sigmoid output units: the loss of one sigmoid output unit
// with target y = 1 against its pre-activation z, for MSE through the sigmoid and
// for binary cross-entropy. When the unit is confidently wrong (z ≪ 0) MSE
// flattens out at 1, while cross-entropy keeps growing like −z.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { curvesOverZ, lossOfUnit, OUTPUT_LOSSES, OUTPUT_UNIT_TEXT, OUTPUT_UNIT_TEXT_ZH, TARGET, zGrid } from './sigmoid-unit.js';

const TEXT = {
  ...OUTPUT_UNIT_TEXT,
  claim:
    'The note on sigmoid output units says that a sigmoid output trained with the squared error stops learning when it is confidently wrong, while with the cross-entropy loss it keeps learning. This figure shows the two losses; notes-output-gradient-saturation shows their gradients.',
  caption: 'Loss of one sigmoid output unit with target y = 1 against z: MSE flattens at 1 when the unit is confidently wrong, cross-entropy keeps growing',
  title: 'Loss of a sigmoid output unit, target y = 1',
  yLabel: 'loss',
  quantities: { at: (z: string) => `loss at z = ${z} (MSE, BCE)` },
  notes: {
    verdict:
      'The note is right: MSE through a sigmoid is bounded by 1 and flat for z ≪ 0, so a confidently wrong unit sits on a plateau; the cross-entropy −ln σ(z) ≈ −z there and keeps pulling.',
    how: 'The losses are the library’s MeanSquaredError and BinaryCrossEntropy of the output σ(z); z is sampled every 0.01 on [−10, 10].',
    book: 'In the book, the matrix network (chapter 7) backpropagates δ = A − Y, the cross-entropy gradient, while the neuron-based network of chapters 3 to 5 uses (d − o)·o(1 − o), the squared-error gradient.',
  },
};

const TEXT_ZH: typeof TEXT = {
  ...OUTPUT_UNIT_TEXT_ZH,
  claim:
    '关于 sigmoid 输出单元的笔记说，用平方误差训练的 sigmoid 输出在很有把握地答错时就不再学习，而用交叉熵损失时它会继续学习。这张图给出两种损失本身；notes-output-gradient-saturation 给出它们的梯度。',
  caption: '目标 y = 1 的单个 sigmoid 输出单元的损失随 z 的变化：单元很有把握地答错时，MSE 平坦地停在 1，交叉熵则继续增大',
  title: 'sigmoid 输出单元的损失，目标 y = 1',
  yLabel: '损失',
  quantities: { at: (z: string) => `z = ${z} 处的损失（MSE，BCE）` },
  notes: {
    verdict:
      '笔记说得对：经过 sigmoid 的 MSE 以 1 为上界，在 z ≪ 0 时是平的，所以很有把握地答错的单元停在一片平台上；交叉熵 −ln σ(z) 在那里约等于 −z，会一直把它往回拉。',
    how: '两种损失是本库的 MeanSquaredError 和 BinaryCrossEntropy 在输出 σ(z) 处的值；z 在 [−10, 10] 上每隔 0.01 取一个点。',
    book: '在书中，矩阵网络（第 7 章）反向传播的是 δ = A − Y，即交叉熵的梯度；而第 3 到第 5 章基于神经元的网络用的是 (d − o)·o(1 − o)，即平方误差的梯度。',
  },
};

interface Data {
  zs: number[];
  /** MSE, then binary cross-entropy, at each z. */
  curves: { key: 'mse' | 'bce'; ys: number[] }[];
  /** Each loss at z = −20, 0 and 10. */
  at: Record<'-20' | '0' | '10', [mse: number, bce: number]>;
}

export const figure = defineFigure<Data, typeof TEXT>({
  id: 'notes-output-loss-saturation',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const zs = zGrid(10);
    const both = (z: number) => OUTPUT_LOSSES.map(({ loss }) => lossOfUnit(loss, z, TARGET)) as [number, number];
    return { zs, curves: curvesOverZ(zs, lossOfUnit), at: { '-20': both(-20), '0': both(0), '10': both(10) } };
  },
  draw(plot, { zs, curves }, text) {
    return plot.functionCurves({
      title: text.title,
      xLabel: text.zLabel,
      yLabel: text.yLabel,
      xs: zs,
      curves: curves.map((c) => ({ name: text.losses[c.key], ys: c.ys })),
    });
  },
  report({ at }, text) {
    return {
      numbers: ([-20, 0, 10] as const).map((z) => ({
        quantity: text.quantities.at(fmt(z)),
        ours: at[`${z}`].map((v) => fmt(v)).join(', '),
      })),
      notes: [text.notes.verdict, text.notes.how, text.notes.book],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
