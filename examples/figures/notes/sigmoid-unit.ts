// Shared by the theory-note figures: one sigmoid unit o = σ(z), sampled over z,
// and what a loss does to it. Everything goes through the library's own classes
// (SigmoidAF, the losses), so the figures show what training actually computes.
import { BinaryCrossEntropy, MeanSquaredError, SigmoidAF, type Loss } from '../../../src/index.js';

/** The book's sigmoid. */
export const sigmoid = new SigmoidAF();

/** z = −limit … limit in steps of 1/perUnit, built from integers so z = 0 is exactly a sample. */
export function zGrid(limit = 10, perUnit = 100): number[] {
  return Array.from({ length: 2 * limit * perUnit + 1 }, (_, i) => (i - limit * perUnit) / perUnit);
}

/** σ′(z) as the library computes it during training: from the output, o·(1 − o). */
export function sigmoidSlope(z: number): number {
  return sigmoid.derivative(sigmoid.eval(z));
}

/** The loss of one sigmoid output unit with pre-activation z and target y. */
export function lossOfUnit(loss: Loss, z: number, y: number): number {
  return loss.value([sigmoid.eval(z)], [y]);
}

/** ∂loss/∂z of that unit: the chain rule ∂loss/∂o · σ′, as backpropagation computes it. */
export function lossSlopeOfUnit(loss: Loss, z: number, y: number): number {
  const o = sigmoid.eval(z);
  return loss.gradient([o], [y])[0]! * sigmoid.derivative(o);
}

/** The index of the largest value (the first one on ties). */
export function argMax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/** The two losses compared for a sigmoid output unit, in drawing order (blue, then red). */
export const OUTPUT_LOSSES: readonly { key: 'mse' | 'bce'; loss: Loss }[] = [
  { key: 'mse', loss: new MeanSquaredError() },
  { key: 'bce', loss: new BinaryCrossEntropy() },
];

/** The strings both output-unit figures share: the two losses' names and the z axis. */
export const OUTPUT_UNIT_TEXT = {
  losses: { mse: 'MSE (y − σ(z))²', bce: 'binary cross-entropy −ln σ(z)' },
  zLabel: 'z (pre-activation; o = σ(z))',
};

/** OUTPUT_UNIT_TEXT in Chinese. */
export const OUTPUT_UNIT_TEXT_ZH: typeof OUTPUT_UNIT_TEXT = {
  losses: { mse: 'MSE (y − σ(z))²', bce: '二元交叉熵 −ln σ(z)' },
  zLabel: 'z（预激活值；o = σ(z)）',
};

/** Note C's target: the unit should output 1. */
export const TARGET = 1;

/** A quantity of one sigmoid output unit (its loss, or ∂loss/∂z) for each loss over `zs`, target `TARGET`. */
export function curvesOverZ(zs: readonly number[], of: (loss: Loss, z: number, y: number) => number) {
  return OUTPUT_LOSSES.map(({ key, loss }) => ({ key, ys: zs.map((z) => of(loss, z, TARGET)) }));
}
