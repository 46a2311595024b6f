import { Optimizer } from './optimizer.js';
import { optimizers } from './registry.js';
import { checkPositive } from '../../util/validate.js';
import { checkFraction, stateOf } from './settings.js';

/** Adam's settings (PyTorch's defaults when omitted). */
export interface AdamSettings {
  /** β₁, how slowly the mean of the gradients forgets; 0.9 by default. */
  beta1?: number;
  /** β₂, how slowly the mean of their squares forgets; 0.999 by default. */
  beta2?: number;
  /** ε, added to the root of the squares' mean so that a zero gradient divides by something; 1e−8 by default. */
  epsilon?: number;
}

/** One parameter array's running means and step count. */
interface AdamState {
  /** m: the running mean of the gradients. */
  mean: Float64Array;
  /** v: the running mean of their squares. */
  meanSquare: Float64Array;
  /** t: the steps taken. */
  steps: number;
}

/**
 * Adam (Kingma & Ba, 2015), PyTorch's rule (`torch.optim.Adam`): per
 * parameter, running means m ← β₁·m + (1 − β₁)·g and v ← β₂·v + (1 − β₂)·g²,
 * corrected for starting at 0 (m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ)), then
 * p ← p − lr · m̂ / (√v̂ + ε). Each parameter's step is about lr in size
 * whatever its gradient's scale: the first step is lr · g / (|g| + ε).
 */
export class Adam extends Optimizer {
  static readonly registeredName = 'adam';
  readonly name: string = Adam.registeredName;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  private readonly states = new WeakMap<Float64Array, AdamState>();

  /** @throws InvalidArgumentError naming `beta1` or `beta2` outside [0, 1), or `epsilon` not above 0. */
  constructor(settings: AdamSettings = {}) {
    super();
    this.beta1 = settings.beta1 ?? 0.9;
    this.beta2 = settings.beta2 ?? 0.999;
    this.epsilon = settings.epsilon ?? 1e-8;
    checkFraction('beta1', this.beta1);
    checkFraction('beta2', this.beta2);
    checkPositive('epsilon', this.epsilon);
  }

  step(parameters: readonly Float64Array[], gradients: readonly Float64Array[], learningRate: number): void {
    const { beta1, beta2, epsilon } = this;
    for (let k = 0; k < parameters.length; k++) {
      const p = parameters[k]!;
      const g = gradients[k]!;
      const state = stateOf(this.states, p, () => ({ mean: new Float64Array(p.length), meanSquare: new Float64Array(p.length), steps: 0 }));
      const t = ++state.steps;
      // As PyTorch writes it: lr / (1 − β₁ᵗ) · m / (√v / √(1 − β₂ᵗ) + ε).
      const stepSize = learningRate / (1 - beta1 ** t);
      const rootCorrection = Math.sqrt(1 - beta2 ** t);
      const { mean: m, meanSquare: v } = state;
      // Stryker disable next-line EqualityOperator: `<=` adds a step at i = p.length, whose reads are undefined and whose NaNs are written past the ends of m, v and p (no-ops on a typed array, a view included); nothing carries over (the `>=` variant, which the tests kill, is turned off with it)
      for (let i = 0; i < p.length; i++) {
        const gi = g[i]!;
        m[i] = beta1 * m[i]! + (1 - beta1) * gi;
        v[i] = beta2 * v[i]! + (1 - beta2) * gi * gi;
        p[i] = p[i]! - (stepSize * m[i]!) / (Math.sqrt(v[i]!) / rootCorrection + epsilon);
      }
    }
  }

  override config(): Record<string, number> {
    return { beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon };
  }
}

optimizers.registerBuiltIn(Adam.registeredName, (config) => new Adam(config));
