import { Optimizer } from './optimizer.js';
import { optimizers } from './registry.js';
import { checkFraction, stateOf } from './settings.js';

/**
 * Gradient descent with momentum, PyTorch's rule (`torch.optim.SGD` with
 * `momentum`): a velocity per parameter, v ← μ·v + g, then p ← p − lr·v. The
 * velocity starts at 0, so the first step is the plain one; on a long, shallow
 * valley the steps add up where the gradients agree and cancel where they
 * alternate. μ = 0 is plain gradient descent.
 */
export class Momentum extends Optimizer {
  static readonly registeredName = 'momentum';
  readonly name: string = Momentum.registeredName;
  // Per-parameter state, keyed by the parameter array: it follows the model from one `train` to the next.
  private readonly velocities = new WeakMap<Float64Array, Float64Array>();

  /**
   * @param momentum μ, how much of the last velocity carries over, in [0, 1); 0.9 by default.
   * @throws InvalidArgumentError naming `momentum` when it is outside [0, 1).
   */
  constructor(readonly momentum = 0.9) {
    super();
    checkFraction('momentum', momentum);
  }

  step(parameters: readonly Float64Array[], gradients: readonly Float64Array[], learningRate: number): void {
    const mu = this.momentum;
    for (let k = 0; k < parameters.length; k++) {
      const p = parameters[k]!;
      const g = gradients[k]!;
      const v = stateOf(this.velocities, p, () => new Float64Array(p.length));
      // Stryker disable next-line EqualityOperator: `<=` adds a step at i = p.length, whose reads are undefined and whose NaNs are written past the ends of v and p (no-ops on a typed array, a view included); nothing carries over (the `>=` variant, which the tests kill, is turned off with it)
      for (let i = 0; i < p.length; i++) {
        v[i] = mu * v[i]! + g[i]!;
        p[i] = p[i]! - learningRate * v[i]!;
      }
    }
  }

  override config(): Record<string, number> {
    return { momentum: this.momentum };
  }
}

optimizers.registerBuiltIn(Momentum.registeredName, (config) => new Momentum(config.momentum));
