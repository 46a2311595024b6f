// Companion note on the sigmoid and its gradient: σ and σ′ on z ∈ [−10, 10].
// σ′ = σ(1 − σ) peaks at 0.25 where σ = 0.5 (z = 0) and vanishes at both ends:
// it cannot "tend to infinity near 0", as the note claims.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
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

interface Data {
  zs: number[];
  sigmoid: number[];
  slope: number[];
  /** Largest σ′ on the grid and the z where it occurs. */
  peak: { z: number; slope: number };
  /** σ′ at z = −10, −5, 5, 10. */
  tails: Record<'-10' | '-5' | '5' | '10', number>;
}

export const figure: FigureScript<Data, typeof TEXT> = {
  id: 'notes-gradient-sigmoid-derivative',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const zs = zGrid(10);
    const values = zs.map((z) => sigmoid.eval(z));
    const slope = zs.map(sigmoidSlope);
    const top = argMax(slope);
    const peak = { z: zs[top]!, slope: slope[top]! };
    const tails = { '-10': sigmoidSlope(-10), '-5': sigmoidSlope(-5), '5': sigmoidSlope(5), '10': sigmoidSlope(10) };

    const png = await plot.functionCurves({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      xs: zs,
      curves: [
        { name: text.legend.sigmoid, ys: values },
        { name: text.legend.slope, ys: slope },
      ],
    });
    return {
      png,
      numbers: [
        { quantity: text.quantities.peak, ours: text.at(fmt(peak.slope), fmt(peak.z)) },
        { quantity: text.quantities.five, ours: `${fmt(tails['-5'])}, ${fmt(tails['5'])}` },
        { quantity: text.quantities.ten, ours: `${fmt(tails['-10'])}, ${fmt(tails['10'])}` },
      ],
      notes: [text.notes.verdict, text.notes.tails, text.notes.how],
      data: { zs, sigmoid: values, slope, peak, tails },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
