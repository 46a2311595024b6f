import { ActivationFunction } from './activation-function.js';
import { activations } from './registry.js';

/** Hyperbolic tangent: outputs in (−1, 1), centred on 0; tanh′ = 1 − o². */
export class TanhAF extends ActivationFunction {
  static readonly registeredName = 'tanh';
  readonly name: string = TanhAF.registeredName;

  eval(z: number): number {
    return Math.tanh(z);
  }

  derivative(output: number): number {
    return 1 - output * output;
  }
}

activations.registerBuiltIn(TanhAF.registeredName, () => new TanhAF());
