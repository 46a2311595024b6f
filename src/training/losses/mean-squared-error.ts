import { Loss } from './loss.js';
import { losses } from './registry.js';

/**
 * The chapter's J = 1/n Σ (yᵢ − f(xᵢ))²: per example the mean over outputs of
 * (target − output)²; trainers average it over the examples.
 */
export class MeanSquaredError extends Loss {
  static readonly registeredName = 'mse';
  readonly name: string = MeanSquaredError.registeredName;
  protected readonly reduction = 'mean';

  term(output: number, target: number): number {
    const error = target - output;
    return error * error;
  }

  termGradient(output: number, target: number): number {
    return 2 * (output - target);
  }
}

losses.registerBuiltIn(MeanSquaredError.registeredName, () => new MeanSquaredError());
