import { binaryCrossEntropyTerm, clampProbability } from '../../core/cross-entropy-terms.js';
import { Loss } from './loss.js';
import { losses } from './registry.js';

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
    return binaryCrossEntropyTerm(output, target);
  }

  termGradient(output: number, target: number): number {
    const o = clampProbability(output);
    return (o - target) / (o * (1 - o));
  }
}

losses.registerBuiltIn(BinaryCrossEntropy.registeredName, () => new BinaryCrossEntropy());
