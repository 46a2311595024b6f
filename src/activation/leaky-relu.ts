import { InvalidArgumentError } from '../errors.js';
import { ActivationFunction } from './activation-function.js';
import { activations } from './registry.js';

/** Leaky ReLU: z for z > 0, else slope·z. */
export class LeakyReLUAF extends ActivationFunction {
  static readonly registeredName = 'leakyRelu';
  readonly name: string = LeakyReLUAF.registeredName;

  /** @param slope the slope for negative z, in (0, 1]; 0.01 by default. */
  constructor(readonly slope = 0.01) {
    super();
    // A positive slope keeps sign(output) = sign(z), so the output alone tells the branch.
    if (!Number.isFinite(slope) || slope <= 0 || slope > 1) {
      throw new InvalidArgumentError('LeakyReLUAF slope', `must be in (0, 1], got ${slope}`);
    }
  }

  eval(z: number): number {
    // Stryker disable next-line EqualityOperator: at z = 0 both branches give zero
    return z > 0 ? z : this.slope * z;
  }

  derivative(output: number): number {
    return output > 0 ? 1 : this.slope;
  }

  override config(): Record<string, number> {
    return { slope: this.slope };
  }
}

activations.registerBuiltIn(LeakyReLUAF.registeredName, (config) => new LeakyReLUAF(config.slope));
