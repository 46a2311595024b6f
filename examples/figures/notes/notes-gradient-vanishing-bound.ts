// Companion note on the sigmoid and its gradient, continued: since σ′ ≤ 0.25,
// the factor the sigmoids contribute to a gradient through L sigmoid layers is
// at most 0.25^L. Sigmoid gradients vanish with depth; they cannot explode.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
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

interface Data {
  depths: number[];
  /** 0.25^L. */
  bound: number[];
  /** ∏ σ′ along a chain of L sigmoid units with weight 1 and no bias, fed x = 0. */
  chain: number[];
}

export const figure: FigureScript<Data, typeof TEXT> = {
  id: 'notes-gradient-vanishing-bound',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const bound = DEPTHS.map((L) => 0.25 ** L);
    const chain = chainSlopes(DEPTHS.length);
    const png = await plot.lossCurve({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      logScale: true,
      series: [
        { name: text.legend.bound, xs: DEPTHS, values: bound },
        { name: text.legend.chain, xs: DEPTHS, values: chain },
      ],
    });
    return {
      png,
      numbers: [
        { quantity: text.quantities.bound, ours: fmt(bound[9]!) },
        { quantity: text.quantities.chain, ours: fmt(chain[9]!) },
      ],
      notes: [text.notes.verdict, text.notes.chain],
      data: { depths: DEPTHS, bound, chain },
    };
  },
};

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
