// Property-based fuzzing of the public API (issue 16): random networks, data
// and options, including NaN, ±∞, huge values, −0, empty and ragged rows, null
// and strings. Each call succeeds with finite results, or throws a typed error
// naming what was wrong with the parameters bit for bit unchanged (after a
// trainer's DivergenceError: finite, as before the failing step).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  activations,
  createActivation,
  createLoss,
  GradientDescentTrainer,
  LinearModel,
  Neuron,
  NMNetwork,
  NNetwork,
  Normalization,
  Random,
  StochasticGradientDescentTrainer,
  type TrainableModel,
} from '../../src/index.js';
import { allFinite, expectSafeCall, expectTypedError, attempt, FUZZ, nastyNumber, nastyRow, nastyRows, nastyValue } from './properties.js';

const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'identity', 'step'] as const;
const activation = fc.constantFrom(...ACTIVATIONS).map((name) => createActivation(name));
const size = fc.integer({ min: 1, max: 4 });

/** A configured network, its weights sometimes scaled up to near overflow. */
const network = fc
  .record({
    inputs: size,
    hidden: fc.array(size, { minLength: 1, maxLength: 2 }),
    outputs: size,
    activation,
    outputActivation: activation,
    seed: fc.integer({ min: 1, max: 1000 }),
    scale: fc.constantFrom(1, 1, 1, 1e150, 1e300),
  })
  .map(({ inputs, hidden, outputs, activation: hiddenActivation, outputActivation, seed, scale }) => {
    const net = new NNetwork().configure(inputs, hidden, outputs, { activation: hiddenActivation, outputActivation, random: new Random(seed) });
    for (const p of net.parameters()) for (let i = 0; i < p.length; i++) p[i] = p[i]! * scale;
    return net;
  });

const isFiniteArray = (value: unknown): boolean => Array.isArray(value) && value.every(Number.isFinite);

/** One call on a network, with arguments shaped for it (or not). */
function networkCall(net: NNetwork): fc.Arbitrary<[string, () => unknown, (value: unknown) => boolean]> {
  const k = net.numberOfInputs();
  const n = net.numberOfOutputs();
  const labelled = fc.array(fc.tuple(nastyRow(k), fc.oneof(fc.integer({ min: 0, max: n - 1 }), nastyValue)), { minLength: 0, maxLength: 5 })
    .map((rows) => rows.map(([row, label]) => (Array.isArray(row) ? [...row, label] : row)));
  return fc.oneof(
    nastyRow(k).map((x) => ['feed', () => net.feed(x as number[]), isFiniteArray] as const),
    nastyRow(k).map((x) => ['predict', () => net.predict(x as number[]), (c: unknown) => Number.isInteger(c) && (c as number) >= 0 && (c as number) < n] as const),
    fc.tuple(nastyRow(k), nastyRow(n)).map(([x, d]) => ['train', () => net.train(x as number[], d as number[]), () => true] as const),
    fc.tuple(labelled, fc.integer({ min: 1, max: 3 })).map(([rows, epochs]) => ['trainEpochs', () => net.trainEpochs(rows as number[][], epochs), () => true] as const),
    labelled.map((rows) => ['trainEpochsWithoutNormalization', () => net.trainEpochsWithoutNormalization(rows as number[][], 2), () => true] as const),
    nastyValue.map((rate) => ['learningRate', () => (net.learningRate = rate as number), () => true] as const),
    fc.tuple(nastyValue, fc.oneof(size, nastyValue), nastyValue).map(([i, h, o]) => ['configure', () => net.configure(i as number, h as number, o as number), () => true] as const),
    nastyRow(k).map((w) => ['neuron weights', () => (net.layers[0]!.neurons[0]!.weights = w as number[]), () => true] as const),
    nastyValue.map((b) => ['neuron bias', () => (net.outputLayer().neurons[0]!.bias = b as number), () => true] as const),
  ).map(([name, call, check]) => [name, call, check as (value: unknown) => boolean]);
}

describe('fuzz: the API never leaves NaN in a model and always throws typed errors', () => {
  it('NNetwork: feed, predict, train, trainEpochs, learningRate, configure, weights', () => {
    fc.assert(
      fc.property(
        network.chain((net) => fc.tuple(fc.constant(net), fc.array(networkCall(net), { minLength: 1, maxLength: 4 }))),
        ([net, calls]) => {
          for (const [name, call, check] of calls) {
            // Each call is generated for the network as it was made; a configure before it may change the sizes: still a fair input.
            const divergesMidRun = name.startsWith('trainEpochs') ? () => undefined : undefined;
            expectSafeCall(() => net.parameters(), call, check, divergesMidRun);
          }
        },
      ),
      FUZZ,
    );
  });

  it('trainers: gradient descent and SGD on lines and networks, with any options and data', () => {
    const model = fc.oneof(
      fc.tuple(nastyNumber.filter(Number.isFinite), nastyNumber.filter(Number.isFinite)).map(([a, b]) => new LinearModel(a, b) as TrainableModel),
      network.map((net) => net as TrainableModel),
      fc.tuple(size, size, size, fc.integer({ min: 1, max: 99 })).map(([i, h, o, seed]) => new NMNetwork(new Random(seed)).configure(i, h, o) as unknown as TrainableModel),
    );
    const options = fc.record(
      {
        epochs: fc.oneof(fc.integer({ min: 1, max: 4 }), nastyValue),
        learningRate: fc.oneof(fc.constantFrom(0.1, 1, 1e6, 1e300, 1e308), nastyValue),
        batchSize: fc.oneof(fc.integer({ min: 1, max: 5 }), nastyValue),
        shuffle: fc.oneof(fc.boolean(), nastyValue),
        seed: fc.oneof(fc.integer({ min: 1, max: 1000 }), nastyValue),
        loss: fc.constantFrom('mse', 'halfSquaredError', 'binaryCrossEntropy').map((name) => createLoss(name)),
        measureLoss: fc.constantFrom('beforeUpdate', 'afterUpdate', 'sometimes'),
      },
      { requiredKeys: ['epochs'] },
    );
    fc.assert(
      fc.property(
        model.chain((m) => {
          const k = m.numberOfInputs();
          const n = m.numberOfOutputs();
          const data = fc.oneof(
            { weight: 10, arbitrary: fc.record({ inputs: nastyRows(k), targets: nastyRows(n) }) },
            { weight: 2, arbitrary: fc.integer({ min: 1, max: 5 }).chain((rows) => fc.record({
              inputs: fc.array(fc.array(nastyNumber, { minLength: k, maxLength: k }), { minLength: rows, maxLength: rows }),
              targets: fc.array(fc.array(nastyNumber, { minLength: n, maxLength: n }), { minLength: rows, maxLength: rows }),
              labels: fc.array(fc.integer({ min: -1, max: Math.max(n, 2) }), { minLength: rows, maxLength: rows }),
            })) },
            { weight: 1, arbitrary: fc.constantFrom(null, undefined, {}) },
          );
          return fc.tuple(fc.constant(m), data, fc.oneof({ weight: 10, arbitrary: options }, { weight: 1, arbitrary: fc.constantFrom(undefined, null) }), fc.boolean());
        }),
        ([m, data, opts, gradientDescent]) => {
          const trainer = gradientDescent ? new GradientDescentTrainer() : new StochasticGradientDescentTrainer();
          expectSafeCall(
            () => m.parameters(),
            () => trainer.train(m, data as never, opts as never),
            (history) => (history as { loss: number[] }).loss.every(Number.isFinite),
            () => undefined, // after a DivergenceError: finite parameters (checked by expectSafeCall)
          );
        },
      ),
      FUZZ,
    );
  });

  it('Normalization: normalizeData and normalizeInputs give finite values or a typed error, fitted min and max unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }).chain((k) => fc.tuple(nastyRows(k + 1), nastyRow(k), fc.option(fc.tuple(nastyRow(k), nastyRow(k))))), ([rows, row, given]) => {
        const scaling = new Normalization();
        const fitted = () => [Float64Array.from(scaling.min), Float64Array.from(scaling.max)];
        const fit = given === null ? () => scaling.normalizeData(rows as number[][]) : () => scaling.normalizeData(rows as number[][], given[0] as number[], given[1] as number[]);
        expectSafeCall(fitted, fit, (scaled) => (scaled as number[][]).every(isFiniteArray));
        expectSafeCall(fitted, () => scaling.normalizeInputs(row as number[]), isFiniteArray);
      }),
      FUZZ,
    );
  });

  it('Neuron: weights, bias, learning rate, feed and train', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }).chain((k) => fc.tuple(fc.array(nastyNumber.filter(Number.isFinite), { minLength: k, maxLength: k }), nastyRow(k), nastyValue, nastyValue, nastyRow(k), activation)), ([weights, newWeights, bias, target, inputs, af]) => {
        const neuron = new Neuron();
        neuron.weights = weights;
        neuron.activationFunction = af;
        const parameters = () => [Float64Array.from([...neuron.weights, neuron.bias])];
        expectSafeCall(parameters, () => (neuron.bias = bias as number));
        expectSafeCall(parameters, () => neuron.feed(inputs as number[]), Number.isFinite);
        expectSafeCall(parameters, () => neuron.train(inputs as number[], target as number));
        expectSafeCall(parameters, () => (neuron.weights = newWeights as number[]));
        expectSafeCall(parameters, () => (neuron.learningRate = bias as number));
      }),
      FUZZ,
    );
  });

  it('registries: a name and a factory of any kind are registered or refused with a typed error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), nastyValue), fc.oneof(fc.constant(() => createActivation('identity')), nastyValue), (name, factory) => {
        const outcome = attempt(() => activations.register(name as string, factory as never));
        if (!outcome.ok) expectTypedError(outcome.error);
        else activations.unregister(name as string);
        return allFinite([]);
      }),
      FUZZ,
    );
  });
});
