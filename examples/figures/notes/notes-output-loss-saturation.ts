// Companion note on sigmoid output units: the loss of one sigmoid output unit
// with target y = 1 against its pre-activation z, for MSE through the sigmoid and
// for binary cross-entropy. When the unit is confidently wrong (z ≪ 0) MSE
// flattens out at 1, while cross-entropy keeps growing like −z.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { curvesOverZ, lossOfUnit, OUTPUT_LOSSES, OUTPUT_UNIT_TEXT, TARGET, zGrid } from './sigmoid-unit.js';

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

interface Data {
  zs: number[];
  /** MSE, then binary cross-entropy, at each z. */
  curves: { key: 'mse' | 'bce'; ys: number[] }[];
  /** Each loss at z = −20, 0 and 10. */
  at: Record<'-20' | '0' | '10', [mse: number, bce: number]>;
}

export const figure: FigureScript<Data, typeof TEXT> = {
  id: 'notes-output-loss-saturation',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const zs = zGrid(10);
    const curves = curvesOverZ(zs, lossOfUnit);
    const both = (z: number) => OUTPUT_LOSSES.map(({ loss }) => lossOfUnit(loss, z, TARGET)) as [number, number];
    const at = { '-20': both(-20), '0': both(0), '10': both(10) };

    const png = await plot.functionCurves({
      title: text.title,
      xLabel: text.zLabel,
      yLabel: text.yLabel,
      xs: zs,
      curves: curves.map((c) => ({ name: text.losses[c.key], ys: c.ys })),
    });
    return {
      png,
      numbers: ([-20, 0, 10] as const).map((z) => ({
        quantity: text.quantities.at(fmt(z)),
        ours: at[`${z}`].map((v) => fmt(v)).join(', '),
      })),
      notes: [text.notes.verdict, text.notes.how, text.notes.book],
      data: { zs, curves, at },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
