// Companion note on the sigmoid and its gradient: σ and σ′ on z ∈ [−10, 10].
// σ′ = σ(1 − σ) peaks at 0.25 where σ = 0.5 (z = 0) and vanishes at both ends:
// it cannot "tend to infinity near 0", as the note claims.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { argMax, sigmoid, sigmoidSlope, zGrid } from './sigmoid-unit.js';

const TEXT = {
  claim:
    'The note on the sigmoid and its gradient says that the sigmoid’s derivative σ′ grows without bound near z = 0 (where σ = 0.5), an “exploding gradient”; it also says that σ′ goes to 0 as the input grows.',
  caption: 'The sigmoid σ(z) and its derivative σ′(z) = σ(1 − σ): σ′ peaks at 0.25 at z = 0 and vanishes at both ends',
  title: 'The sigmoid and its derivative',
  xLabel: 'z',
  yLabel: 'value',
  legend: { sigmoid: 'σ(z)', slope: 'σ′(z) = σ(z)(1 − σ(z)), at most 0.25' },
  quantities: { peak: 'largest σ′, and where', five: 'σ′(−5), σ′(5)', ten: 'σ′(−10), σ′(10)' },
  at: (slope: string, z: string) => `${slope} at z = ${z}`,
  notes: {
    verdict:
      'The first claim is wrong: σ′ = σ(1 − σ) is a product of two numbers in (0, 1) that add up to 1, so it is at most 0.5 · 0.5 = 0.25, reached at z = 0 where σ = 0.5. It never grows without bound, so the sigmoid cannot make gradients explode (that takes products of large weights).',
    tails: 'The second is right but half the story: σ′ also goes to 0 as z → −∞ (σ′ is even).',
    how: 'σ′ is computed from the output, σ′ = o(1 − o), with the library’s SigmoidAF.derivative, as training does; z is sampled every 0.01 on [−10, 10], z = 0 included exactly.',
  },
};

const TEXT_ZH: typeof TEXT = {
  claim:
    '关于 sigmoid 及其梯度的笔记说，sigmoid 的导数 σ′ 在 z = 0 附近（σ = 0.5 处）会无限增大，即所谓“梯度爆炸”；它还说，随着输入增大，σ′ 趋于 0。',
  caption: 'sigmoid 函数 σ(z) 及其导数 σ′(z) = σ(1 − σ)：σ′ 在 z = 0 处达到最大值 0.25，在两端都趋于 0',
  title: 'sigmoid 函数及其导数',
  xLabel: 'z',
  yLabel: '函数值',
  legend: { sigmoid: 'σ(z)', slope: 'σ′(z) = σ(z)(1 − σ(z))，最大为 0.25' },
  quantities: { peak: 'σ′ 的最大值及其位置', five: 'σ′(−5), σ′(5)', ten: 'σ′(−10), σ′(10)' },
  at: (slope: string, z: string) => `${slope}，在 z = ${z} 处`,
  notes: {
    verdict:
      '第一个说法是错的：σ′ = σ(1 − σ) 是 (0, 1) 中两个和为 1 的数的乘积，所以最大只有 0.5 · 0.5 = 0.25，在 σ = 0.5 的 z = 0 处取到。它永远不会无限增大，所以 sigmoid 函数不会让梯度爆炸（那需要许多大权重相乘）。',
    tails: '第二个说法是对的，但只说了一半：当 z → −∞ 时 σ′ 同样趋于 0（σ′ 是偶函数）。',
    how: 'σ′ 和训练时一样由输出算出，σ′ = o(1 − o)，用的是本库的 SigmoidAF.derivative；z 在 [−10, 10] 上每隔 0.01 取一个点，恰好包含 z = 0。',
  },
};

interface Data {
  zs: number[];
  sigmoid: number[];
  slope: number[];
  /** Largest σ′ on the grid and the z where it occurs. */
  peak: { z: number; slope: number };
  /** σ′ at z = −10, −5, 5, 10. */
  tails: Record<'-10' | '-5' | '5' | '10', number>;
}

export const figure = defineFigure<Data, typeof TEXT>({
  id: 'notes-gradient-sigmoid-derivative',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const zs = zGrid(10);
    const slope = zs.map(sigmoidSlope);
    const top = argMax(slope);
    return {
      zs,
      sigmoid: zs.map((z) => sigmoid.eval(z)),
      slope,
      peak: { z: zs[top]!, slope: slope[top]! },
      tails: { '-10': sigmoidSlope(-10), '-5': sigmoidSlope(-5), '5': sigmoidSlope(5), '10': sigmoidSlope(10) },
    };
  },
  draw(plot, data, text) {
    return plot.functionCurves({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      xs: data.zs,
      curves: [
        { name: text.legend.sigmoid, ys: data.sigmoid },
        { name: text.legend.slope, ys: data.slope },
      ],
    });
  },
  report({ peak, tails }, text) {
    return {
      numbers: [
        { quantity: text.quantities.peak, ours: text.at(fmt(peak.slope), fmt(peak.z)) },
        { quantity: text.quantities.five, ours: `${fmt(tails['-5'])}, ${fmt(tails['5'])}` },
        { quantity: text.quantities.ten, ours: `${fmt(tails['-10'])}, ${fmt(tails['10'])}` },
      ],
      notes: [text.notes.verdict, text.notes.tails, text.notes.how],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
