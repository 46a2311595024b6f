import { ActivationFunction } from './activation-function.js';
import { activations } from './registry.js';

/** The book's `SigmoidAF`: σ(z) = 1 / (1 + e^−z), σ′ = o·(1 − o). */
export class SigmoidAF extends ActivationFunction {
  static readonly registeredName = 'sigmoid';
  readonly name: string = SigmoidAF.registeredName;

  // The book's formula, kept so our numbers match the book's to the last digit.
  // It cannot give NaN for any finite z: e^−z overflows to Infinity and 1/∞ = 0.
  eval(z: number): number {
    return 1 / (1 + Math.exp(-z));
  }

  derivative(output: number): number {
    return output * (1 - output);
  }
}

activations.registerBuiltIn(SigmoidAF.registeredName, () => new SigmoidAF());
