import { describe, expect, it } from 'vitest';
import {
  BinaryCrossEntropy,
  createLoss,
  DuplicateNameError,
  HalfSquaredError,
  lossNames,
  MeanSquaredError,
  registerLoss,
  SigmoidAF,
  UnknownNameError,
} from '../../src/index.js';

describe('loss formulas', () => {
  it('mean squared error: mean over outputs of (t − o)², gradient 2(o − t)/k', () => {
    const mse = new MeanSquaredError();
    expect(mse.value([1, 2], [0, 4])).toBe((1 + 4) / 2);
    expect(mse.gradient([1, 2], [0, 4])).toEqual([1, -2]);
  });

  it('half squared error: ½ Σ (t − o)², gradient o − t (minus the book’s error)', () => {
    const half = new HalfSquaredError();
    expect(half.value([1, 2], [0, 4])).toBe(0.5 * (1 + 4));
    expect(half.gradient([0.25, 0.5], [1, 0])).toEqual([-0.75, 0.5]);
  });

  it('binary cross-entropy: −[t ln o + (1 − t) ln(1 − o)], finite at o = 0 and o = 1', () => {
    const bce = new BinaryCrossEntropy();
    expect(bce.value([0.8], [1])).toBeCloseTo(-Math.log(0.8), 14);
    expect(bce.value([0.8], [0])).toBeCloseTo(-Math.log(0.2), 14);
    for (const o of [0, 1]) {
      for (const t of [0, 1]) {
        expect(Number.isFinite(bce.value([o], [t]))).toBe(true);
        expect(Number.isFinite(bce.gradient([o], [t])[0]!)).toBe(true);
      }
    }
    expect(bce.value([1], [1])).toBeCloseTo(0, 12);
  });

  it('batchValueAndGradient agrees with value and gradient row by row', () => {
    for (const loss of [new MeanSquaredError(), new HalfSquaredError(), new BinaryCrossEntropy()]) {
      const outputs = new Float64Array([0.2, 0.7, 0.9, 0.4]);
      const targets = [9, 9, 0, 1, 1, 0]; // the batch starts at row 1
      const gradients = new Float64Array(4);
      const sum = loss.batchValueAndGradient(outputs, targets, 1, 2, 2, gradients);
      expect(sum).toBeCloseTo(loss.value([0.2, 0.7], [0, 1]) + loss.value([0.9, 0.4], [1, 0]), 14);
      expect(Array.from(gradients)).toEqual([...loss.gradient([0.2, 0.7], [0, 1]), ...loss.gradient([0.9, 0.4], [1, 0])]);
      expect(loss.batchValue(outputs, targets, 1, 2, 2)).toBe(sum); // the same sum, without the gradient
    }
  });
});

describe('saturation of a sigmoid output unit (∂loss/∂z = ∂loss/∂o · σ′)', () => {
  const sigmoid = new SigmoidAF();
  const dLossDz = (loss: BinaryCrossEntropy | MeanSquaredError, z: number, target: number): number => {
    const o = sigmoid.eval(z);
    return loss.gradient([o], [target])[0]! * sigmoid.derivative(o);
  };

  it('confidently wrong (z = −20, target 1): BCE still pushes with ≈ −1, MSE barely moves', () => {
    expect(dLossDz(new BinaryCrossEntropy(), -20, 1)).toBeCloseTo(-1, 6);
    expect(Math.abs(dLossDz(new MeanSquaredError(), -20, 1))).toBeLessThan(1e-8);
    expect(dLossDz(new BinaryCrossEntropy(), 20, 0)).toBeCloseTo(1, 6);
  });

  it('with BCE, ∂loss/∂z = σ(z) − t', () => {
    for (const z of [-3, -0.5, 0, 1.5, 4]) {
      expect(dLossDz(new BinaryCrossEntropy(), z, 1)).toBeCloseTo(sigmoid.eval(z) - 1, 10);
    }
  });
});

describe('loss registry', () => {
  it('creates losses by name and names unknown ones', () => {
    expect(lossNames()).toEqual(expect.arrayContaining(['mse', 'halfSquaredError', 'binaryCrossEntropy', 'summedBinaryCrossEntropy']));
    expect(createLoss('binaryCrossEntropy')).toBeInstanceOf(BinaryCrossEntropy);
    expect(() => createLoss('hinge')).toThrow(UnknownNameError);
    expect(() => registerLoss('mse', () => new MeanSquaredError())).toThrow(DuplicateNameError);
  });
});
