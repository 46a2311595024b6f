// The book's SigmoidAFTest and StepAFTest, and formula checks for every activation.
import { describe, expect, it } from 'vitest';
import {
  activationNames,
  ActivationFunction,
  createActivation,
  DuplicateNameError,
  IdentityAF,
  InvalidArgumentError,
  LeakyReLUAF,
  registerActivation,
  ReLUAF,
  SigmoidAF,
  SoftmaxAF,
  StepAF,
  TanhAF,
  UnknownNameError,
  unregisterActivation,
} from '../../src/index.js';

describe('SigmoidAFTest', () => {
  const sigmoid = new SigmoidAF();
  it('testSigmoidAFOnZeroReturnsZeroDotFive', () => expect(sigmoid.eval(0)).toBe(0.5));
  it('testSigmoidAFConvergeToOneForPositiveValues', () => expect(sigmoid.eval(10000)).toBeCloseTo(1, 12));
  it('testSigmoidAFConvergeToZeroForNegativeValues', () => expect(sigmoid.eval(-10000)).toBeCloseTo(0, 12));
  it('is finite and in [0, 1] for |z| up to 1e6', () => {
    for (const z of [-1e6, -800, -40, 40, 800, 1e6]) {
      const o = sigmoid.eval(z);
      expect(Number.isFinite(o)).toBe(true);
      expect(o).toBeGreaterThanOrEqual(0);
      expect(o).toBeLessThanOrEqual(1);
      expect(Number.isNaN(sigmoid.derivative(o))).toBe(false);
    }
  });
  it('derivative in terms of the output peaks at 0.25 (z = 0)', () => {
    expect(sigmoid.derivative(0.5)).toBe(0.25);
    expect(sigmoid.derivative(sigmoid.eval(2))).toBeLessThan(0.25);
  });
});

describe('StepAFTest', () => {
  const step = new StepAF();
  it('testStepAFDerivativeIsAlwaysOne', () => {
    expect([0, 5, 10].map((x) => step.derivative(x))).toEqual([1, 1, 1]);
  });
  it('testStepAFOnNegativeNumbersReturnsZero', () => expect(step.eval(-1)).toBe(0));
  it('testStepAFOnZeroReturnsZero', () => expect(step.eval(0)).toBe(0));
  it('is 1 for z > 0', () => expect(step.eval(1e-9)).toBe(1));
});

describe('each differentiable activation: derivative(eval(z)) equals the slope at z', () => {
  const cases: [string, ActivationFunction][] = [
    ['sigmoid', new SigmoidAF()],
    ['tanh', new TanhAF()],
    ['relu', new ReLUAF()],
    ['leakyRelu', new LeakyReLUAF(0.1)],
    ['identity', new IdentityAF()],
  ];
  for (const [name, af] of cases) {
    it(name, () => {
      for (const z of [-3, -0.7, 0.4, 2.5]) {
        const h = 1e-6;
        const slope = (af.eval(z + h) - af.eval(z - h)) / (2 * h);
        expect(af.derivative(af.eval(z))).toBeCloseTo(slope, 6);
      }
    });
  }

  it('values: tanh, relu, leaky relu, identity', () => {
    expect(new TanhAF().eval(0.5)).toBe(Math.tanh(0.5));
    expect(new ReLUAF().eval(-2)).toBe(0);
    expect(new ReLUAF().eval(2)).toBe(2);
    expect(new LeakyReLUAF(0.2).eval(-2)).toBe(0.2 * -2);
    expect(new LeakyReLUAF().slope).toBe(0.01);
    // At z = 0 the output is 0, and the slope taken is the negative side's: 0 > 0 is false.
    expect(new LeakyReLUAF(0.2).derivative(0)).toBe(0.2);
    expect(new LeakyReLUAF(0.2).derivative(1e-300)).toBe(1);
    expect(new IdentityAF().eval(-7.5)).toBe(-7.5);
  });

  it('leaky slope must be in (0, 1]', () => {
    expect(() => new LeakyReLUAF(0)).toThrow(InvalidArgumentError);
    expect(() => new LeakyReLUAF(NaN)).toThrow(/slope/);
  });
});

describe('activation registry', () => {
  it('builds the built-ins by name, with their settings', () => {
    expect(activationNames()).toEqual(expect.arrayContaining(['sigmoid', 'step', 'tanh', 'relu', 'leakyRelu', 'identity']));
    const leaky = createActivation('leakyRelu', { slope: 0.3 });
    expect(leaky).toBeInstanceOf(LeakyReLUAF);
    expect(leaky.config()).toEqual({ slope: 0.3 });
    // The activations with no settings say so with an empty object (model files write it), not undefined.
    expect(new SigmoidAF().config()).toStrictEqual({});
    expect(new SoftmaxAF().config()).toStrictEqual({});
  });

  it('unknown and duplicate names are typed errors with a hint', () => {
    expect(() => createActivation('swish')).toThrow(UnknownNameError);
    expect(() => createActivation('swish')).toThrow(/known: sigmoid, step/);
    expect(() => registerActivation('sigmoid', () => new SigmoidAF())).toThrow(DuplicateNameError);
  });

  it('a user activation registers and unregisters', () => {
    class Cube extends IdentityAF {
      override readonly name = 'cube-test';
    }
    registerActivation('cube-test', () => new Cube());
    expect(createActivation('cube-test').name).toBe('cube-test');
    expect(unregisterActivation('cube-test')).toBe(true);
    expect(unregisterActivation('sigmoid')).toBe(false);
  });
});
