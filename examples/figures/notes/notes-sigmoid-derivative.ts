// Theory note D ("sigmoid and its gradient"): σ and σ′ on z ∈ [−10, 10].
// σ′ = σ(1 − σ) peaks at 0.25 where σ = 0.5 (z = 0) and vanishes at both ends:
// it cannot "tend to infinity near 0", as note D claims.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { argMax, sigmoid, sigmoidSlope, zGrid } from './sigmoid-unit.js';

interface Data {
  zs: number[];
  sigmoid: number[];
  slope: number[];
  /** Largest σ′ on the grid and the z where it occurs. */
  peak: { z: number; slope: number };
  /** σ′ at z = −10, −5, 5, 10. */
  tails: Record<'-10' | '-5' | '5' | '10', number>;
}

export const figure: FigureScript<Data> = {
  id: 'notes-sigmoid-derivative',
  bookRef: 'Theory notes (BOOK.md §5), note D: sigmoid and its gradient',
  caption: 'The sigmoid σ(z) and its derivative σ′(z) = σ(1 − σ): σ′ peaks at 0.25 at z = 0 and vanishes at both ends',
  async render(plot: PlotService) {
    const zs = zGrid(10);
    const values = zs.map((z) => sigmoid.eval(z));
    const slope = zs.map(sigmoidSlope);
    const top = argMax(slope);
    const peak = { z: zs[top]!, slope: slope[top]! };
    const tails = { '-10': sigmoidSlope(-10), '-5': sigmoidSlope(-5), '5': sigmoidSlope(5), '10': sigmoidSlope(10) };

    const png = await plot.functionCurves({
      title: 'The sigmoid and its derivative',
      xLabel: 'z',
      yLabel: 'value',
      xs: zs,
      curves: [
        { name: 'σ(z)', ys: values },
        { name: "σ′(z) = σ(z)(1 − σ(z)), at most 0.25", ys: slope },
      ],
    });
    return {
      png,
      numbers: [
        { quantity: 'largest σ′', book: 'note D: "tends to infinity near 0"', ours: `${fmt(peak.slope)} at z = ${fmt(peak.z)}` },
        { quantity: 'σ′(−5) = σ′(5)', book: '–', ours: `${fmt(tails['-5'])}, ${fmt(tails['5'])}` },
        { quantity: 'σ′(−10) = σ′(10)', book: '–', ours: `${fmt(tails['-10'])}, ${fmt(tails['10'])}` },
      ],
      notes: [
        'Corrects note D (§3.2 and its Q2): σ′ = σ(1 − σ) is a product of two numbers in (0, 1) that add up to 1, so it is at most 0.5 · 0.5 = 0.25, reached at z = 0 where σ = 0.5. It never grows without bound; the sigmoid cannot cause exploding gradients (those come from products of large weights).',
        'Note D says the gradient goes to 0 as the input grows; it also goes to 0 as z → −∞ (σ′ is even).',
        'σ′ is computed from the output, σ′ = o(1 − o), with the library’s SigmoidAF.derivative, as training does; z is sampled every 0.01 on [−10, 10], z = 0 included exactly.',
      ],
      data: { zs, sigmoid: values, slope, peak, tails },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
