import { Loss } from './loss.js';
import { losses } from './registry.js';

// Outputs are kept this far from 0 and 1 so the loss stays finite when a
// sigmoid saturates to exactly 0 or 1.
const EPSILON = 1e-15;

/**
 * −[t·ln o + (1 − t)·ln(1 − o)], averaged over the outputs: the loss for
 * sigmoid outputs. Its gradient (o − t)/(o(1 − o)) cancels the sigmoid's slope
 * o(1 − o), so ∂loss/∂z = o − t: a confidently wrong unit still learns, where
 * with squared error its gradient vanishes.
 */
export class BinaryCrossEntropy extends Loss {
  static readonly registeredName: string = 'binaryCrossEntropy';
  readonly name: string = BinaryCrossEntropy.registeredName;
  protected readonly reduction: 'mean' | 'sum' = 'mean';

  term(output: number, target: number): number {
    const o = clamp(output);
    return -(target * Math.log(o) + (1 - target) * Math.log(1 - o));
  }

  termGradient(output: number, target: number): number {
    const o = clamp(output);
    return (o - target) / (o * (1 - o));
  }
}

function clamp(output: number): number {
  return Math.min(1 - EPSILON, Math.max(EPSILON, output));
}

losses.registerBuiltIn(BinaryCrossEntropy.registeredName, () => new BinaryCrossEntropy());
