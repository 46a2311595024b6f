// The book's Neuron beyond its own tests: one training step computed by hand, a
// neuron's own δ inside a layer, a bias that alone overflows, and the names its
// refusals give (mutation testing found each of these unchecked).
import { describe, expect, it } from 'vitest';
import { DivergenceError, IdentityAF, InputSizeError, InvalidArgumentError, Neuron, NeuronLayer, NonFiniteValueError, Random } from '../../src/index.js';
import { expectRefusal } from '../refusals.js';

function sigmoidNeuron(): Neuron {
  const neuron = new Neuron();
  neuron.weights = [1, 2];
  neuron.bias = 0.5;
  return neuron;
}

describe('Neuron.train: one step by hand', () => {
  it('feeds first, then δ = (d − o)·o(1 − o), wᵢ += rate·(δ·xᵢ), b += rate·δ', () => {
    const neuron = sigmoidNeuron();
    neuron.train([0.5, -1], 1);
    const o = 1 / (1 + Math.exp(-(0.5 * 1 + -1 * 2 + 0.5))); // z = −1
    const delta = (1 - o) * (o * (1 - o));
    expect(neuron.output).toBe(o);
    expect(neuron.delta).toBe(delta);
    expect(Array.from(neuron.weights)).toEqual([1 + 0.1 * (delta * 0.5), 2 + 0.1 * (delta * -1)]);
    expect(neuron.bias).toBe(0.5 + 0.1 * delta);
  });

  it('a neuron after the first of its layer keeps its own δ', () => {
    const layer = new NeuronLayer().initializeNbOfNeurons(3, 2, new Random(42)); // 3 neurons of 2 weights
    layer.feed([0.3, -0.8]);
    const second = layer.neurons[1]!;
    second.adjustDeltaWith(0.5);
    expect(second.delta).toBe(0.5 * (second.output * (1 - second.output)));
    expect(layer.neurons[0]!.delta).toBe(0);
  });

  it('numberOfWeights is the input count', () => {
    expect(sigmoidNeuron().numberOfWeights()).toBe(2);
    expect(new NeuronLayer().initializeNbOfNeurons(3, 4, new Random(42)).neurons[2]!.numberOfWeights()).toBe(4);
  });
});

describe('Neuron refusals name what was wrong; nothing changes', () => {
  it('weights, bias, activation and inputs', () => {
    const neuron = sigmoidNeuron();
    expectRefusal(() => (neuron.weights = [Number.NaN, 1]), NonFiniteValueError, 'weights at index 0 must be a finite number, got NaN');
    expectRefusal(() => (neuron.bias = Number.NaN), NonFiniteValueError, 'bias must be a finite number, got NaN');
    expectRefusal(
      () => (neuron.activationFunction = {} as never),
      InvalidArgumentError,
      'activation: must be an ActivationFunction (with eval and derivative), got an object',
    );
    expectRefusal(() => neuron.feed([1]), InputSizeError, 'neuron inputs: expected 2 values but got 1');
    expect(Array.from(neuron.weights)).toEqual([1, 2]);
    expect(neuron.bias).toBe(0.5);
  });

  it('a step whose output overflows is a divergence of this neuron', () => {
    const neuron = new Neuron();
    neuron.weights = [1e308];
    neuron.bias = 0;
    neuron.activationFunction = new IdentityAF();
    const error = expectRefusal(
      () => neuron.train([10], 1),
      DivergenceError,
      'the step of this neuron diverged with learning rate 0.1: it would make a parameter NaN or infinite, so nothing was changed — try a smaller learning rate or normalised inputs',
    );
    expect(error).toMatchObject({ learningRate: 0.1, where: 'this neuron' });
    expect(Array.from(neuron.weights)).toEqual([1e308]);
  });

  it('a step whose bias alone overflows moves neither the weights nor the bias', () => {
    const neuron = new Neuron();
    neuron.weights = [0];
    neuron.bias = 1e308;
    neuron.activationFunction = new IdentityAF();
    neuron.learningRate = 10;
    // δ = 1.7e308 − 1e308: the weight would move by 10·(δ·1e−10), finite; the bias by 10·δ, past the largest double.
    expect(() => neuron.train([1e-10], 1.7e308)).toThrow(DivergenceError);
    expect(Array.from(neuron.weights)).toEqual([0]);
    expect(neuron.bias).toBe(1e308);
  });
});
