// predictedClass (src/core/rows.ts), the class a row of outputs predicts, as the
// trainers' accuracy and the fused online step count it: the index of the
// largest output, the first on ties, read from the row that starts at `at`;
// one output tells two classes, 1 from 0.5 on.
import { describe, expect, it } from 'vitest';
import { NNetwork, predictedClass } from '../../src/index.js';

describe('predictedClass', () => {
  it('one output: 1 from 0.5 on, 0 below', () => {
    const outputs = Float64Array.from([0.5, 0.49999999999999994, 1, 0, 0.75]);
    expect([0, 1, 2, 3, 4].map((at) => predictedClass(outputs, at, 1))).toEqual([1, 0, 1, 0, 1]);
  });

  it('several outputs: the largest, the first of equal largest ones', () => {
    const rows = [
      [0.2, 0.7, 0.7], // tie after the first: the first of the tie
      [0.7, 0.7, 0.2], // tie at the first
      [0.3, 0.3, 0.3], // all equal: 0
      [0.1, 0.2, 0.9], // the largest last
      [0.9, 0.2, 0.1], // the largest first
      [-3, -1, -2], // negative outputs
    ];
    const flat = Float64Array.from(rows.flat());
    expect(rows.map((_, r) => predictedClass(flat, r * 3, 3))).toEqual([1, 0, 0, 2, 0, 1]);
  });

  it('reads only its own row: a larger value in the next row does not count', () => {
    const outputs = Float64Array.from([0.4, 0.6, 0.9, 0.1]);
    expect(predictedClass(outputs, 0, 2)).toBe(1);
    expect(predictedClass(outputs, 2, 2)).toBe(0);
  });

  it('agrees with NNetwork.predict, ties included', () => {
    const net = new NNetwork().configure(2, 3, 3);
    const [first, second, third] = net.outputLayer().neurons;
    for (const neuron of [second!, third!]) {
      neuron.weights = [0.5, 0.5, 0.5];
      neuron.bias = 1;
    }
    first!.weights = [0.1, -0.2, 0.3];
    first!.bias = -1;
    const outputs = Float64Array.from(net.feed([1, 0]));
    expect(outputs[1]).toBe(outputs[2]);
    expect(predictedClass(outputs, 0, 3)).toBe(net.predict([1, 0]));
    expect(predictedClass(outputs, 0, 3)).toBe(1);
  });
});
