// A new activation, written outside src/: softplus, a smooth ReLU.
// One small class, plus a registration so model files can name it.
import { ActivationFunction, activationNames, registerActivation } from '../../src/index.js';

export class SoftplusAF extends ActivationFunction {
  readonly name = 'softplus';

  /** ln(1 + e^z), computed without overflow for large |z|. */
  eval(z: number): number {
    return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
  }

  /** σ(z), written with the output o: e^o = 1 + e^z, so σ(z) = 1 − e^−o. */
  derivative(output: number): number {
    return -Math.expm1(-output);
  }
}

/** Registers softplus by name once (safe to call again). */
export function registerSoftplus(): void {
  if (!activationNames().includes('softplus')) registerActivation('softplus', () => new SoftplusAF());
}
