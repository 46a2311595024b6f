// Finite-difference checks of the batch gradient, for every loss × differentiable
// activation, on a small seeded network and a batch of three examples.
import { describe, expect, it } from 'vitest';
import {
  ActivationFunction,
  BinaryCrossEntropy,
  SummedBinaryCrossEntropy,
  HalfSquaredError,
  IdentityAF,
  LeakyReLUAF,
  Loss,
  MeanSquaredError,
  NNetwork,
  Random,
  ReLUAF,
  SigmoidAF,
  TanhAF,
} from '../../src/index.js';

const inputs = new Float64Array([0.3, -0.8, 0.5, 0.9, 0.1, -0.4, -0.6, 0.7, 0.2]);
const targets = new Float64Array([0.2, 0.9, 1, 0, 0.4, 0.6]);
const count = 3;

function meanLoss(net: NNetwork, loss: Loss): number {
  const outputs = net.forwardBatch({ inputs, offset: 0, count });
  let sum = 0;
  for (let r = 0; r < count; r++) sum += loss.value(outputs.subarray(r * 2, r * 2 + 2), targets.subarray(r * 2, r * 2 + 2));
  return sum / count;
}

function analyticGradient(net: NNetwork, loss: Loss): Float64Array[] {
  const gradients = net.parameters().map((p) => new Float64Array(p.length));
  const outputs = net.forwardBatch({ inputs, offset: 0, count });
  const outputGradients = new Float64Array(count * 2);
  loss.batchValueAndGradient(outputs, targets, 0, count, 2, outputGradients);
  outputGradients.forEach((g, i) => (outputGradients[i] = g / count));
  net.backwardBatch({ inputs, offset: 0, count }, outputGradients, gradients);
  return gradients;
}

// Output activations that keep BCE's outputs inside (0, 1).
const hidden: [string, () => ActivationFunction][] = [
  ['sigmoid', () => new SigmoidAF()],
  ['tanh', () => new TanhAF()],
  ['relu', () => new ReLUAF()],
  ['leakyRelu', () => new LeakyReLUAF(0.1)],
  ['identity', () => new IdentityAF()],
];
const losses: [string, () => Loss][] = [
  ['mse', () => new MeanSquaredError()],
  ['halfSquaredError', () => new HalfSquaredError()],
  ['binaryCrossEntropy', () => new BinaryCrossEntropy()],
  ['summedBinaryCrossEntropy', () => new SummedBinaryCrossEntropy()],
];

describe('∂loss/∂θ from backwardBatch equals central differences (1e−6 relative)', () => {
  for (const [lossName, makeLoss] of losses) {
    for (const [afName, makeAf] of hidden) {
      const outputAf = makeLoss() instanceof BinaryCrossEntropy ? () => new SigmoidAF() : makeAf;
      it(`${lossName} × ${afName}`, () => {
        const net = new NNetwork().configure(3, [4, 3], 2, { activation: makeAf(), outputActivation: outputAf(), random: new Random(11) });
        const loss = makeLoss();
        const analytic = analyticGradient(net, loss);
        const h = 1e-6;
        let checked = 0;
        net.parameters().forEach((params, l) => {
          params.forEach((saved, i) => {
            params[i] = saved + h;
            const up = meanLoss(net, loss);
            params[i] = saved - h;
            const down = meanLoss(net, loss);
            params[i] = saved;
            const numeric = (up - down) / (2 * h);
            const a = analytic[l]![i]!;
            expect(Math.abs(a - numeric), `layer ${l} parameter ${i}: ${a} vs ${numeric}`).toBeLessThanOrEqual(
              1e-6 * Math.max(Math.abs(a), Math.abs(numeric)) + 1e-9,
            );
            checked++;
          });
        });
        expect(checked).toBe(4 * 4 + 3 * 5 + 2 * 4);
      });
    }
  }
});
