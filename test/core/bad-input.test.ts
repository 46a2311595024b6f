// Bad input raises a typed error that names the problem, and changes nothing.
import { describe, expect, it } from 'vitest';
import {
  InputSizeError,
  InvalidLearningRateError,
  InvalidSizeError,
  Neuron,
  NNetwork,
  NonFiniteValueError,
  NotConfiguredError,
  NeuronLayer,
  Random,
} from '../../src/index.js';

function snapshot(net: NNetwork): number[][] {
  return net.layers.map((layer) => Array.from(layer.parameters()));
}

describe('NNetwork rejects bad input and stays as it was', () => {
  it('wrong input size names both numbers', () => {
    const net = new NNetwork().configure(2, 3, 1);
    expect(() => net.feed([1, 2, 3])).toThrow(InputSizeError);
    expect(() => net.feed([1, 2, 3])).toThrow('network inputs: expected 2 values but got 3');
  });

  it('train with a bad input or target moves no weight', () => {
    const net = new NNetwork().configure(2, 3, 2);
    const before = snapshot(net);
    expect(() => net.train([1, NaN], [0, 1])).toThrow(NonFiniteValueError);
    expect(() => net.train([1, 0], [0, Infinity])).toThrow(/desired outputs at index 1 must be a finite number, got Infinity/);
    expect(() => net.train([1, 0], [0, 1, 0])).toThrow(InputSizeError);
    expect(() => net.train([1, 0], [1])).toThrow('desired outputs: expected 2 values but got 1');
    expect(snapshot(net)).toEqual(before);
  });

  it('learning rates must be finite and above 0; a bad one changes no neuron', () => {
    const net = new NNetwork().configure(2, 3, 1);
    for (const rate of [0, -0.1, NaN, Infinity]) {
      expect(() => (net.learningRate = rate)).toThrow(InvalidLearningRateError);
    }
    expect(net.layers.every((l) => l.neurons.every((n) => n.learningRate === 0.1))).toBe(true);
    expect(() => (new Neuron().learningRate = -1)).toThrow('learning rate must be a finite number > 0, got -1');
  });

  it('layer sizes must be positive integers; a failed configure keeps the old layers', () => {
    const net = new NNetwork().configure(2, 3, 1);
    const before = snapshot(net);
    expect(() => net.configure(2, 0, 1)).toThrow(InvalidSizeError);
    expect(() => net.configure(2, [3, 2.5], 1)).toThrow('size of hidden layer 2 must be a positive integer, got 2.5');
    expect(() => net.configure(0, 3, 1)).toThrow(/number of inputs/);
    expect(snapshot(net)).toEqual(before);
    expect(() => new NeuronLayer().initializeNbOfNeurons(-1, 2, new Random())).toThrow(InvalidSizeError);
  });

  it('an unconfigured network or neuron says what to do', () => {
    expect(() => new NNetwork().feed([1])).toThrow(NotConfiguredError);
    expect(() => new NNetwork().feed([1])).toThrow(/configure/);
    expect(() => new Neuron().feed([1])).toThrow(/set `weights`/);
  });

  it('a neuron rejects NaN weights, bias and inputs without changing', () => {
    const neuron = new Neuron();
    neuron.weights = [1, 2];
    neuron.bias = 0.5;
    expect(() => (neuron.weights = [1, NaN])).toThrow(NonFiniteValueError);
    expect(() => (neuron.bias = Infinity)).toThrow(NonFiniteValueError);
    expect(() => neuron.train([1, 1], NaN)).toThrow(/desired output/);
    expect(Array.from(neuron.weights)).toEqual([1, 2]);
    expect(neuron.bias).toBe(0.5);
  });

  it('a neuron inside a layer keeps its weight count', () => {
    const layer = new NeuronLayer().initializeNbOfNeurons(2, 3, new Random());
    expect(() => (layer.neurons[0]!.weights = [1, 2])).toThrow(InputSizeError);
    layer.neurons[0]!.weights = [1, 2, 3];
    expect(Array.from(layer.parameters().subarray(0, 3))).toEqual([1, 2, 3]);
  });
});

describe('who owns what feed returns', () => {
  it('NNetwork.feed and NeuronLayer.feed return a fresh array: writing into it cannot corrupt the network', () => {
    const net = new NNetwork().configure(2, 3, 2);
    const first = net.feed([0.5, 0.25]);
    const copy = [...first];
    first[0] = 123;
    first.fill(-1);
    expect(net.feed([0.5, 0.25])).toEqual(copy);
    const layerOut = net.layers[0]!.feed([0.5, 0.25]);
    layerOut[1] = 99;
    expect(net.feed([0.5, 0.25])).toEqual(copy);
  });

  it('forward returns the reused output buffer, documented as overwritten by the next call', () => {
    const net = new NNetwork().configure(2, 3, 2);
    const a = net.forward([1, 0]);
    const valueForA = a[0];
    const b = net.forward([0, 1]);
    expect(b).toBe(a);
    expect(a[0]).not.toBe(valueForA);
  });
});
