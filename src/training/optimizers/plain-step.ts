import { Optimizer } from './optimizer.js';
import { optimizers } from './registry.js';

/** The plain rule of gradient descent, p ← p − learningRate · g: the book's step. */
export class PlainStep extends Optimizer {
  static readonly registeredName = 'plain';
  readonly name: string = PlainStep.registeredName;

  step(parameters: readonly Float64Array[], gradients: readonly Float64Array[], learningRate: number): void {
    for (let k = 0; k < parameters.length; k++) {
      const p = parameters[k]!;
      const g = gradients[k]!;
      // Stryker disable next-line EqualityOperator: `<=` adds a step at i = p.length, whose NaN is written past the end of p (a no-op on a typed array, a view included); the `>=` variant, which the tests kill, is turned off with it
      for (let i = 0; i < p.length; i++) p[i]! -= learningRate * g[i]!;
    }
  }

  /** True, unless a subclass changed `step`. */
  override isPlainStep(): boolean {
    return this.step === PlainStep.prototype.step;
  }
}

optimizers.registerBuiltIn(PlainStep.registeredName, () => new PlainStep());
