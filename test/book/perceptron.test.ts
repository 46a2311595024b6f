// The book's PerceptronTest (chapter 1 of the printed book, step neurons), ported one test per test.
import { describe, expect, it } from 'vitest';
import { InputSizeError, Neuron } from '../../src/index.js';
import { GATE_INPUTS } from '../helpers.js';

function perceptron(weights: number[], bias: number): Neuron {
  const p = new Neuron().step();
  p.weights = weights;
  p.bias = bias;
  return p;
}

function outputsOn(p: Neuron, inputs: readonly (readonly number[])[]): number[] {
  return inputs.map((x) => p.feed(x));
}

/** The book's `digitalComparator:`: (A > B, A = B, A < B) from two NOTs, two ANDs and a NOR. */
function digitalComparator(a: number, b: number): number[] {
  const and = perceptron([1, 1], -1.5);
  const not = perceptron([-1], 0.5);
  const nor = perceptron([-1, -1], 0.5);
  const notA = not.feed([a]);
  const notB = not.feed([b]);
  const aGreater = and.feed([a, notB]);
  const aLess = and.feed([notA, b]);
  const equal = nor.feed([aGreater, aLess]);
  return [aGreater, equal, aLess];
}

describe('PerceptronTest', () => {
  it('testSmallExample: w=(1,2), b=−2 fed (5,2) gives 1', () => {
    expect(perceptron([1, 2], -2).feed([5, 2])).toBe(1);
  });

  it('testAND', () => {
    expect(outputsOn(perceptron([1, 1], -1.5), GATE_INPUTS)).toEqual([0, 0, 0, 1]);
  });

  it('testOR', () => {
    expect(outputsOn(perceptron([1, 1], -0.5), GATE_INPUTS)).toEqual([0, 1, 1, 1]);
  });

  it('testNOR', () => {
    expect(outputsOn(perceptron([-1, -1], 0.5), GATE_INPUTS)).toEqual([1, 0, 0, 0]);
  });

  it('testNOT', () => {
    const p = perceptron([-1], 0.5);
    expect([p.feed([1]), p.feed([0])]).toEqual([0, 1]);
  });

  it('testWrongFeeding: two inputs to a one-weight perceptron raise', () => {
    const p = perceptron([-1], 0.5);
    expect(() => p.feed([1, 1])).toThrow(InputSizeError);
    expect(() => p.feed([1, 1])).toThrow('expected 1 value but got 2');
  });

  it('testTrainingOR: 40 rounds from w=(−1,−1), b=2', () => {
    const p = perceptron([-1, -1], 2);
    const targets = [0, 1, 1, 1];
    for (let round = 0; round < 40; round++) {
      GATE_INPUTS.forEach((x, i) => p.train(x, targets[i]!));
    }
    expect(outputsOn(p, GATE_INPUTS)).toEqual(targets);
  });

  it('testTrainingNOT: 40 rounds from w=(−1), b=2', () => {
    const p = perceptron([-1], 2);
    for (let round = 0; round < 40; round++) {
      p.train([0], 1);
      p.train([1], 0);
    }
    expect([p.feed([0]), p.feed([1])]).toEqual([1, 0]);
  });

  it('testDigitalComparator', () => {
    expect(digitalComparator(0, 0)).toEqual([0, 1, 0]);
    expect(digitalComparator(0, 1)).toEqual([0, 0, 1]);
    expect(digitalComparator(1, 0)).toEqual([1, 0, 0]);
    expect(digitalComparator(1, 1)).toEqual([0, 1, 0]);
  });

  it('chapter 1 playground: w=(−1,−1), b=2 still says 1 after one training on (0,1)→0 and 0 after ten', () => {
    const p = perceptron([-1, -1], 2);
    p.train([0, 1], 0);
    expect(p.feed([0, 1])).toBe(1);
    for (let i = 1; i < 10; i++) p.train([0, 1], 0);
    expect(p.feed([0, 1])).toBe(0);
  });
});
