// A new optimizer, written outside src/: gradient descent with momentum in
// Polyak's "heavy ball" form. One class: it checks its setting in the
// constructor, keeps a velocity per parameter, and only changes how parameters
// move, so any trainer (GD, SGD, your own) can use it. Registered by name, the
// CLI and your programs can ask for it.
import { InvalidArgumentError, Optimizer, optimizers } from '../../src/index.js';

export class HeavyBall extends Optimizer {
  static readonly registeredName = 'heavyBall';
  readonly name: string = HeavyBall.registeredName;
  // Per-parameter state, keyed by the parameter array: it follows the model.
  private readonly velocities = new WeakMap<Float64Array, Float64Array>();

  /** @param momentum how much of the previous step carries over, in [0, 1); 0 is plain gradient descent. */
  constructor(readonly momentum = 0.9) {
    super();
    if (!(momentum >= 0 && momentum < 1)) throw new InvalidArgumentError('momentum', `must be in [0, 1), got ${momentum}`);
  }

  /** v ← momentum·v − learningRate·g;  p ← p + v. */
  step(parameters: readonly Float64Array[], gradients: readonly Float64Array[], learningRate: number): void {
    parameters.forEach((p, k) => {
      const g = gradients[k]!;
      const v = this.velocityOf(p);
      for (let i = 0; i < p.length; i++) {
        v[i] = this.momentum * v[i]! - learningRate * g[i]!;
        p[i]! += v[i]!;
      }
    });
  }

  override config(): Record<string, number> {
    return { momentum: this.momentum };
  }

  private velocityOf(parameter: Float64Array): Float64Array {
    let velocity = this.velocities.get(parameter);
    if (velocity === undefined) {
      velocity = new Float64Array(parameter.length);
      this.velocities.set(parameter, velocity);
    }
    return velocity;
  }
}

/** Registers `HeavyBall` as 'heavyBall' (once). */
export function registerHeavyBall(): void {
  if (!optimizers.has(HeavyBall.registeredName)) {
    optimizers.register(HeavyBall.registeredName, (config) => new HeavyBall(config.momentum));
  }
}
