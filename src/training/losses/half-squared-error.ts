import { Loss } from './loss.js';

/**
 * ½ Σ (target − output)², the loss the book's delta rule descends: its
 * gradient, output − target, is minus the book's error (target − output).
 */
export class HalfSquaredError extends Loss {
  readonly name: string = 'halfSquaredError';
  protected readonly reduction = 'sum';

  term(output: number, target: number): number {
    const error = target - output;
    return 0.5 * error * error;
  }

  termGradient(output: number, target: number): number {
    return output - target;
  }
}
