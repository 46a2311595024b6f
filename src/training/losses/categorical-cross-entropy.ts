import { PROBABILITY_FLOOR } from '../../core/cross-entropy-terms.js';
import { Loss } from './loss.js';
import { losses } from './registry.js';

/**
 * −Σⱼ tⱼ · ln oⱼ per example: the loss for outputs that are one probability
 * per class (a softmax output layer) and one-hot targets, where it is −ln of the
 * probability given to the right class. Through a softmax its gradient is
 * ∂loss/∂zⱼ = oⱼ·Σt − tⱼ = o − t (`deltaThroughSoftmax`): the softmax's slope
 * cancels, as the sigmoid's does with the binary cross-entropy.
 */
export class CategoricalCrossEntropy extends Loss {
  static readonly registeredName = 'categoricalCrossEntropy';
  readonly name: string = CategoricalCrossEntropy.registeredName;
  // Stryker disable next-line StringLiteral: Loss.scaleFor only tests for 'mean', so any other string (the mutant's '') adds the terms as 'sum' does
  protected readonly reduction = 'sum';

  // A class the example is not in (t = 0) adds nothing, even where o = 0.
  term(output: number, target: number): number {
    return target === 0 ? 0 : -target * Math.log(Math.max(output, PROBABILITY_FLOOR));
  }

  termGradient(output: number, target: number): number {
    return target === 0 ? 0 : -target / Math.max(output, PROBABILITY_FLOOR);
  }

  /** −∂loss/∂zⱼ through a softmax: tⱼ − oⱼ·Σt (t − o for a one-hot target, whose Σt is 1). */
  deltaThroughSoftmax(output: number, target: number, targetSum: number): number {
    return target - output * targetSum;
  }
}

losses.registerBuiltIn(CategoricalCrossEntropy.registeredName, () => new CategoricalCrossEntropy());
