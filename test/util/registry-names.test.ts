// Every built-in registry name builds its own class: the activations, the layer
// activations, the losses, the optimizers, the learning-rate schedules and the
// trainers. Each created thing is checked to be exactly its class (not a
// subclass or a sibling, not `undefined`), to carry its name, and to compute a
// value that only that class gives; a factory that reads settings is checked
// to pass them on. Then the Registry itself (src/util/registry.ts): its checks,
// its typed errors and their messages.
import { describe, expect, it } from 'vitest';
import {
  activations,
  Adam,
  anyActivationNames,
  BinaryCrossEntropy,
  CategoricalCrossEntropy,
  ConstantSchedule,
  CosineSchedule,
  createActivation,
  createAnyActivation,
  createLoss,
  createTrainer,
  DuplicateNameError,
  ExponentialSchedule,
  GradientDescentTrainer,
  HalfSquaredError,
  IdentityAF,
  InvalidArgumentError,
  layerActivations,
  LeakyReLUAF,
  LinearModel,
  losses,
  MeanSquaredError,
  Momentum,
  optimizers,
  PlainStep,
  Registry,
  ReLUAF,
  schedules,
  SigmoidAF,
  SoftmaxAF,
  StepAF,
  StepSchedule,
  StochasticGradientDescentTrainer,
  SummedBinaryCrossEntropy,
  TanhAF,
  trainers,
  UnknownNameError,
} from '../../src/index.js';
import { thrownBy } from '../refusals.js';

/** Any class. */
type AnyClass = abstract new (...args: never[]) => unknown;

/** Checks `made` is an instance of exactly `Class` (a subclass would not do) and carries `name`. */
function expectExactly(made: unknown, Class: AnyClass, name: string): void {
  expect(made).toBeInstanceOf(Class);
  expect(Object.getPrototypeOf(made)).toBe(Class.prototype);
  expect((made as { name: string }).name).toBe(name);
}

describe('activations: each name builds its class', () => {
  // eval at −2 and at 0.5 tells the six apart (relu and step agree at −2, not at 0.5).
  const cases: [string, AnyClass, number, number][] = [
    ['sigmoid', SigmoidAF, 1 / (1 + Math.exp(2)), 1 / (1 + Math.exp(-0.5))],
    ['step', StepAF, 0, 1],
    ['tanh', TanhAF, Math.tanh(-2), Math.tanh(0.5)],
    ['relu', ReLUAF, 0, 0.5],
    ['leakyRelu', LeakyReLUAF, 0.01 * -2, 0.5],
    ['identity', IdentityAF, -2, 0.5],
  ];
  it.each(cases)('%s', (name, Class, atMinus2, atHalf) => {
    const made = createActivation(name);
    expectExactly(made, Class, name);
    expect([made.eval(-2), made.eval(0.5)]).toEqual([atMinus2, atHalf]);
    expect(createAnyActivation(name)).toBeInstanceOf(Class);
  });

  it('the names are exactly the six, and leakyRelu passes its slope on', () => {
    expect([...activations.names()].sort()).toEqual(cases.map(([name]) => name).sort());
    const leaky = createActivation('leakyRelu', { slope: 0.3 }) as LeakyReLUAF;
    expect(leaky.slope).toBe(0.3);
    expect(leaky.eval(-2)).toBe(0.3 * -2);
  });

  it('softmax is the one layer activation; createAnyActivation finds it; its row sums to 1', () => {
    expect(layerActivations.names()).toEqual(['softmax']);
    for (const made of [layerActivations.create('softmax'), createAnyActivation('softmax')]) {
      expectExactly(made, SoftmaxAF, 'softmax');
      const row = Float64Array.from([0, Math.log(3)]);
      (made as SoftmaxAF).evalRow(row, 0, 2);
      expect(row[0]).toBeCloseTo(0.25, 15);
      expect(row[1]).toBeCloseTo(0.75, 15);
    }
    expect(anyActivationNames()).toEqual([...activations.names(), 'softmax']);
  });

  it('createAnyActivation of an unknown name: UnknownNameError listing both kinds', () => {
    const error = thrownBy(() => createAnyActivation('swish')) as UnknownNameError;
    expect(error).toBeInstanceOf(UnknownNameError);
    expect(error).toMatchObject({ kind: 'activation', requested: 'swish' });
    expect(error.known).toEqual(anyActivationNames());
    expect(error.message).toBe(`unknown activation 'swish'; known: ${anyActivationNames().join(', ')}. Register it first.`);
  });
});

describe('losses: each name builds its class', () => {
  // term(0.25, 1) and scaleFor(2) tell the five apart (the two binary cross-entropies by their scale).
  const cases: [string, AnyClass, number, number][] = [
    ['mse', MeanSquaredError, 0.75 * 0.75, 1 / 2],
    ['halfSquaredError', HalfSquaredError, 0.5 * 0.75 * 0.75, 1],
    ['binaryCrossEntropy', BinaryCrossEntropy, -(1 * Math.log(0.25) + (1 - 1) * Math.log(1 - 0.25)), 1 / 2],
    ['summedBinaryCrossEntropy', SummedBinaryCrossEntropy, -(1 * Math.log(0.25) + (1 - 1) * Math.log(1 - 0.25)), 1],
    ['categoricalCrossEntropy', CategoricalCrossEntropy, -1 * Math.log(0.25), 1],
  ];
  it.each(cases)('%s', (name, Class, term, scale) => {
    for (const made of [losses.create(name), createLoss(name)]) {
      expectExactly(made, Class, name);
      expect([made.term(0.25, 1), made.scaleFor(2)]).toEqual([term, scale]);
    }
  });

  it('the names are exactly the five', () => {
    expect([...losses.names()].sort()).toEqual(cases.map(([name]) => name).sort());
  });
});

describe('optimizers: each name builds its class, with its settings', () => {
  /** The parameter [1] after two steps with the gradient [0.5] at rate 0.1. */
  function afterTwoSteps(optimizer: { step(p: readonly Float64Array[], g: readonly Float64Array[], rate: number): void }): number {
    const p = Float64Array.from([1]);
    const g = Float64Array.from([0.5]);
    optimizer.step([p], [g], 0.1);
    optimizer.step([p], [g], 0.1);
    return p[0]!;
  }

  it('plain: p − lr·g, twice', () => {
    const made = optimizers.create('plain');
    expectExactly(made, PlainStep, 'plain');
    expect(afterTwoSteps(made)).toBe(1 - 0.1 * 0.5 - 0.1 * 0.5);
  });

  it('momentum: v = μv + g, p −= lr·v (μ = 0.9 by default, or the config’s)', () => {
    const made = optimizers.create('momentum');
    expectExactly(made, Momentum, 'momentum');
    const v1 = 0.9 * 0 + 0.5;
    const v2 = 0.9 * v1 + 0.5;
    expect(afterTwoSteps(made)).toBe(1 - 0.1 * v1 - 0.1 * v2);
    expect((optimizers.create('momentum', { momentum: 0.5 }) as Momentum).momentum).toBe(0.5);
  });

  it('adam: the bias-corrected step (β₁ = 0.9, β₂ = 0.999, ε = 1e-8 by default, or the config’s)', () => {
    const made = optimizers.create('adam');
    expectExactly(made, Adam, 'adam');
    let p = 1;
    let m = 0;
    let v = 0;
    for (let t = 1; t <= 2; t++) {
      const stepSize = 0.1 / (1 - 0.9 ** t);
      const rootCorrection = Math.sqrt(1 - 0.999 ** t);
      m = 0.9 * m + (1 - 0.9) * 0.5;
      v = 0.999 * v + (1 - 0.999) * 0.5 * 0.5;
      p = p - (stepSize * m) / (Math.sqrt(v) / rootCorrection + 1e-8);
    }
    expect(afterTwoSteps(made)).toBe(p);
    expect(optimizers.create('adam', { beta1: 0.5, beta2: 0.75, epsilon: 0.001 }).config()).toEqual({ beta1: 0.5, beta2: 0.75, epsilon: 0.001 });
  });

  it('the names are exactly the three', () => {
    expect([...optimizers.names()].sort()).toEqual(['adam', 'momentum', 'plain']);
  });
});

describe('learning-rate schedules: each name builds its class, with its settings', () => {
  it('constant: the base rate at every epoch', () => {
    const made = schedules.create('constant');
    expectExactly(made, ConstantSchedule, 'constant');
    expect([made.rateAt(1, 0.2, 10), made.rateAt(7, 0.2, 10)]).toEqual([0.2, 0.2]);
  });

  it('step: cut by gamma every stepSize epochs', () => {
    const made = schedules.create('step', { stepSize: 2, gamma: 0.5 });
    expectExactly(made, StepSchedule, 'step');
    expect([1, 2, 3, 5].map((epoch) => made.rateAt(epoch, 1, 10))).toEqual([1, 1, 0.5, 0.25]);
    expect((schedules.create('step', { stepSize: 3 }) as StepSchedule).gamma).toBe(0.1);
  });

  it('exponential: base · gamma^(epoch − 1), gamma 0.99 by default', () => {
    const made = schedules.create('exponential');
    expectExactly(made, ExponentialSchedule, 'exponential');
    expect(made.rateAt(3, 1, 10)).toBe(0.99 ** 2);
    expect(schedules.create('exponential', { gamma: 0.5 }).rateAt(3, 1, 10)).toBe(0.25);
  });

  it('cosine: from the base rate down to minimumRate over the period (the run by default)', () => {
    const made = schedules.create('cosine');
    expectExactly(made, CosineSchedule, 'cosine');
    expect(made.rateAt(1, 1, 10)).toBe(1);
    expect(made.rateAt(6, 1, 10)).toBe(0 + ((1 - 0) * (1 + Math.cos(Math.PI * 0.5))) / 2);
    const configured = schedules.create('cosine', { period: 4, minimumRate: 0.1 });
    expect(configured.rateAt(5, 1, 10)).toBeCloseTo(0.1, 15); // the end of its own period, not the run's
    expect(configured.config()).toEqual({ period: 4, minimumRate: 0.1 });
  });

  it('the names are exactly the four', () => {
    expect([...schedules.names()].sort()).toEqual(['constant', 'cosine', 'exponential', 'step']);
  });
});

describe('trainers: each name builds its class', () => {
  const data = { inputs: [[0], [1]], targets: [[1], [3]] };
  /** The line after one epoch at rate 0.1 from a = 0, b = 0, mean squared error. */
  function lineAfterOneEpoch(trainer: { train: GradientDescentTrainer['train'] }): [number, number] {
    const model = new LinearModel(0, 0);
    trainer.train(model, data, { epochs: 1, learningRate: 0.1 });
    return [model.a, model.b];
  }

  it('gd: one step on the mean gradient of both rows', () => {
    for (const made of [trainers.create('gd'), createTrainer('gd')]) {
      expect(made).toBeInstanceOf(GradientDescentTrainer);
      expect(Object.getPrototypeOf(made)).toBe(GradientDescentTrainer.prototype);
      // ∂a = mean of 2(o − t)·x = (0 + 2·(0 − 3)·1)/2 = −3, ∂b = (2·(0 − 1) + 2·(0 − 3))/2 = −4.
      expect(lineAfterOneEpoch(made)).toEqual([0.30000000000000004, 0.4]);
    }
  });

  it('sgd: one step per row (batch size 1)', () => {
    for (const made of [trainers.create('sgd'), createTrainer('sgd')]) {
      expect(made).toBeInstanceOf(StochasticGradientDescentTrainer);
      expect(Object.getPrototypeOf(made)).toBe(StochasticGradientDescentTrainer.prototype);
      // Row 0 (x = 0, t = 1): ∂b = −2, b = 0.2. Row 1 (x = 1, t = 3): o = 0.2, ∂ = 2·(0.2 − 3) = −5.6.
      const [a, b] = lineAfterOneEpoch(made);
      expect(a).toBeCloseTo(0.56, 15);
      expect(b).toBeCloseTo(0.76, 15);
    }
  });

  it('the names are exactly the two', () => {
    expect([...trainers.names()].sort()).toEqual(['gd', 'sgd']);
  });
});

describe('Registry: checks, typed errors and messages', () => {
  it('create calls the factory with the config ({} when none is given) and returns what it builds', () => {
    const seen: Record<string, number>[] = [];
    const registry = new Registry<{ made: number }>('widget');
    registry.register('w', (config) => {
      seen.push(config);
      return { made: seen.length };
    });
    expect(registry.create('w')).toEqual({ made: 1 });
    expect(registry.create('w', { size: 3 })).toEqual({ made: 2 });
    expect(seen).toEqual([{}, { size: 3 }]);
  });

  it('names are in registration order; has says what is there', () => {
    const registry = new Registry<number>('widget');
    registry.registerBuiltIn('b', () => 1);
    registry.register('a', () => 2);
    expect(registry.names()).toEqual(['b', 'a']);
    expect([registry.has('a'), registry.has('b'), registry.has('c')]).toEqual([true, true, false]);
    expect(registry.kind).toBe('widget');
  });

  it('unregister removes a user registration, never a built-in one', () => {
    const registry = new Registry<number>('widget');
    registry.registerBuiltIn('core', () => 1);
    registry.register('mine', () => 2);
    expect(registry.unregister('core')).toBe(false);
    expect(registry.create('core')).toBe(1);
    expect(registry.unregister('mine')).toBe(true);
    expect(registry.has('mine')).toBe(false);
    expect(registry.unregister('mine')).toBe(false);
    expect(registry.unregister('never')).toBe(false);
    registry.register('mine', () => 3); // the name is free again
    expect(registry.create('mine')).toBe(3);
  });

  it('an empty or blank name: InvalidArgumentError naming the kind’s name', () => {
    const registry = new Registry<number>('widget');
    for (const name of ['', '  ']) {
      const error = thrownBy(() => registry.register(name, () => 1));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).what).toBe('widget name');
      expect(error.message).toBe(`widget name: must be a non-empty string, got ${JSON.stringify(name)}`);
    }
    expect(thrownBy(() => registry.register(7 as unknown as string, () => 1)).message).toBe('widget name: must be a non-empty string, got 7');
    expect(registry.names()).toEqual([]);
  });

  it('a factory that is not a function: InvalidArgumentError naming the entry', () => {
    const registry = new Registry<number>('widget');
    const error = thrownBy(() => registry.register('w', 5 as unknown as () => number));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).what).toBe("widget 'w'");
    expect(error.message).toBe("widget 'w': the factory must be a function, got 5");
    expect(registry.has('w')).toBe(false);
  });

  it('a duplicate name: DuplicateNameError; the first registration stays', () => {
    const registry = new Registry<number>('widget');
    registry.register('w', () => 1);
    const error = thrownBy(() => registry.register('w', () => 2));
    expect(error).toBeInstanceOf(DuplicateNameError);
    expect(error).toMatchObject({ kind: 'widget', requested: 'w' });
    expect(error.message).toBe("widget 'w' is already registered; pick another name");
    expect(registry.create('w')).toBe(1);
    expect(thrownBy(() => registry.registerBuiltIn('w', () => 2))).toBeInstanceOf(DuplicateNameError);
  });

  it('an unknown name: UnknownNameError listing the known names, or (none)', () => {
    const registry = new Registry<number>('widget');
    const none = thrownBy(() => registry.create('x'));
    expect(none).toBeInstanceOf(UnknownNameError);
    expect(none).toMatchObject({ kind: 'widget', requested: 'x', known: [] });
    expect(none.message).toBe("unknown widget 'x'; known: (none). Register it first.");
    registry.register('a', () => 1);
    registry.register('b', () => 2);
    expect(thrownBy(() => registry.create('x')).message).toBe("unknown widget 'x'; known: a, b. Register it first.");
  });

  it('the library’s registries name their kind in their errors', () => {
    const kinds: [Registry<unknown>, string][] = [
      [activations, 'activation'],
      [layerActivations, 'layer activation'],
      [losses, 'loss'],
      [optimizers, 'optimizer'],
      [schedules, 'learning-rate schedule'],
      [trainers, 'trainer'],
    ];
    for (const [registry, kind] of kinds) {
      expect(thrownBy(() => registry.create('nope')).message).toMatch(new RegExp(`^unknown ${kind} 'nope'; known: `));
    }
  });
});
