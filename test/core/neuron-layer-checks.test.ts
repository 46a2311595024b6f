// The book's NeuronLayer used on its own: what a fresh layer holds, the checks
// of its setters and steps (whole messages, nothing changed), and the undo of a
// layer's step when a later layer's step diverges.
import { describe, expect, it } from 'vitest';
import {
  DivergenceError,
  IdentityAF,
  InputSizeError,
  InvalidArgumentError,
  InvalidSizeError,
  LayerActivation,
  NeuronLayer,
  NonFiniteResultError,
  Random,
  SigmoidAF,
  SoftmaxAF,
} from '../../src/index.js';
import { expectRefusal } from '../refusals.js';

const NOT_AN_ACTIVATION = 'activation: must be an ActivationFunction (with eval and derivative), got null';

/** A layer activation that needs three neurons (softmax needs two). */
class NeedsThree extends LayerActivation {
  readonly name = 'needs-three';
  readonly minimumWidth = 3;
  evalRow(): void {}
  deltasFromErrors(): void {}
}

describe('a NeuronLayer before initializeNbOfNeurons', () => {
  it('has no neurons', () => {
    const layer = new NeuronLayer();
    expect(layer.neurons).toEqual([]);
    expect(layer.numberOfNeurons()).toBe(0);
  });
});

describe('initializeNbOfNeurons refuses bad sizes and activations by name', () => {
  it('names the number of neurons, the number of weights and the activation', () => {
    expectRefusal(() => new NeuronLayer().initializeNbOfNeurons(0, 2, new Random(42)), InvalidSizeError, 'number of neurons must be a positive integer, got 0');
    expectRefusal(() => new NeuronLayer().initializeNbOfNeurons(2, 0, new Random(42)), InvalidSizeError, 'number of weights must be a positive integer, got 0');
    expectRefusal(() => new NeuronLayer().initializeNbOfNeurons(2, 2.5, new Random(42)), InvalidSizeError, 'number of weights must be a positive integer, got 2.5');
    expectRefusal(() => new NeuronLayer().initializeNbOfNeurons(2, 2, new Random(42), null as never), InvalidArgumentError, NOT_AN_ACTIVATION);
  });
});

describe('NeuronLayer activations', () => {
  it('refuses a non-activation, keeping its own', () => {
    const layer = new NeuronLayer().initializeNbOfNeurons(2, 2, new Random(42));
    const before = layer.activationFunction;
    expectRefusal(() => (layer.activationFunction = null as never), InvalidArgumentError, NOT_AN_ACTIVATION);
    expect(layer.activationFunction).toBe(before);
  });

  it('takes the layer activation away again: the neurons keep the identity, the outputs are the weighted sums', () => {
    const layer = new NeuronLayer().initializeNbOfNeurons(2, 1, new Random(42));
    layer.layerActivation = new SoftmaxAF();
    layer.layerActivation = undefined;
    expect(layer.layerActivation).toBeUndefined();
    layer.parameters().set([2, 0.5, -1, 0.25]); // z₁ = 2x + 0.5, z₂ = −x + 0.25
    expect(layer.feed([3])).toEqual([6.5, -2.75]);
  });

  it('refuses a layer activation too wide for the layer, naming both widths (the one-neuron advice only for one neuron)', () => {
    const layer = new NeuronLayer().initializeNbOfNeurons(2, 2, new Random(42));
    expectRefusal(() => (layer.layerActivation = new NeedsThree()), InvalidArgumentError, 'layerActivation: needs-three needs a layer of at least 3 neurons, got 2');
    expect(layer.layerActivation).toBeUndefined();
    expect(layer.activationFunction).toBeInstanceOf(SigmoidAF);
  });
});

describe('NeuronLayer steps', () => {
  it('refuses an output that overflows, naming the layer output and the neuron', () => {
    const layer = new NeuronLayer().initializeNbOfNeurons(1, 2, new Random(42), new IdentityAF());
    layer.parameters().set([1e308, 1e308, 0]);
    expectRefusal(
      () => layer.feed([1, 1]),
      NonFiniteResultError,
      'layer output 0 came out Infinity from finite numbers (the arithmetic overflowed): scale the inputs down (normalise them) or check the weights for huge values',
    );
  });

  it('refuses expected outputs of the wrong length', () => {
    const layer = new NeuronLayer().initializeNbOfNeurons(1, 2, new Random(42));
    layer.feed([1, 1]);
    expectRefusal(() => layer.backwardPropagateError([1, 0]), InputSizeError, 'expected outputs: expected 1 value but got 2');
  });

  it('undoes its own step when the next layer’s step diverges, and passes the DivergenceError on', () => {
    // Layer 2 (identity) outputs about 1e308 and is asked for 1.7e308: δ₂ ≈ 0.7e308, and
    // its bias step 10 · δ₂ overflows. Layer 1's step, 0.1 · δ₁ · x with δ₁ = δ₂ · o(1 − o), is finite.
    const first = new NeuronLayer().initializeNbOfNeurons(2, 2, new Random(42));
    const second = new NeuronLayer().initializeNbOfNeurons(1, 2, new Random(7), new IdentityAF());
    first.nextLayer = second;
    second.previousLayer = first;
    second.parameters().set([1, 1, 1e308]);
    second.learningRate = 10;
    first.feed([1, 1]);
    second.backwardPropagateError([1.7e308]);
    expect(first.neurons.every((n) => Number.isFinite(n.delta) && n.delta !== 0)).toBe(true);
    const before = [Array.from(first.parameters()), Array.from(second.parameters())];
    expectRefusal(
      () => first.updateWeight([1, 1]),
      DivergenceError,
      'the step of layer of 1 neurons diverged with learning rate 10: it would make a parameter NaN or infinite, so nothing was changed — try a smaller learning rate or normalised inputs',
    );
    expect([Array.from(first.parameters()), Array.from(second.parameters())]).toEqual(before);
  });
});
