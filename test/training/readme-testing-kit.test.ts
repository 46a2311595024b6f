// The README's "Unit-testing your own learning rule" example, as a user writes it
// (test/training/readme-learners.test.ts checks that the README shows this code).
// my-rule.test.ts — run with `npx vitest`
import { describe, expect, it } from 'vitest';
import { ActivationFunction, derivativeCheck, gradientCheck, MeanSquaredError, NNetwork, Random } from '../../src/index.js';

/** My own activation: LeCun's scaled tanh, 1.7159 · tanh(2z/3). */
class ScaledTanhAF extends ActivationFunction {
  readonly name = 'scaledTanh';

  eval(z: number): number {
    return 1.7159 * Math.tanh((2 / 3) * z);
  }

  /** In terms of the output o, as the book's derivative: (2/3) · (1.7159 − o²/1.7159). */
  derivative(output: number): number {
    return (2 / 3) * (1.7159 - (output * output) / 1.7159);
  }
}

describe('my scaled tanh', () => {
  it('has the slope its derivative says (central differences of eval at 21 points)', () => {
    const report = derivativeCheck(new ScaledTanhAF());
    expect(report.worstRelativeError, `at z = ${report.worst.z}`).toBeLessThan(1e-6);
  });

  it('gives a network the true gradient of its loss, parameter by parameter', () => {
    const network = new NNetwork().configure(2, 3, 1, { activation: new ScaledTanhAF(), random: new Random(7) });
    const xor = { inputs: [[0, 0], [0, 1], [1, 0], [1, 1]], targets: [[0], [1], [1], [0]] };
    const report = gradientCheck(network, new MeanSquaredError(), xor);
    expect(report.worstRelativeError, `layer ${report.worst.array}, entry ${report.worst.index}`).toBeLessThan(1e-6);
  });
});
