import { ActivationFunction } from './activation-function.js';
import { activations } from './registry.js';

/** The identity: o = z, slope 1. A neuron with it is a linear model. */
export class IdentityAF extends ActivationFunction {
  static readonly registeredName = 'identity';
  readonly name: string = IdentityAF.registeredName;

  eval(z: number): number {
    return z;
  }

  derivative(_output: number): number {
    return 1;
  }
}

activations.registerBuiltIn(IdentityAF.registeredName, () => new IdentityAF());
