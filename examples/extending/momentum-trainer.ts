// A new optimizer, written outside src/: SGD with momentum (Polyak's heavy ball).
// One class: per-parameter state (the velocities) lives in the trainer, and it
// only changes how parameters move. Register it and every user of TRAINER gets it.
import { StochasticGradientDescentTrainer } from '../../src/index.js';
import { injectable } from '../../src/container.js';

@injectable()
export class MomentumTrainer extends StochasticGradientDescentTrainer {
  /** How much of the previous step carries over (0 is plain SGD). */
  momentum = 0.9;
  private velocities: Float64Array[] = [];

  protected override beforeTraining(parameters: readonly Float64Array[]): void {
    this.velocities = parameters.map((p) => new Float64Array(p.length));
  }

  /** v ← momentum·v − learningRate·g;  p ← p + v. */
  protected override updateParameters(
    parameters: readonly Float64Array[],
    gradients: readonly Float64Array[],
    learningRate: number,
  ): void {
    parameters.forEach((p, k) => {
      const g = gradients[k]!;
      const v = this.velocities[k]!;
      for (let i = 0; i < p.length; i++) {
        v[i] = this.momentum * v[i]! - learningRate * g[i]!;
        p[i]! += v[i]!;
      }
    });
  }
}
