import { ActivationFunction } from './activation-function.js';
import { activations } from './registry.js';

/**
 * The book's `StepAF`: 1 when z > 0, else 0.
 *
 * Its derivative is 1 on purpose (the true one is 0): with it the neuron's
 * delta rule becomes the classic perceptron rule w += lr·(d − o)·x.
 */
export class StepAF extends ActivationFunction {
  static readonly registeredName = 'step';
  readonly name: string = StepAF.registeredName;

  eval(z: number): number {
    return z > 0 ? 1 : 0;
  }

  derivative(_output: number): number {
    return 1;
  }
}

activations.registerBuiltIn(StepAF.registeredName, () => new StepAF());
