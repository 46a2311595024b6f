import { ActivationFunction } from './activation-function.js';

/** Hyperbolic tangent: outputs in (−1, 1), centred on 0; tanh′ = 1 − o². */
export class TanhAF extends ActivationFunction {
  readonly name: string = 'tanh';

  eval(z: number): number {
    return Math.tanh(z);
  }

  derivative(output: number): number {
    return 1 - output * output;
  }
}
