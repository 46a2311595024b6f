// Chapter 2's shared pieces: the x range of its function plots, and the
// perceptron-vs-sigmoid experiment on AND (also reused by ch5-fig5).
import { Neuron } from '../../../src/index.js';
import { interval } from '../../shared/interval.js';

/** x = −7..7 step 0.01, the range of the step and sigmoid plots. */
export const FUNCTION_XS: readonly number[] = interval(-7, 7, 0.01);

/** The AND gate in the book's training order: 00, 01, 10, 11. */
export const AND_GATE: readonly { inputs: number[]; desired: number }[] = [
  { inputs: [0, 0], desired: 0 },
  { inputs: [0, 1], desired: 0 },
  { inputs: [1, 0], desired: 0 },
  { inputs: [1, 1], desired: 1 },
];

/** The chapter's starting neuron: w = (−1, −1), b = 2, learning rate `learningRate` (0.1 as the book's default). */
export function startingNeuron(learningRate = 0.1): Neuron {
  const neuron = new Neuron();
  neuron.weights = [-1, -1];
  neuron.bias = 2;
  neuron.learningRate = learningRate;
  return neuron;
}

/** Mean |feed − desired| over the four AND patterns. */
export function errorOnAnd(neuron: Neuron): number {
  return AND_GATE.reduce((sum, { inputs, desired }) => sum + Math.abs(neuron.feed(inputs) - desired), 0) / AND_GATE.length;
}

/**
 * The error after n = 0, 1, …, `epochs` epochs of training on AND.
 *
 * The book builds a fresh neuron for every n and trains it n epochs. Training
 * is deterministic, so that neuron is exactly the one we get by training a
 * single neuron epoch after epoch and measuring after each epoch: 1000 epochs
 * of work instead of 500 500.
 */
export function errorCurveOnAnd(neuron: Neuron, epochs: number): number[] {
  const errors = [errorOnAnd(neuron)];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const { inputs, desired } of AND_GATE) neuron.train(inputs, desired);
    errors.push(errorOnAnd(neuron));
  }
  return errors;
}
