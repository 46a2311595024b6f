// The typed-error promise: a refusal is an Error subclass whose message names
// what was wrong (and says what to do). These are the core's and the
// activations' refusals whose messages no other test reads: each checks the
// class, the whole message, and that nothing changed.
import { describe, expect, it } from 'vitest';
import {
  ColumnRangeError,
  derivativeCheck,
  DivergenceError,
  EmptyDataError,
  IdentityAF,
  InputSizeError,
  InvalidArgumentError,
  LeakyReLUAF,
  MMatrix,
  NMLayer,
  NMNetwork,
  NNetwork,
  Neuron,
  NeuronLayer,
  NonFiniteResultError,
  Normalization,
  NotConfiguredError,
  Random,
  RaggedDataError,
  SigmoidAF,
  SoftmaxAF,
  trace,
} from '../../src/index.js';
import { snapshot } from '../helpers.js';
import { expectRefusal } from '../refusals.js';

const CONFIGURE_FIRST = 'this network has no layers yet: call configure(…) or addLayer(…) first';

describe('NNetwork', () => {
  it('an unconfigured network says to configure it, whatever is asked', () => {
    const net = new NNetwork();
    for (const action of [() => net.feed([1]), () => net.numberOfOutputs(), () => net.learningRate, () => net.predict([1])]) {
      expectRefusal(action, NotConfiguredError, CONFIGURE_FIRST);
    }
  });

  it('trainEpochs: rows that are not a list, empty, ragged, or of the wrong width', () => {
    const net = new NNetwork().configure(2, 2, 2);
    const before = snapshot(net);
    expectRefusal(() => net.trainEpochsWithoutNormalization('rows' as never, 1), InvalidArgumentError, 'rows to train on: must be an array of rows, got "rows"');
    expectRefusal(() => net.trainEpochsWithoutNormalization([], 1), EmptyDataError, 'rows to train on is empty: give at least one row');
    const ragged = expectRefusal(() => net.trainEpochsWithoutNormalization([[0, 0, 0], [1, 1]], 1), RaggedDataError, 'row 1 has 2 columns but row 0 has 3: every row must have the same length');
    expect(ragged).toMatchObject({ row: 1, expected: 3, actual: 2 });
    expectRefusal(() => net.trainEpochsWithoutNormalization([[0, 0, 0, 1]], 1), InputSizeError, 'features per row: expected 2 values but got 3');
    expect(snapshot(net)).toEqual(before);
    expect(net.errors).toEqual([]);
  });

  it('softmax on one output neuron says why and what to use instead', () => {
    expectRefusal(
      () => new NNetwork().configure(2, 2, 1, { outputActivation: new SoftmaxAF() }),
      InvalidArgumentError,
      'outputActivation: softmax needs a layer of at least 2 neurons, got 1 (on one neuron its output is always 1: use a sigmoid output for two classes)',
    );
  });
});

describe('NeuronLayer and Neuron', () => {
  it('a layer without neurons says to initialise it', () => {
    expectRefusal(() => new NeuronLayer().parameters(), NotConfiguredError, 'this layer has no neurons yet: call initializeNbOfNeurons first');
  });

  it('the layers’ steps called in the wrong place say where they belong', () => {
    const net = new NNetwork().configure(2, 2, 1);
    const [hidden, output] = net.layers;
    net.feed([1, 0]);
    expectRefusal(() => hidden!.backwardPropagateError([1, 0]), NotConfiguredError, 'only the output layer takes expected outputs; call hidden layers without arguments');
    expectRefusal(() => output!.backwardPropagateError(), NotConfiguredError, 'the output layer needs the expected outputs: backwardPropagateError(expected)');
    expectRefusal(() => hidden!.updateWeight(), NotConfiguredError, 'the first layer needs its inputs: updateWeight(initialInputs)');
  });

  it('a layer update that overflows names the layer and its rate; nothing moved', () => {
    const layer = new NeuronLayer().initializeNbOfNeurons(2, 2, new Random(42), new IdentityAF());
    layer.parameters().set([1, 0, 0, 0, 0, 0]);
    layer.feed([1, 0]); // outputs (1, 0)
    layer.backwardPropagateError([1e308, 0]); // δ₀ ≈ 1e308: δ₀ · 1e10 overflows
    const before = Array.from(layer.parameters());
    const error = expectRefusal(
      () => layer.updateWeight([1e10, 0]),
      DivergenceError,
      'the step of layer of 2 neurons diverged with learning rate 0.1: it would make a parameter NaN or infinite, so nothing was changed — try a smaller learning rate or normalised inputs',
    );
    expect(error).toMatchObject({ epoch: undefined, learningRate: 0.1, where: 'layer of 2 neurons' });
    expect(Array.from(layer.parameters())).toEqual(before);
  });

  it('a neuron: no weights yet, a weight count fixed by its layer, an activation its layer overrides', () => {
    expectRefusal(() => new Neuron().feed([1]), NotConfiguredError, 'this neuron has no weights yet: set `weights` before feeding it');
    const layer = new NeuronLayer().initializeNbOfNeurons(2, 3, new Random(42));
    expectRefusal(() => (layer.neurons[0]!.weights = [1]), InputSizeError, 'weights of a neuron inside a layer: expected 3 values but got 1');
    layer.layerActivation = new SoftmaxAF();
    expectRefusal(
      () => (layer.neurons[0]!.activationFunction = new SigmoidAF()),
      InvalidArgumentError,
      "activationFunction: this neuron's layer applies softmax to all its neurons together; set the layer's activationFunction (or layerActivation) instead",
    );
  });

  it('a neuron whose output or step overflows', () => {
    const neuron = new Neuron();
    neuron.weights = [1e308, 1e308];
    neuron.activationFunction = new IdentityAF();
    const overflow = expectRefusal(
      () => neuron.feed([10, 10]),
      NonFiniteResultError,
      'neuron output came out Infinity from finite numbers (the arithmetic overflowed): scale the inputs down (normalise them) or check the weights for huge values',
    );
    expect(overflow).toMatchObject({ what: 'neuron output', value: Infinity, index: undefined });
    const stepper = new Neuron();
    stepper.weights = [1e308];
    stepper.activationFunction = new IdentityAF();
    stepper.feed([1]);
    stepper.adjustDeltaWith(1e308);
    expectRefusal(
      () => stepper.adjustWeightWithInput([1e10]),
      DivergenceError,
      'the step of this neuron diverged with learning rate 0.1: it would make a parameter NaN or infinite, so nothing was changed — try a smaller learning rate or normalised inputs',
    );
    expect(Array.from(stepper.weights)).toEqual([1e308]);
  });
});

describe('the step tracer', () => {
  it('a traced step that would diverge says so, as train would; the network is untouched', () => {
    const net = new NNetwork().configure(1, 1, 1, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
    net.parameters()[0]!.set([1, 0]);
    net.parameters()[1]!.set([1, 0]);
    const before = snapshot(net);
    // o = h = 1e10, δ_out = 1e300 − 1e10: the output weight's step δ_out · h overflows.
    const error = expectRefusal(
      () => trace(net, [1e10], [1e300]),
      DivergenceError,
      'the step of the traced step diverged with learning rate 0.1: it would make a parameter NaN or infinite, so nothing was changed — try a smaller learning rate or normalised inputs',
    );
    expect(error).toMatchObject({ where: 'the traced step' });
    expect(snapshot(net)).toEqual(before);
  });
});

describe('the matrix network (NMNetwork, NMLayer)', () => {
  it('inputs or targets that are not matrices', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    expectRefusal(() => net.feed([1, 0] as never), InvalidArgumentError, 'network inputs: must be an MMatrix (one column per example), got an array of 2');
    const X = MMatrix.newFromArrays([[0, 1], [1, 0]]);
    expectRefusal(() => net.trainFullBatch(X, [[1, 0]] as never, 1), InvalidArgumentError, 'targets: must be an MMatrix (one column per example), got an array of 1');
  });

  it('training rows: empty, or of the wrong width', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    expectRefusal(() => net.trainEpochs([], 1), EmptyDataError, 'training rows is empty: give at least one row');
    expectRefusal(() => net.trainEpochs([[0, 0, 0, 1]], 1), InputSizeError, 'features per row (the label comes last): expected 2 values but got 3');
    expectRefusal(() => net.trainEpochs('rows' as never, 1), InvalidArgumentError, 'training rows: must be an array of rows, got "rows"');
  });

  it('an unconfigured network and layer say what to call', () => {
    expectRefusal(() => new NMNetwork().feed(MMatrix.newFromArrays([[1]])), NotConfiguredError, CONFIGURE_FIRST);
    expectRefusal(() => new NMLayer().feed(MMatrix.newFromArrays([[1]])), NotConfiguredError, 'this layer has no weights yet: call nbInputs(…) first');
  });
});

describe('Normalization', () => {
  it('rows without a feature, ragged rows, and min or max of the wrong length', () => {
    const norm = new Normalization();
    expectRefusal(() => norm.normalizeData([[1], [2]]), InvalidArgumentError, 'data to normalise: each row needs at least one feature and a label');
    expectRefusal(() => norm.normalizeData([]), EmptyDataError, 'data to normalise is empty: give at least one row');
    expectRefusal(() => norm.normalizeData([[1, 2, 0], [3, 4]]), RaggedDataError, 'row 1 has 2 columns but row 0 has 3: every row must have the same length');
    expectRefusal(() => norm.normalizeData([[1, 2, 0]], [0], [5, 5]), InputSizeError, 'min per feature: expected 2 values but got 1');
    expectRefusal(() => norm.normalizeData([[1, 2, 0]], [0, 0], [5, 5, 5]), InputSizeError, 'max per feature: expected 2 values but got 3');
    expect([norm.min, norm.max]).toEqual([[], []]);
  });

  it('a column whose range overflows names the column and its ends', () => {
    const error = expectRefusal(
      () => new Normalization().normalizeData([[0, -1e308, 0], [1, 1e308, 1]]),
      ColumnRangeError,
      'the range max − min of feature column 1 came out Infinity from finite numbers (the arithmetic overflowed): the column spans -1e+308 to 1e+308, more than the largest double; divide it by a constant first',
    );
    expect(error).toMatchObject({ column: 1, min: -1e308, max: 1e308 });
  });

  it('a row scaled beyond the largest double names the feature', () => {
    const norm = new Normalization();
    norm.normalizeData([[0, 0], [1e-300, 1]]);
    expectRefusal(
      () => norm.normalizeInputs([1e300]),
      NonFiniteResultError,
      'normalised feature 0 came out Infinity from finite numbers (the arithmetic overflowed): the feature is too far outside the [min, max] the scaling was fitted on',
    );
  });
});

describe('activations and their checks', () => {
  it('Random: a seed outside 1..2³¹ − 2', () => {
    expectRefusal(() => new Random(0), InvalidArgumentError, 'Random seed: must be an integer in 1..2147483646, got 0');
    expectRefusal(() => new Random(2147483647), InvalidArgumentError, 'Random seed: must be an integer in 1..2147483646, got 2147483647');
    expect(new Random(2147483646).next()).toBeGreaterThan(0); // the largest seed is taken
  });

  it('LeakyReLUAF: a slope outside (0, 1]', () => {
    for (const slope of [0, -0.5, 1.5, Number.NaN]) {
      expectRefusal(() => new LeakyReLUAF(slope), InvalidArgumentError, `LeakyReLUAF slope: must be in (0, 1], got ${slope}`);
    }
    expect(new LeakyReLUAF(1).eval(-2)).toBe(-2); // the largest slope is taken
  });

  it('derivativeCheck: no points, a point that is not finite, a step or floor that is not positive', () => {
    const sigmoid = new SigmoidAF();
    expectRefusal(() => derivativeCheck(sigmoid, { points: [] }), InvalidArgumentError, 'points: must be one finite z or more');
    expectRefusal(() => derivativeCheck(sigmoid, { points: [Number.NaN, 1] }), InvalidArgumentError, 'points: must be one finite z or more');
    expectRefusal(() => derivativeCheck(sigmoid, { step: 0 }), InvalidArgumentError, 'step: must be a finite number > 0, got 0');
    expectRefusal(() => derivativeCheck(sigmoid, { floor: -1 }), InvalidArgumentError, 'floor: must be a finite number > 0, got -1');
  });
});
