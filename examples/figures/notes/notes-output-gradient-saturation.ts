// Companion note on sigmoid output units: ∂loss/∂z of one sigmoid output unit
// with target y = 1, for MSE through the sigmoid and for binary cross-entropy.
// Cross-entropy's is σ(z) − y: near −1 when confidently wrong. MSE's,
// 2(σ − y)·σ(1 − σ), vanishes exactly there: the unit stops learning.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { argMax, curvesOverZ, lossSlopeOfUnit, OUTPUT_LOSSES, OUTPUT_UNIT_TEXT, sigmoid, TARGET, zGrid } from './sigmoid-unit.js';

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

export const figure: FigureScript<Data, typeof TEXT> = {
  id: 'notes-output-gradient-saturation',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const zs = zGrid(10);
    const curves = curvesOverZ(zs, lossSlopeOfUnit);
    const [mse, bce] = OUTPUT_LOSSES.map(({ loss }) => loss);
    const atMinus20: [number, number] = [lossSlopeOfUnit(mse!, -20, TARGET), lossSlopeOfUnit(bce!, -20, TARGET)];
    const bceDeviation = Math.max(...zs.map((z, i) => Math.abs(curves[1]!.ys[i]! - (sigmoid.eval(z) - TARGET))));
    const steepest = argMax(curves[0]!.ys.map(Math.abs));
    const mseSteepest = { z: zs[steepest]!, slope: curves[0]!.ys[steepest]! };

    const png = await plot.functionCurves({
      title: text.title,
      xLabel: text.zLabel,
      yLabel: text.yLabel,
      xs: zs,
      curves: curves.map((c) => ({ name: text.curve(text.losses[c.key]), ys: c.ys })),
    });
    return {
      png,
      numbers: [
        { quantity: text.quantities.bceAt, ours: fmt(atMinus20[1]) },
        { quantity: text.quantities.mseAt, ours: fmt(atMinus20[0]) },
        { quantity: text.quantities.bceFormula, ours: fmt(bceDeviation) },
        { quantity: text.quantities.steepest, ours: text.at(fmt(mseSteepest.slope), fmt(mseSteepest.z)) },
      ],
      notes: [text.notes.verdict, text.notes.how, text.notes.steepest],
      data: { zs, curves, atMinus20, bceDeviation, mseSteepest },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
