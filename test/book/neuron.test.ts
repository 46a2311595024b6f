// The book's NeuronTest (chapter 2 of the printed book, sigmoid neurons): 5000 rounds, within 0.1.
import { describe, expect, it } from 'vitest';
import { Neuron } from '../../src/index.js';
import { GATE_INPUTS } from '../helpers.js';

function trainedSigmoidNeuron(inputs: readonly (readonly number[])[], targets: number[]): Neuron {
  const neuron = new Neuron();
  neuron.weights = inputs[0]!.map(() => -1);
  neuron.bias = 2;
  for (let round = 0; round < 5000; round++) {
    inputs.forEach((x, i) => neuron.train(x, targets[i]!));
  }
  return neuron;
}

function expectLearned(inputs: readonly (readonly number[])[], targets: number[]): void {
  const neuron = trainedSigmoidNeuron(inputs, targets);
  inputs.forEach((x, i) => expect(Math.abs(neuron.feed(x) - targets[i]!)).toBeLessThan(0.1));
}

describe('NeuronTest', () => {
  it('defaults: sigmoid, learning rate 0.1', () => {
    const neuron = new Neuron();
    expect(neuron.activationFunction.name).toBe('sigmoid');
    expect(neuron.learningRate).toBe(0.1);
  });

  it('testTrainingAND', () => expectLearned(GATE_INPUTS, [0, 0, 0, 1]));
  it('testTrainingOR', () => expectLearned(GATE_INPUTS, [0, 1, 1, 1]));
  it('testTrainingNOR', () => expectLearned(GATE_INPUTS, [1, 0, 0, 0]));
  it('testTrainingNOT', () => expectLearned([[0], [1]], [1, 0]));
});
