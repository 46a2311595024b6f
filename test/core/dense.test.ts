// One engine (src/core/dense.ts): the fused online step equals the general
// functions bit for bit, and a layer whose neurons have different activations
// gives the same answer on every path.
import { describe, expect, it } from 'vitest';
import {
  BinaryCrossEntropy,
  HalfSquaredError,
  IdentityAF,
  LeakyReLUAF,
  MeanSquaredError,
  NNetwork,
  oneHot,
  ReLUAF,
  SoftmaxAF,
  StochasticGradientDescentTrainer,
  TanhAF,
  type Loss,
} from '../../src/index.js';
import {
  backpropagate,
  forward,
  setErrorsFromLossGradient,
  trainOnline,
  updateLayers,
  type DenseLayer,
} from '../../src/core/dense.js';
import { snapshot, withoutShortcuts } from '../helpers.js';

/** A 3-4-3-2 network whose hidden neurons mix four activations. */
function mixedNetwork(): NNetwork {
  const net = new NNetwork().configure(3, [4, 3], 2, { activation: new TanhAF() });
  const [first, second] = net.layers;
  first!.neurons[1]!.sigmoid();
  first!.neurons[2]!.activationFunction = new LeakyReLUAF(0.1);
  first!.neurons[3]!.activationFunction = new IdentityAF();
  second!.neurons[0]!.activationFunction = new ReLUAF();
  return net;
}

const rows = {
  inputs: Float64Array.from([0.1, 0.5, -0.3, 0.9, -0.2, 0.4, -0.6, 0.3, 0.8, 0.25, 0.75, -0.5]),
  targets: Float64Array.from([0.2, 0.8, 0.9, 0.1, 0.5, 0.5, 0.3, 0.6]),
  labels: undefined,
  offset: 0,
  count: 4,
};

/** The general functions, example by example: forward, the loss's gradient, backpropagate, update. */
function trainGenerally(layers: readonly DenseLayer[], loss: Loss, rate: number): number {
  const width = layers.at(-1)!.nbOfNeurons;
  const gradients = new Float64Array(width);
  const rates = new Float64Array(16).fill(rate); // one per neuron index, enough for every layer here
  let sum = 0;
  for (let row = 0; row < rows.count; row++) {
    let outputs = forward(layers[0]!, rows.inputs, row, 1);
    for (let l = 1; l < layers.length; l++) outputs = forward(layers[l]!, outputs, 0, 1);
    sum += loss.batchValueAndGradient(outputs, rows.targets, row, 1, width, gradients);
    setErrorsFromLossGradient(layers.at(-1)!, gradients);
    backpropagate(layers);
    expect(updateLayers(layers, rows.inputs, row, rates)).toBe(true);
  }
  return sum;
}

/**
 * Trains two copies of `make()` over `rows`, `passes` times: one by trainOnline,
 * one by the general functions. Their losses and weights must agree bit for bit,
 * and differ from the untrained network's.
 */
function expectFusedMatchesGeneral(make: () => NNetwork, makeLoss: () => Loss, rate: number, passes: number): void {
  const fused = make();
  const general = make();
  for (let pass = 0; pass < passes; pass++) {
    const tally = { loss: 0, correct: 0 };
    expect(trainOnline(fused.layers.map((layer) => layer.dense), rows, makeLoss(), rate, tally)).toBe(true);
    expect(tally.loss).toBe(trainGenerally(general.layers.map((layer) => layer.dense), makeLoss(), rate));
  }
  expect(snapshot(fused)).toEqual(snapshot(general));
  expect(snapshot(fused)).not.toEqual(snapshot(make()));
}

describe('trainOnline is the general functions, fused', () => {
  const losses: [string, () => Loss][] = [
    ['half squared error', () => new HalfSquaredError()],
    ['mse', () => new MeanSquaredError()],
    ['binary cross-entropy', () => new BinaryCrossEntropy()],
  ];
  for (const [name, makeLoss] of losses) {
    it(`${name}, mixed activations, 3-4-3-2, 25 passes: the same weights and losses, bit for bit`, () => {
      expectFusedMatchesGeneral(mixedNetwork, makeLoss, 0.3, 25);
    });
  }

  it('a softmax output layer with the mse, a loss without a closed form through softmax: its errors −∂L/∂o scaled by 1/width, bit for bit', () => {
    const make = () => new NNetwork().configure(3, [4], 2, { activation: new TanhAF(), outputActivation: new SoftmaxAF() });
    expectFusedMatchesGeneral(make, () => new MeanSquaredError(), 0.5, 5);
  });

  it('a softmax hidden layer (the first, so each row reads its own inputs), 4 rows, 5 passes: bit for bit', () => {
    const make = () => {
      const net = new NNetwork().configure(3, [4], 2, { activation: new TanhAF() });
      net.layers[0]!.layerActivation = new SoftmaxAF();
      return net;
    };
    expectFusedMatchesGeneral(make, () => new HalfSquaredError(), 0.5, 5);
  });

  it('a wide layer (the forward kernel’s blocks of four neurons) as well', () => {
    expectFusedMatchesGeneral(() => new NNetwork().configure(3, [9, 5], 2), () => new HalfSquaredError(), 0.5, 5);
  });
});

describe('a layer whose neurons have different activations', () => {
  /** The example: a 2-2-1 network with hidden neuron 1 made a tanh neuron. */
  function example(): NNetwork {
    const net = new NNetwork().configure(2, 2, 1);
    net.layers[0]!.neurons[1]!.activationFunction = new TanhAF();
    return net;
  }

  it('feed, forward and forwardBatch agree, and use each neuron’s own activation', () => {
    const net = example();
    const [h0, h1] = net.layers[0]!.neurons;
    const [out] = net.layers[1]!.neurons;
    const x = [0.3, -0.8];
    const z = (neuron: typeof h0, inputs: readonly number[]) =>
      neuron!.weights.reduce((sum, w, i) => sum + inputs[i]! * w, 0) + neuron!.bias;
    const hidden = [1 / (1 + Math.exp(-z(h0, x))), Math.tanh(z(h1, x))];
    const expected = 1 / (1 + Math.exp(-z(out, hidden)));
    expect(net.feed(x)[0]).toBe(expected); // the same sums in the same order: the same bits
    expect(net.feed(x)[0]).toBeCloseTo(0.76109, 5);
    expect(net.forward(x)[0]).toBe(net.feed(x)[0]);
    expect(net.forwardBatch({ inputs: Float64Array.from(x), offset: 0, count: 1 })[0]).toBe(net.feed(x)[0]);
  });

  it('trained by the SGD trainer (batch 1, half squared error) it ends where the book’s train loop ends', () => {
    const data = {
      inputs: [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ],
      targets: [[0], [1], [1], [0]],
    };
    const book = example();
    for (let epoch = 0; epoch < 300; epoch++) data.inputs.forEach((x, i) => book.train(x, data.targets[i]!));
    const trained = example();
    new StochasticGradientDescentTrainer().train(trained, data, { epochs: 300, learningRate: 0.1, loss: new HalfSquaredError() });
    // δ = −(∂½(o − t)²/∂o) · f′(o) = −(o − t) · f′(o) is the book's (t − o) · f′(o) exactly: the same bits.
    expect(snapshot(trained)).toEqual(snapshot(book));
    expect(snapshot(trained)).not.toEqual(snapshot(example()));
  });

  it('the general (buffered) path agrees too', () => {
    const net = mixedNetwork();
    const labels = [0, 1, 1, 0];
    const data = { inputs: [[0.1, 0.5, -0.3], [0.9, -0.2, 0.4], [-0.6, 0.3, 0.8], [0.25, 0.75, -0.5]], targets: labels.map((k) => oneHot(k, 2)) };
    const online = mixedNetwork();
    new StochasticGradientDescentTrainer().train(online, data, { epochs: 20, learningRate: 0.2, loss: new HalfSquaredError() });
    new StochasticGradientDescentTrainer().train(
      withoutShortcuts(net),
      data,
      { epochs: 20, learningRate: 0.2, loss: new HalfSquaredError() },
    );
    expect(snapshot(net)).toEqual(snapshot(online));
  });
});

