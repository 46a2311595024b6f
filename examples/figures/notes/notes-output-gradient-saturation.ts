// Theory note C ("motivation of sigmoid output units"): ∂loss/∂z of one sigmoid
// output unit with target y = 1, for MSE through the sigmoid and for binary
// cross-entropy. Cross-entropy's is σ(z) − y: near −1 when confidently wrong.
// MSE's, 2(σ − y)·σ(1 − σ), vanishes exactly there: the unit stops learning.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { argMax, curvesOverZ, lossSlopeOfUnit, OUTPUT_LOSSES, sigmoid, TARGET, zGrid } from './sigmoid-unit.js';

interface Data {
  zs: number[];
  /** ∂loss/∂z for MSE, then for binary cross-entropy, at each z. */
  curves: { name: string; ys: number[] }[];
  /** ∂loss/∂z at z = −20 (MSE, BCE): note C's check. */
  atMinus20: [mse: number, bce: number];
  /** Largest |BCE ∂loss/∂z − (σ(z) − y)| over the grid. */
  bceDeviation: number;
  /** Where MSE's gradient is steepest: z and ∂loss/∂z there. */
  mseSteepest: { z: number; slope: number };
}

export const figure: FigureScript<Data> = {
  id: 'notes-output-gradient-saturation',
  bookRef: 'Theory notes (BOOK.md §5), note C: sigmoid output units',
  caption: 'Gradient ∂loss/∂z of one sigmoid output unit with target y = 1: cross-entropy gives σ(z) − 1 → −1 when confidently wrong, MSE’s gradient vanishes there',
  async render(plot: PlotService) {
    const zs = zGrid(10);
    const curves = curvesOverZ(zs, lossSlopeOfUnit);
    const [mse, bce] = OUTPUT_LOSSES.map(({ loss }) => loss);
    const atMinus20: [number, number] = [lossSlopeOfUnit(mse!, -20, TARGET), lossSlopeOfUnit(bce!, -20, TARGET)];
    const bceDeviation = Math.max(...zs.map((z, i) => Math.abs(curves[1]!.ys[i]! - (sigmoid.eval(z) - TARGET))));
    const steepest = argMax(curves[0]!.ys.map(Math.abs));
    const mseSteepest = { z: zs[steepest]!, slope: curves[0]!.ys[steepest]! };

    const png = await plot.functionCurves({
      title: 'Gradient of the loss with respect to z, target y = 1',
      xLabel: 'z (pre-activation; o = σ(z))',
      yLabel: '∂loss/∂z',
      xs: zs,
      curves: curves.map((c) => ({ ...c, name: `∂/∂z of ${c.name}` })),
    });
    return {
      png,
      numbers: [
        { quantity: 'BCE ∂loss/∂z at z = −20', book: 'note C: −1.000', ours: fmt(atMinus20[1]) },
        { quantity: 'MSE ∂loss/∂z at z = −20', book: 'note C: −4e−9', ours: fmt(atMinus20[0]) },
        { quantity: 'BCE ∂loss/∂z equals σ(z) − y', book: 'note C: yes', ours: `largest difference ${fmt(bceDeviation)}` },
        { quantity: 'steepest MSE ∂loss/∂z', book: '–', ours: `${fmt(mseSteepest.slope)} at z = ${fmt(mseSteepest.z)}` },
      ],
      notes: [
        'Confirms note C: with cross-entropy, ∂loss/∂z = σ(z) − y, which reaches 0 only when the unit is confidently right and magnitude 1 when it is confidently wrong; through MSE the factor σ(1 − σ) makes the gradient vanish at both ends, so a confidently wrong unit hardly learns.',
        'Gradients are the library’s loss gradient() at o = σ(z) times SigmoidAF.derivative(o), the chain rule backpropagation uses; MSE = (y − o)² has ∂/∂o = 2(o − y), hence note C’s −4e−9 at z = −20 (without the 2 it would be −2e−9).',
        'MSE’s gradient is steepest where σ(z) = 1/3, i.e. z = −ln 2 ≈ −0.69, with magnitude 8/27 ≈ 0.296.',
      ],
      data: { zs, curves, atMinus20, bceDeviation, mseSteepest },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
