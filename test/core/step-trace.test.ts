// The step tracer: every number of one book-style step, equal to what train then
// does to the last bit, without changing the network.
import { describe, expect, it } from 'vitest';
import {
  DivergenceError,
  formatStepTrace,
  IdentityAF,
  InputSizeError,
  LeakyReLUAF,
  NNetwork,
  NonFiniteValueError,
  SigmoidAF,
  SoftmaxAF,
  TanhAF,
  trace,
} from '../../src/index.js';
import { snapshot } from '../helpers.js';
import { expectRefusal } from '../refusals.js';

const sigmoid = new SigmoidAF();

describe('trace(network, inputs, desired)', () => {
  it('changes nothing; train then does exactly what it says, layer by layer, bit for bit', () => {
    const net = new NNetwork().configure(3, [4, 3], 2, { activation: new TanhAF() });
    net.layers[0]!.neurons[2]!.activationFunction = new LeakyReLUAF(0.1);
    net.layers[1]!.learningRate = 0.3;
    const before = snapshot(net);
    const step = trace(net, [0.5, -1, 2], [0.2, 0.9]);
    expect(snapshot(net)).toEqual(before);
    net.train([0.5, -1, 2], [0.2, 0.9]);
    step.layers.forEach((layer, l) => {
      const parameters = Array.from(net.layers[l]!.parameters());
      expect(layer.neurons.flatMap((n) => [...n.newWeights, n.newBias])).toEqual(parameters);
      expect(layer.neurons.flatMap((n) => [...n.weights, n.bias])).toEqual(before[l]);
      // The neurons' own records after train: output and δ of this step.
      layer.neurons.forEach((n, j) => {
        expect(net.layers[l]!.neurons[j]!.output).toBe(n.output);
        expect(net.layers[l]!.neurons[j]!.delta).toBe(n.delta);
      });
    });
  });

  it('its numbers hang together: output = f(z), δ = error · f′(output), new = old + change, change = rate · (δ · input)', () => {
    const net = new NNetwork().configure(2, 3, 1);
    const step = trace(net, [1, 0], [1]);
    for (const layer of step.layers) {
      for (const n of layer.neurons) {
        expect(n.output).toBe(sigmoid.eval(n.z));
        expect(n.delta).toBe(n.error * sigmoid.derivative(n.output));
        expect(n.newBias).toBe(n.bias + n.biasChange);
        expect(n.biasChange).toBe(n.learningRate * n.delta);
        n.weightChanges.forEach((c, i) => {
          expect(c).toBe(n.learningRate * (n.delta * layer.inputs[i]!));
          expect(n.newWeights[i]).toBe(n.weights[i]! + c);
        });
        // The weighted sum from 0 in input order, then the bias: as `forward` sums it, so the same bits.
        expect(n.z).toBe(n.weights.reduce((s, w, i) => s + layer.inputs[i]! * w, 0) + n.bias);
      }
    }
    const [hidden, output] = step.layers;
    expect(hidden!.inputs).toEqual([1, 0]);
    expect(output!.inputs).toEqual(hidden!.neurons.map((n) => n.output));
    expect(step.outputs).toEqual([output!.neurons[0]!.output]);
    expect(output!.neurons[0]!.error).toBe(1 - step.outputs[0]!);
    // A hidden neuron's error: Σ over the next layer of its weight to it times that neuron's δ.
    hidden!.neurons.forEach((n, i) => expect(n.error).toBe(output!.neurons[0]!.weights[i]! * output!.neurons[0]!.delta));
  });

  it('a softmax output layer: the outputs sum to 1 and its δ is the softmax’s from the errors, as train does', () => {
    const net = new NNetwork().configure(2, 3, 3, { outputActivation: new SoftmaxAF() });
    const step = trace(net, [0.4, -0.7], [0, 1, 0]);
    const output = step.layers[1]!;
    expect(output.activation).toBe('softmax');
    expect(step.outputs.reduce((s, o) => s + o, 0)).toBeCloseTo(1, 15);
    const weighted = output.neurons.reduce((s, n) => s + n.output * n.error, 0);
    output.neurons.forEach((n) => expect(n.delta).toBe(n.output * (n.error - weighted)));
    net.train([0.4, -0.7], [0, 1, 0]);
    expect(Array.from(net.layers[1]!.parameters())).toEqual(output.neurons.flatMap((n) => [...n.newWeights, n.newBias]));
  });

  it('is JSON as it is: every number survives a round trip', () => {
    const step = trace(new NNetwork().configure(2, 3, 1), [0, 1], [1]);
    // −0 (the change of a weight whose input is 0) comes back as 0; every other number comes back exactly.
    const withoutNegativeZero = (value: unknown): unknown =>
      typeof value === 'number' ? value + 0 : Array.isArray(value) ? value.map(withoutNegativeZero) : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNegativeZero(v)])) : value;
    expect(JSON.parse(JSON.stringify(step))).toEqual(withoutNegativeZero(step));
  });

  it('refuses what train refuses, changing nothing', () => {
    const net = new NNetwork().configure(2, 3, 1);
    const before = snapshot(net);
    expectRefusal(() => trace(net, [1, 2, 3], [1]), InputSizeError, 'network inputs: expected 2 values but got 3');
    expectRefusal(() => trace(net, [1, 2], [1, 0]), InputSizeError, 'desired outputs: expected 1 value but got 2');
    expectRefusal(() => trace(net, [1, 2], [Number.NaN]), NonFiniteValueError, 'desired outputs at index 0 must be a finite number, got NaN');
    expect(snapshot(net)).toEqual(before);
    const linear = new NNetwork().configure(2, 2, 1, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
    linear.learningRate = 1e300;
    const linearBefore = snapshot(linear);
    expect(() => trace(linear, [1e300, 1e300], [1])).toThrow(DivergenceError);
    expect(snapshot(linear)).toEqual(linearBefore);
  });
});

describe('formatStepTrace', () => {
  it('one block per layer, one row per neuron, the figures’ number format', () => {
    const text = formatStepTrace(trace(new NNetwork().configure(2, 3, 1), [1, 0], [1]));
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^train\(\(1, 0\), \(1\)\): outputs before the step \(0\.\d+\)$/);
    expect(lines.filter((line) => line.startsWith('layer '))).toEqual(['layer 1 (sigmoid), inputs (1, 0)', expect.stringMatching(/^layer 2 \(sigmoid\), inputs \(/)]);
    expect(lines.filter((line) => /^\| \d/.test(line))).toHaveLength(4);
    expect(text).toContain('| neuron | weights');
    expect(text).not.toContain('-0.'); // minus signs are “−”
  });
});
