// Theory note C ("motivation of sigmoid output units"): the loss of one sigmoid
// output unit with target y = 1 against its pre-activation z, for MSE through
// the sigmoid and for binary cross-entropy. When the unit is confidently wrong
// (z ≪ 0) MSE flattens out at 1, while cross-entropy keeps growing like −z.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { curvesOverZ, lossOfUnit, OUTPUT_LOSSES, TARGET, zGrid } from './sigmoid-unit.js';

interface Data {
  zs: number[];
  /** MSE, then binary cross-entropy, at each z. */
  curves: { name: string; ys: number[] }[];
  /** Each loss at z = −20, 0 and 10. */
  at: Record<'-20' | '0' | '10', [mse: number, bce: number]>;
}

export const figure: FigureScript<Data> = {
  id: 'notes-output-loss-saturation',
  bookRef: 'Theory notes (BOOK.md §5), note C: sigmoid output units',
  caption: 'Loss of one sigmoid output unit with target y = 1 against z: MSE flattens at 1 when the unit is confidently wrong, cross-entropy keeps growing',
  async render(plot: PlotService) {
    const zs = zGrid(10);
    const curves = curvesOverZ(zs, lossOfUnit);
    const both = (z: number) => OUTPUT_LOSSES.map(({ loss }) => lossOfUnit(loss, z, TARGET)) as [number, number];
    const at = { '-20': both(-20), '0': both(0), '10': both(10) };

    const png = await plot.functionCurves({
      title: 'Loss of a sigmoid output unit, target y = 1',
      xLabel: 'z (pre-activation; o = σ(z))',
      yLabel: 'loss',
      xs: zs,
      curves,
    });
    return {
      png,
      numbers: [
        { quantity: 'loss at z = −20 (MSE, BCE)', book: '–', ours: `${fmt(at['-20'][0])}, ${fmt(at['-20'][1])}` },
        { quantity: 'loss at z = 0 (MSE, BCE)', book: '–', ours: `${fmt(at['0'][0])}, ${fmt(at['0'][1])}` },
        { quantity: 'loss at z = 10 (MSE, BCE)', book: '–', ours: `${fmt(at['10'][0])}, ${fmt(at['10'][1])}` },
      ],
      notes: [
        'Note C is right: MSE through a sigmoid is bounded by 1 and flat for z ≪ 0, so a confidently wrong unit sits on a plateau; cross-entropy −ln σ(z) ≈ −z there and keeps pulling. The gradients are in notes-output-gradient-saturation.',
        'Losses are the library’s MeanSquaredError and BinaryCrossEntropy value() of the output σ(z); z is sampled every 0.01 on [−10, 10].',
        'Link to the book: NMNetwork’s backward pass uses δ = A − Y, the cross-entropy gradient, while the neuron-based NNetwork uses (d − o)·o(1 − o), the squared-error gradient.',
      ],
      data: { zs, curves, at },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
