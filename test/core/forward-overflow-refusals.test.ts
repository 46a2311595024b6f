// A forward pass whose output overflows to ±∞ (huge weights times big inputs):
// predicting refuses it as a NonFiniteResultError, and a training step (the
// neuron's, the network's, train:nbEpochs:'s) as a DivergenceError that says
// where, before anything is changed — δ included.
import { describe, expect, it } from 'vitest';
import { DivergenceError, IdentityAF, NNetwork, Neuron, NeuronLayer, NonFiniteResultError, Random } from '../../src/index.js';
import { snapshot } from '../helpers.js';
import { expectRefusal } from '../refusals.js';

const OVERFLOW_ADVICE = 'scale the inputs down (normalise them) or check the weights for huge values';

/** How a training step reports the overflow of its forward pass at learning rate 0.1, in `where`. */
function divergedAt(where: string): string {
  return `the step of ${where} diverged with learning rate 0.1: it would make a parameter NaN or infinite, so nothing was changed — try a smaller learning rate or normalised inputs`;
}

/** A network of one identity neuron, y = w·x (bias 0): w = [1e308] and x = [10] give 1e309 = +∞. */
function oneNeuronNetwork(weights: number[]): NNetwork {
  const layer = new NeuronLayer().initializeNbOfNeurons(1, weights.length, new Random(42), new IdentityAF());
  layer.neurons[0]!.weights = weights;
  layer.neurons[0]!.bias = 0;
  return new NNetwork().addLayer(layer);
}

/** The δ of every neuron of `net`, first layer first. */
function deltas(net: NNetwork): number[] {
  return net.layers.flatMap((layer) => layer.neurons.map((neuron) => neuron.delta));
}

describe('an output that overflows', () => {
  it('predict refuses it, naming the output', () => {
    const error = expectRefusal(
      () => oneNeuronNetwork([1e308]).predict([10]),
      NonFiniteResultError,
      `network output 0 came out Infinity from finite numbers (the arithmetic overflowed): ${OVERFLOW_ADVICE}`,
    ) as NonFiniteResultError;
    expect([error.what, error.value, error.index]).toEqual(['network output', Infinity, 0]);
  });

  it("Neuron.train refuses it as a divergence of this neuron, keeping its weights, bias and δ", () => {
    const neuron = new Neuron();
    neuron.activationFunction = new IdentityAF();
    neuron.weights = [1];
    neuron.bias = 0;
    neuron.train([1], 0); // output 1, δ = (0 − 1)·1 = −1; w = 1 + 0.1·(−1)·1 = 0.9, b = −0.1
    expect([neuron.delta, neuron.weights[0], neuron.bias]).toEqual([-1, 0.9, -0.1]);
    neuron.weights = [1e308];
    const error = expectRefusal(() => neuron.train([10], 0), DivergenceError, divergedAt('this neuron')) as DivergenceError;
    expect([error.epoch, error.learningRate, error.loss]).toEqual([undefined, 0.1, NaN]);
    expect([neuron.delta, neuron.weights[0], neuron.bias]).toEqual([-1, 1e308, -0.1]);
  });

  it("NNetwork.train refuses it as a divergence of the forward pass, keeping the parameters and δ", () => {
    const net = oneNeuronNetwork([1]);
    net.train([1], [0]); // δ = −1, as for the lone neuron above
    net.layers[0]!.neurons[0]!.weights = [1e308];
    const before = { parameters: snapshot(net), deltas: deltas(net) };
    expect(before.deltas).toEqual([-1]);
    expectRefusal(() => net.train([10], [0]), DivergenceError, divergedAt('the forward pass of this network'));
    expect({ parameters: snapshot(net), deltas: deltas(net) }).toEqual(before);
  });

  // The first row overflows, 1e308 + 1e308 = +∞, with or without min–max scaling (its features are the maxima: 1).
  it.each([
    ['trainEpochs', (net: NNetwork) => net.trainEpochs([[1, 1, 0], [0, 0, 0]], 3)],
    ['trainEpochsWithoutNormalization', (net: NNetwork) => net.trainEpochsWithoutNormalization([[1, 1, 0], [0, 0, 0]], 3)],
  ])('%s refuses it in epoch 1, before any step and any history', (_, train) => {
    const net = oneNeuronNetwork([1e308, 1e308]);
    const before = snapshot(net);
    const error = expectRefusal(() => train(net), DivergenceError, divergedAt('epoch 1 of this network')) as DivergenceError;
    expect([error.epoch, error.learningRate, error.loss]).toEqual([undefined, 0.1, NaN]);
    expect(snapshot(net)).toEqual(before);
    expect([net.errors, net.precisions]).toEqual([[], []]);
  });
});
