import { ActivationFunction } from './activation-function.js';
import { activations } from './registry.js';

/** Rectified linear unit: max(0, z); slope 1 where the output is positive, else 0. */
export class ReLUAF extends ActivationFunction {
  static readonly registeredName = 'relu';
  readonly name: string = ReLUAF.registeredName;

  eval(z: number): number {
    // Stryker disable next-line EqualityOperator: at z = 0 both branches give zero
    return z > 0 ? z : 0;
  }

  derivative(output: number): number {
    return output > 0 ? 1 : 0;
  }
}

activations.registerBuiltIn(ReLUAF.registeredName, () => new ReLUAF());
