// The built-in optimizers, PyTorch's rules: first steps by hand, settings checked
// in the constructor, state per parameter array, found by name.
import { describe, expect, it } from 'vitest';
import {
  Adam,
  GradientDescentTrainer,
  InvalidArgumentError,
  LinearModel,
  Momentum,
  NNetwork,
  optimizers,
  PlainStep,
  StochasticGradientDescentTrainer,
} from '../../src/index.js';
import { snapshot } from '../helpers.js';
import { expectRefusal } from '../refusals.js';

// One point (x = 2, y = 1) and the line f = a·x + b: MSE's ∂/∂a = 2(f − y)·x, ∂/∂b = 2(f − y).
const ONE_POINT = { inputs: [[2]], targets: [[1]] };
const gradientAt = (a: number, b: number) => {
  const error = a * 2 + b - 1;
  return [2 * error * 2, 2 * error];
};

describe('Momentum: v ← μ·v + g, p ← p − lr·v', () => {
  it('two steps by hand (μ 0.5, lr 0.1): v₁ = g₀, v₂ = μ·v₁ + g₁', () => {
    const model = new LinearModel(0, 0);
    new StochasticGradientDescentTrainer().train(model, ONE_POINT, { epochs: 2, learningRate: 0.1, optimizer: new Momentum(0.5) });
    const [ga0, gb0] = gradientAt(0, 0); // −4, −2
    const a1 = 0 - 0.1 * ga0!;
    const b1 = 0 - 0.1 * gb0!;
    const [ga1, gb1] = gradientAt(a1, b1);
    const va2 = 0.5 * ga0! + ga1!;
    const vb2 = 0.5 * gb0! + gb1!;
    expect([a1, b1]).toEqual([0.4, 0.2]);
    expect(model.a).toBe(a1 - 0.1 * va2);
    expect(model.b).toBe(b1 - 0.1 * vb2);
    // (0.4, 0.2) fits the point exactly (g₁ = 0), yet the velocity carries on: momentum overshoots.
    expect([ga1, gb1]).toEqual([0, 0]);
    expect(model.a).toBeCloseTo(0.6, 15);
    expect(model.b).toBeCloseTo(0.3, 15);
  });

  it('μ = 0.9 by default; μ = 0 is plain SGD, bit for bit', () => {
    expect(new Momentum().momentum).toBe(0.9);
    const data = { inputs: [[0, 1], [1, 1]], targets: [[1], [0]] };
    const a = new NNetwork().configure(2, 3, 1);
    const b = new NNetwork().configure(2, 3, 1);
    new StochasticGradientDescentTrainer().train(a, data, { epochs: 30, learningRate: 0.3, optimizer: new Momentum(0) });
    new StochasticGradientDescentTrainer().train(b, data, { epochs: 30, learningRate: 0.3 });
    expect(snapshot(a)).toEqual(snapshot(b));
  });
});

describe('Adam: bias-corrected running means of g and g²', () => {
  it('the first step is lr · g / (|g| + ε) per parameter, whatever g’s scale', () => {
    const model = new LinearModel(0, 0);
    new GradientDescentTrainer().train(model, ONE_POINT, { epochs: 1, learningRate: 0.01, optimizer: new Adam() });
    // g = (−4, −2): both parameters move by about +lr.
    expect(model.a).toBeCloseTo(0.01 * 4 / (4 + 1e-8), 15);
    expect(model.b).toBeCloseTo(0.01 * 2 / (2 + 1e-8), 15);
  });

  it('two steps by hand with β₁ 0.5, β₂ 0.75, ε 0.1, lr 0.1', () => {
    const model = new LinearModel(0, 0);
    new StochasticGradientDescentTrainer().train(model, ONE_POINT, {
      epochs: 2,
      learningRate: 0.1,
      optimizer: new Adam({ beta1: 0.5, beta2: 0.75, epsilon: 0.1 }),
    });
    const step = (p: number, g: number, m: number, v: number, t: number) => {
      const m1 = 0.5 * m + 0.5 * g;
      const v1 = 0.75 * v + 0.25 * g * g;
      const p1 = p - ((0.1 / (1 - 0.5 ** t)) * m1) / (Math.sqrt(v1) / Math.sqrt(1 - 0.75 ** t) + 0.1);
      return { p: p1, m: m1, v: v1 };
    };
    const [ga0, gb0] = gradientAt(0, 0);
    const a1 = step(0, ga0!, 0, 0, 1);
    const b1 = step(0, gb0!, 0, 0, 1);
    expect(a1.p).toBeCloseTo(0.1 * 4 / 4.1, 15);
    const [ga1, gb1] = gradientAt(a1.p, b1.p);
    expect(model.a).toBeCloseTo(step(a1.p, ga1!, a1.m, a1.v, 2).p, 15);
    expect(model.b).toBeCloseTo(step(b1.p, gb1!, b1.m, b1.v, 2).p, 15);
  });

  it('PyTorch’s defaults: β₁ 0.9, β₂ 0.999, ε 1e−8', () => {
    expect(new Adam()).toMatchObject({ beta1: 0.9, beta2: 0.999, epsilon: 1e-8 });
  });
});

describe('state per parameter array', () => {
  it('one optimizer on two models keeps two states: each model trains as with its own optimizer', () => {
    const data = { inputs: [[0, 1], [1, 1], [1, 0]], targets: [[1], [0], [1]] };
    const shared = new Adam();
    const [x, y] = [new NNetwork().configure(2, 3, 1), new NNetwork().configure(2, 2, 1)];
    const trainer = new StochasticGradientDescentTrainer();
    for (let round = 0; round < 3; round++) {
      trainer.train(x, data, { epochs: 5, learningRate: 0.05, optimizer: shared });
      trainer.train(y, data, { epochs: 5, learningRate: 0.05, optimizer: shared });
    }
    const [x2, y2] = [new NNetwork().configure(2, 3, 1), new NNetwork().configure(2, 2, 1)];
    const [ownX, ownY] = [new Adam(), new Adam()];
    for (let round = 0; round < 3; round++) {
      trainer.train(x2, data, { epochs: 5, learningRate: 0.05, optimizer: ownX });
      trainer.train(y2, data, { epochs: 5, learningRate: 0.05, optimizer: ownY });
    }
    expect(snapshot(x)).toEqual(snapshot(x2));
    expect(snapshot(y)).toEqual(snapshot(y2));
  });

  it('continuing with the same optimizer is training on: 2 × 10 epochs = 20 epochs', () => {
    const data = { inputs: [[0, 1], [1, 1]], targets: [[1], [0]] };
    const once = new NNetwork().configure(2, 3, 1);
    const twice = new NNetwork().configure(2, 3, 1);
    new StochasticGradientDescentTrainer().train(once, data, { epochs: 20, learningRate: 0.1, optimizer: new Momentum() });
    const momentum = new Momentum();
    new StochasticGradientDescentTrainer().train(twice, data, { epochs: 10, learningRate: 0.1, optimizer: momentum });
    new StochasticGradientDescentTrainer().train(twice, data, { epochs: 10, learningRate: 0.1, optimizer: momentum });
    expect(snapshot(twice)).toEqual(snapshot(once));
  });
});

describe('registered by name, settings checked in the constructor', () => {
  it("'momentum' and 'adam', rebuilt from their config()", () => {
    expect(optimizers.create('momentum', { momentum: 0.5 })).toMatchObject({ name: 'momentum', momentum: 0.5 });
    expect(optimizers.create('adam', new Adam({ beta1: 0.8 }).config())).toMatchObject({ name: 'adam', beta1: 0.8, beta2: 0.999 });
    expect(optimizers.create('momentum')).toMatchObject({ momentum: 0.9 });
  });

  it('config() is exactly the settings (none for the plain rule), and the registry rebuilds an equal optimizer from it', () => {
    expect(new PlainStep().config()).toStrictEqual({});
    expect(new Momentum(0.5).config()).toStrictEqual({ momentum: 0.5 });
    expect(new Adam({ beta1: 0.8 }).config()).toStrictEqual({ beta1: 0.8, beta2: 0.999, epsilon: 1e-8 });
    for (const optimizer of [new PlainStep(), new Momentum(0.5), new Adam({ beta1: 0.8, beta2: 0.75, epsilon: 1e-3 })]) {
      expect(optimizers.create(optimizer.name, optimizer.config())).toStrictEqual(optimizer);
    }
  });

  it('isPlainStep: true for the plain rule only, false once a subclass changes its step, false for momentum and Adam', () => {
    class Halved extends PlainStep {
      override step(parameters: readonly Float64Array[], gradients: readonly Float64Array[], learningRate: number): void {
        super.step(parameters, gradients, learningRate / 2);
      }
    }
    expect(new PlainStep().isPlainStep()).toBe(true);
    expect(new Halved().isPlainStep()).toBe(false);
    expect(new Momentum().isPlainStep()).toBe(false);
    expect(new Adam().isPlainStep()).toBe(false);
  });

  it('a setting that is not a number is refused, even one that compares as a number ("0.5", null)', () => {
    expectRefusal(() => new Momentum('0.5' as never), InvalidArgumentError, 'momentum: must be a number in [0, 1), got 0.5');
    expectRefusal(() => new Momentum(null as never), InvalidArgumentError, 'momentum: must be a number in [0, 1), got null');
    expectRefusal(() => new Adam({ beta2: '0.5' as never }), InvalidArgumentError, 'beta2: must be a number in [0, 1), got 0.5');
    expectRefusal(() => new Adam({ epsilon: '1e-8' as never }), InvalidArgumentError, 'epsilon: must be a finite number > 0, got 1e-8');
  });

  it.each([
    ['momentum', () => new Momentum(-0.1), /^momentum: must be a number in \[0, 1\), got -0.1/],
    ['momentum', () => new Momentum(1), /^momentum: must be a number in \[0, 1\), got 1/],
    ['momentum', () => new Momentum(Number.NaN), /^momentum: /],
    ['beta1', () => new Adam({ beta1: 1 }), /^beta1: must be a number in \[0, 1\), got 1/],
    ['beta2', () => new Adam({ beta2: -0.5 }), /^beta2: must be a number in \[0, 1\), got -0.5/],
    ['epsilon', () => new Adam({ epsilon: 0 }), /^epsilon: must be a finite number > 0, got 0/],
    ['epsilon', () => new Adam({ epsilon: Infinity }), /^epsilon: /],
  ])('%s out of range: InvalidArgumentError naming it', (name, make, message) => {
    expect(make).toThrow(InvalidArgumentError);
    expect(make).toThrow(message);
    try {
      make();
    } catch (e) {
      expect((e as InvalidArgumentError).what).toBe(name);
    }
  });
});

describe('on the chapter’s four points from a = 0.5, b = 3 (lr 0.01, 1000 iterations of GD)', () => {
  const points = { inputs: [[1], [3], [2], [4]], targets: [[3.0], [5.2], [4.1], [7.5]] };
  const fit = (optimizer?: Momentum | Adam) => {
    const line = new LinearModel(0.5, 3);
    new GradientDescentTrainer().train(line, points, { epochs: 1000, learningRate: 0.01, ...(optimizer ? { optimizer } : {}) });
    return line;
  };

  it('plain GD stops at (1.4292, 1.3906); momentum (to 1e−6) and Adam (to 1e−4) reach the least-squares line (1.46, 1.30)', () => {
    const plain = fit();
    expect(plain.a).toBeCloseTo(1.4292, 4);
    expect(plain.b).toBeCloseTo(1.3906, 4);
    const momentum = fit(new Momentum());
    expect(momentum.a).toBeCloseTo(1.46, 6);
    expect(momentum.b).toBeCloseTo(1.3, 6);
    const adam = fit(new Adam());
    expect(adam.a).toBeCloseTo(1.46, 4);
    expect(adam.b).toBeCloseTo(1.3, 4);
  });
});
