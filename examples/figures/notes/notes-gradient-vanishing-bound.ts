// Companion note on the sigmoid and its gradient, continued: since σ′ ≤ 0.25,
// the factor the sigmoids contribute to a gradient through L sigmoid layers is
// at most 0.25^L. Sigmoid gradients vanish with depth; they cannot explode.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { sigmoid } from './sigmoid-unit.js';

const DEPTHS = Array.from({ length: 10 }, (_, i) => i + 1);

const TEXT = {
  claim:
    'The same note concludes that sigmoids cause exploding gradients. Through L sigmoid layers the gradient gets one factor σ′ per layer; this figure bounds their product.',
  caption: 'The sigmoids’ share of a gradient through L sigmoid layers is at most 0.25^L: it vanishes with depth instead of exploding',
  title: 'Product of sigmoid derivatives through L layers',
  xLabel: 'number of sigmoid layers L',
  yLabel: '∏ σ′ (log scale)',
  legend: { bound: 'bound 0.25^L', chain: 'chain of sigmoid units, weights 1, input 0' },
  quantities: { bound: 'bound after 10 sigmoid layers', chain: 'chain of 10 units, weights 1, input 0' },
  notes: {
    verdict:
      'Wrong again: by the chain rule, ∂a_L/∂a_0 through L sigmoid layers multiplies L factors σ′(z_l) ≤ 0.25 (see notes-gradient-sigmoid-derivative) and the weights in between. The sigmoids alone shrink a gradient at least 4 times per layer: they make it vanish; only weights larger than 4 in magnitude can make it grow.',
    chain: 'The chain a_l = σ(a_{l−1}), a_0 = 0, shows a real product: its first factor is exactly 0.25 (z = 0), the later ones are smaller because z = a_{l−1} ≈ 0.5–0.66 is away from 0.',
  },
};

const TEXT_ZH: typeof TEXT = {
  claim:
    '同一篇笔记的结论是 sigmoid 会导致梯度爆炸。梯度每经过一个 sigmoid 层就乘上一个因子 σ′；这张图给出经过 L 层后这些因子乘积的上界。',
  caption: '经过 L 个 sigmoid 层后，sigmoid 对梯度贡献的因子最多为 0.25^L：它随深度消失，而不是爆炸',
  title: '经过 L 层后 sigmoid 导数的乘积',
  xLabel: 'sigmoid 层数 L',
  yLabel: '∏ σ′（对数刻度）',
  legend: { bound: '上界 0.25^L', chain: 'sigmoid 单元链，权重为 1，输入为 0' },
  quantities: { bound: '经过 10 个 sigmoid 层后的上界', chain: '10 个单元的链，权重为 1，输入为 0' },
  notes: {
    verdict:
      '又错了：由链式法则，经过 L 个 sigmoid 层的 ∂a_L/∂a_0 是 L 个因子 σ′(z_l) ≤ 0.25（见 notes-gradient-sigmoid-derivative）与中间各层权重的乘积。仅 sigmoid 本身就让梯度每层至少缩小到四分之一：它使梯度消失；只有绝对值大于 4 的权重才能让梯度变大。',
    chain: '链 a_l = σ(a_{l−1})、a_0 = 0 给出一个实际的乘积：它的第一个因子恰好是 0.25（z = 0），后面的因子更小，因为 z = a_{l−1} ≈ 0.5–0.66 离 0 较远。',
  },
};

interface Data {
  depths: number[];
  /** 0.25^L. */
  bound: number[];
  /** ∏ σ′ along a chain of L sigmoid units with weight 1 and no bias, fed x = 0. */
  chain: number[];
}

export const figure = defineFigure<Data, typeof TEXT>({
  id: 'notes-gradient-vanishing-bound',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return { depths: DEPTHS, bound: DEPTHS.map((L) => 0.25 ** L), chain: chainSlopes(DEPTHS.length) };
  },
  draw(plot, { depths, bound, chain }, text) {
    return plot.lossCurve({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      logScale: true,
      series: [
        { name: text.legend.bound, xs: depths, values: bound },
        { name: text.legend.chain, xs: depths, values: chain },
      ],
    });
  },
  report({ bound, chain }, text) {
    return {
      numbers: [
        { quantity: text.quantities.bound, ours: fmt(bound[9]!) },
        { quantity: text.quantities.chain, ours: fmt(chain[9]!) },
      ],
      notes: [text.notes.verdict, text.notes.chain],
    };
  },
});

/** ∏_{l ≤ L} σ′(z_l) for L = 1..depth along a_l = σ(a_{l−1}), a_0 = 0 (σ′ from the output, as the library does). */
function chainSlopes(depth: number): number[] {
  const products: number[] = [];
  let a = 0;
  let product = 1;
  for (let l = 1; l <= depth; l++) {
    a = sigmoid.eval(a);
    product *= sigmoid.derivative(a);
    products.push(product);
  }
  return products;
}

if (isMain(import.meta.url)) await renderStandalone(figure);
