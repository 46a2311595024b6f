// One online update changes every parameter by −lr · ∂(½Σ(t − o)²)/∂θ, with the
// derivative measured by central differences, for every differentiable activation.
import { describe, expect, it } from 'vitest';
import { ActivationFunction, IdentityAF, LeakyReLUAF, NNetwork, Random, ReLUAF, SigmoidAF, TanhAF } from '../../src/index.js';

const inputs = [0.3, -0.8, 0.5];
const target = [0.2, 0.9];

function halfSquaredError(net: NNetwork): number {
  const out = net.feed(inputs);
  return 0.5 * out.reduce((sum, o, i) => sum + (target[i]! - o) ** 2, 0);
}

function numericGradient(net: NNetwork): number[][] {
  const h = 1e-6;
  return net.layers.map((layer) => {
    const params = layer.parameters();
    return Array.from(params, (_, i) => {
      const saved = params[i]!;
      params[i] = saved + h;
      const up = halfSquaredError(net);
      params[i] = saved - h;
      const down = halfSquaredError(net);
      params[i] = saved;
      return (up - down) / (2 * h);
    });
  });
}

const activations: [string, () => ActivationFunction][] = [
  ['sigmoid', () => new SigmoidAF()],
  ['tanh', () => new TanhAF()],
  ['relu', () => new ReLUAF()],
  ['leakyRelu', () => new LeakyReLUAF(0.1)],
  ['identity', () => new IdentityAF()],
];

describe('finite-difference check of one online update (3-4-2, Random(7))', () => {
  for (const [name, make] of activations) {
    it(name, () => {
      const net = new NNetwork().configure(3, 4, 2, {
        activation: make(),
        outputActivation: make(),
        random: new Random(7),
      });
      net.learningRate = 0.05;
      const gradient = numericGradient(net);
      const before = net.layers.map((layer) => Array.from(layer.parameters()));
      net.train(inputs, target);
      let checked = 0;
      net.layers.forEach((layer, l) => {
        layer.parameters().forEach((after, i) => {
          const moved = after - before[l]![i]!;
          const expected = -0.05 * gradient[l]![i]!;
          const scale = Math.max(Math.abs(moved), Math.abs(expected));
          expect(Math.abs(moved - expected), `layer ${l} parameter ${i}`).toBeLessThanOrEqual(1e-6 * scale + 1e-11);
          checked++;
        });
      });
      expect(checked).toBe(4 * 4 + 2 * 5);
    });
  }
});
