// Companion note on sigmoid output units: ∂loss/∂z of one sigmoid output unit
// with target y = 1, for MSE through the sigmoid and for binary cross-entropy.
// Cross-entropy's is σ(z) − y: near −1 when confidently wrong. MSE's,
// 2(σ − y)·σ(1 − σ), vanishes exactly there: the unit stops learning.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { argMax, curvesOverZ, lossSlopeOfUnit, OUTPUT_LOSSES, OUTPUT_UNIT_TEXT, OUTPUT_UNIT_TEXT_ZH, sigmoid, TARGET, zGrid } from './sigmoid-unit.js';

const TEXT = {
  ...OUTPUT_UNIT_TEXT,
  claim:
    'The note on sigmoid output units says that with the cross-entropy loss the gradient with respect to z is σ(z) − y: it vanishes only when the unit is confidently right and has magnitude 1 when it is confidently wrong, whereas through the squared error it vanishes at both ends.',
  caption: 'Gradient ∂loss/∂z of one sigmoid output unit with target y = 1: cross-entropy gives σ(z) − 1 → −1 when confidently wrong, MSE’s gradient vanishes there',
  title: 'Gradient of the loss with respect to z, target y = 1',
  yLabel: '∂loss/∂z',
  curve: (loss: string) => `∂/∂z of ${loss}`,
  quantities: {
    bceAt: 'BCE ∂loss/∂z at z = −20',
    mseAt: 'MSE ∂loss/∂z at z = −20',
    bceFormula: 'largest difference between BCE’s ∂loss/∂z and σ(z) − y on the grid',
    steepest: 'steepest MSE ∂loss/∂z, and where',
  },
  at: (slope: string, z: string) => `${slope} at z = ${z}`,
  notes: {
    verdict:
      'The note is right: the cross-entropy gradient is σ(z) − y (to rounding), −1 for a confidently wrong unit; through MSE the factor σ(1 − σ) makes the gradient vanish at both ends, so a confidently wrong unit hardly learns.',
    how: 'The gradients are the library’s loss gradient at o = σ(z) times SigmoidAF.derivative(o), the chain rule backpropagation uses; MSE = (y − o)² has ∂/∂o = 2(o − y).',
    steepest: 'MSE’s gradient is steepest where σ(z) = 1/3, at z = −ln 2 ≈ −0.69, with magnitude 8/27 ≈ 0.296.',
  },
};

const TEXT_ZH: typeof TEXT = {
  ...OUTPUT_UNIT_TEXT_ZH,
  claim:
    '关于 sigmoid 输出单元的笔记说，使用交叉熵损失时，对 z 的梯度是 σ(z) − y：只有当单元很有把握地答对时它才消失，很有把握地答错时它的大小为 1；而经过平方误差时，它在两端都会消失。',
  caption: '目标 y = 1 的单个 sigmoid 输出单元的梯度 ∂loss/∂z：交叉熵给出 σ(z) − 1，在很有把握地答错时 → −1，而 MSE 的梯度在那里消失',
  title: '损失对 z 的梯度，目标 y = 1',
  yLabel: '∂loss/∂z',
  curve: (loss: string) => `${loss} 对 z 的导数`,
  quantities: {
    bceAt: 'z = −20 处 BCE 的 ∂loss/∂z',
    mseAt: 'z = −20 处 MSE 的 ∂loss/∂z',
    bceFormula: '网格上 BCE 的 ∂loss/∂z 与 σ(z) − y 的最大差值',
    steepest: 'MSE 的 ∂loss/∂z 最陡之处及其值',
  },
  at: (slope: string, z: string) => `${slope}，在 z = ${z} 处`,
  notes: {
    verdict:
      '笔记说得对：交叉熵的梯度就是 σ(z) − y（在舍入误差以内），对很有把握地答错的单元为 −1；经过 MSE 时，因子 σ(1 − σ) 让梯度在两端都消失，所以很有把握地答错的单元几乎学不动。',
    how: '梯度是本库的损失函数在 o = σ(z) 处的梯度乘以 SigmoidAF.derivative(o)，也就是反向传播所用的链式法则；MSE = (y − o)² 对 o 的导数为 2(o − y)。',
    steepest: 'MSE 的梯度在 σ(z) = 1/3 处最陡，即 z = −ln 2 ≈ −0.69，大小为 8/27 ≈ 0.296。',
  },
};

interface Data {
  zs: number[];
  /** ∂loss/∂z for MSE, then for binary cross-entropy, at each z. */
  curves: { key: 'mse' | 'bce'; ys: number[] }[];
  /** ∂loss/∂z at z = −20 (MSE, BCE). */
  atMinus20: [mse: number, bce: number];
  /** Largest |BCE ∂loss/∂z − (σ(z) − y)| over the grid. */
  bceDeviation: number;
  /** Where MSE's gradient is steepest: z and ∂loss/∂z there. */
  mseSteepest: { z: number; slope: number };
}

export const figure = defineFigure<Data, typeof TEXT>({
  id: 'notes-output-gradient-saturation',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const zs = zGrid(10);
    const curves = curvesOverZ(zs, lossSlopeOfUnit);
    const [mse, bce] = OUTPUT_LOSSES.map(({ loss }) => loss);
    const steepest = argMax(curves[0]!.ys.map(Math.abs));
    return {
      zs,
      curves,
      atMinus20: [lossSlopeOfUnit(mse!, -20, TARGET), lossSlopeOfUnit(bce!, -20, TARGET)],
      bceDeviation: Math.max(...zs.map((z, i) => Math.abs(curves[1]!.ys[i]! - (sigmoid.eval(z) - TARGET)))),
      mseSteepest: { z: zs[steepest]!, slope: curves[0]!.ys[steepest]! },
    };
  },
  draw(plot, { zs, curves }, text) {
    return plot.functionCurves({
      title: text.title,
      xLabel: text.zLabel,
      yLabel: text.yLabel,
      xs: zs,
      curves: curves.map((c) => ({ name: text.curve(text.losses[c.key]), ys: c.ys })),
    });
  },
  report({ atMinus20, bceDeviation, mseSteepest }, text) {
    return {
      numbers: [
        { quantity: text.quantities.bceAt, ours: fmt(atMinus20[1]) },
        { quantity: text.quantities.mseAt, ours: fmt(atMinus20[0]) },
        { quantity: text.quantities.bceFormula, ours: fmt(bceDeviation) },
        { quantity: text.quantities.steepest, ours: text.at(fmt(mseSteepest.slope), fmt(mseSteepest.z)) },
      ],
      notes: [text.notes.verdict, text.notes.how, text.notes.steepest],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
