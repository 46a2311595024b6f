import { Loss } from './loss.js';
import { losses } from './registry.js';

/**
 * ½ Σ (target − output)², the loss the book's delta rule descends: its
 * gradient, output − target, is minus the book's error (target − output).
 */
export class HalfSquaredError extends Loss {
  static readonly registeredName = 'halfSquaredError';
  readonly name: string = HalfSquaredError.registeredName;
  // Stryker disable next-line StringLiteral: Loss.scaleFor only tests for 'mean', so any other string (the mutant's '') adds the terms as 'sum' does
  protected readonly reduction = 'sum';

  term(output: number, target: number): number {
    const error = target - output;
    return 0.5 * error * error;
  }

  termGradient(output: number, target: number): number {
    return output - target;
  }
}

losses.registerBuiltIn(HalfSquaredError.registeredName, () => new HalfSquaredError());
