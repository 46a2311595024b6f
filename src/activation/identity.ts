import { ActivationFunction } from './activation-function.js';

/** The identity: o = z, slope 1. A neuron with it is a linear model. */
export class IdentityAF extends ActivationFunction {
  readonly name: string = 'identity';

  eval(z: number): number {
    return z;
  }

  derivative(_output: number): number {
    return 1;
  }
}
