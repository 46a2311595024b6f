// The examples' user-written optimizer and activation, used as a user would.
import { describe, expect, it } from 'vitest';
import { createActivation, HalfSquaredError, LinearModel, NNetwork, Random, StochasticGradientDescentTrainer } from '../../src/index.js';
import { HeavyBall } from '../../examples/extending/heavy-ball.js';
import { trainXor } from '../../examples/extending/momentum-xor.js';
import { registerSoftplus, SoftplusAF } from '../../examples/extending/softplus.js';

describe('HeavyBall, a user-written optimizer (examples/extending)', () => {
  it('two steps by hand: v₁ = −lr·g₀, v₂ = μ·v₁ − lr·g₁', () => {
    const data = { inputs: [[2]], targets: [[1]] };
    const model = new LinearModel(0, 0);
    new StochasticGradientDescentTrainer().train(model, data, { epochs: 2, learningRate: 0.1, optimizer: new HeavyBall(0.5) });
    // MSE on one point: ∂/∂a = 2(f − y)·x, ∂/∂b = 2(f − y).
    const va1 = -0.1 * (2 * (0 - 1) * 2);
    const vb1 = -0.1 * (2 * (0 - 1));
    const f1 = va1 * 2 + vb1;
    const va2 = 0.5 * va1 - 0.1 * (2 * (f1 - 1) * 2);
    const vb2 = 0.5 * vb1 - 0.1 * (2 * (f1 - 1));
    expect(model.a).toBeCloseTo(va1 + va2, 14);
    expect(model.b).toBeCloseTo(vb1 + vb2, 14);
  });

  it('momentum 0 is plain SGD', () => {
    const data = { inputs: [[0, 1], [1, 1]], targets: [[1], [0]] };
    const a = new NNetwork().configure(2, 3, 1);
    const b = new NNetwork().configure(2, 3, 1);
    new StochasticGradientDescentTrainer().train(a, data, { epochs: 30, learningRate: 0.3, optimizer: new HeavyBall(0) });
    new StochasticGradientDescentTrainer().train(b, data, { epochs: 30, learningRate: 0.3 });
    expect(a.parameters().map((p) => Array.from(p))).toEqual(b.parameters().map((p) => Array.from(p)));
  });

  it('registered by name, it trains XOR further than the plain step in the same epochs', () => {
    const sgd = trainXor('plain');
    const momentum = trainXor('heavyBall');
    expect(momentum.history.loss.at(-1)!).toBeLessThan(sgd.history.loss.at(-1)!);
    expect(momentum.history.accuracy.at(-1)).toBe(1);
    expect(momentum.network.layers[0]!.activationFunction.name).toBe('softplus');
  });
});

describe('SoftplusAF (examples/extending)', () => {
  const softplus = new SoftplusAF();

  it('ln(1 + e^z), finite for large |z|', () => {
    expect(softplus.eval(0)).toBeCloseTo(Math.LN2, 15);
    expect(softplus.eval(800)).toBe(800);
    expect(softplus.eval(-800)).toBe(0);
  });

  it('derivative from the output is σ(z)', () => {
    for (const z of [-4, -1, 0, 0.5, 3]) {
      expect(softplus.derivative(softplus.eval(z))).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
    }
  });

  it('one online update equals −lr·∂(½Σ(t−o)²)/∂θ by central differences', () => {
    const net = new NNetwork().configure(2, 3, 1, { activation: new SoftplusAF(), random: new Random(3) });
    const x = [0.4, -0.7];
    const t = [0.8];
    const loss = (): number => new HalfSquaredError().value(net.feed(x), t);
    const expected = net.parameters().map((params) =>
      Array.from(params, (saved, i) => {
        params[i] = saved + 1e-6;
        const up = loss();
        params[i] = saved - 1e-6;
        const down = loss();
        params[i] = saved;
        return saved - 0.1 * ((up - down) / 2e-6);
      }),
    );
    net.train(x, t);
    net.parameters().forEach((params, l) =>
      params.forEach((v, i) => expect(v).toBeCloseTo(expected[l]![i]!, 9)),
    );
  });

  it('registers by name', () => {
    registerSoftplus();
    registerSoftplus();
    expect(createActivation('softplus')).toBeInstanceOf(SoftplusAF);
  });
});
