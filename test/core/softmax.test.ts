// Softmax, a layer's activation: its formula, its δ from the errors checked by
// finite differences alone, with the categorical cross-entropy (δ = t − o) and
// with other losses, on every path (the book's train, forwardBatch/backwardBatch,
// the fused online step), and the bad input it refuses.
import { describe, expect, it } from 'vitest';
import {
  CategoricalCrossEntropy,
  createAnyActivation,
  GradientDescentTrainer,
  gradientCheck,
  HalfSquaredError,
  IdentityAF,
  InvalidArgumentError,
  MeanSquaredError,
  NNetwork,
  oneHot,
  Random,
  SigmoidAF,
  SoftmaxAF,
  StochasticGradientDescentTrainer,
  TanhAF,
  type Loss,
} from '../../src/index.js';
import { backpropagate, forward, propagateErrors, setLayerOutputDeltas, trainOnline, updateLayers, type DenseLayer } from '../../src/core/dense.js';
import { snapshot, withoutShortcuts } from '../helpers.js';

const softmax = new SoftmaxAF();

function softmaxOf(z: readonly number[]): number[] {
  const values = Float64Array.from(z);
  softmax.evalRow(values, 0, values.length);
  return Array.from(values);
}

describe('SoftmaxAF alone', () => {
  it('eᶻʲ / Σ eᶻᵏ: (1, 2, 3) → (0.090031, 0.244728, 0.665241), summing to 1', () => {
    const o = softmaxOf([1, 2, 3]);
    const e = [Math.exp(1), Math.exp(2), Math.exp(3)];
    const sum = e[0]! + e[1]! + e[2]!;
    o.forEach((value, j) => expect(value).toBeCloseTo(e[j]! / sum, 15));
    expect(o.map((v) => Number(v.toFixed(6)))).toEqual([0.090031, 0.244728, 0.665241]);
    expect(o[0]! + o[1]! + o[2]!).toBeCloseTo(1, 15);
  });

  it('shifting every z by the same amount changes nothing; z = 1000 does not overflow', () => {
    const shifted = softmaxOf([1001, 1002, 1003]);
    softmaxOf([1, 2, 3]).forEach((v, j) => expect(shifted[j]).toBeCloseTo(v, 15));
    expect(softmaxOf([0, 800])).toEqual([0, 1]);
  });

  it('evalRow works on one row of several, leaving the others', () => {
    const values = Float64Array.from([9, 1, 2, 9]);
    softmax.evalRow(values, 1, 2);
    expect(values[0]).toBe(9);
    expect(values[3]).toBe(9);
    expect(values[1]! + values[2]!).toBeCloseTo(1, 15);
  });

  it('δ from the errors is Jᵀ·error: central differences of Σᵢ errorᵢ·oᵢ(z) (1e−9)', () => {
    const z = [0.3, -1.2, 2.0, 0.7];
    const errors = Float64Array.from([0.5, -0.25, 1.5, -2]);
    const o = Float64Array.from(softmaxOf(z));
    const deltas = new Float64Array(4);
    softmax.deltasFromErrors(o, errors, deltas, 0, 4);
    const weighted = (zs: number[]) => softmaxOf(zs).reduce((sum, oi, i) => sum + errors[i]! * oi, 0);
    const h = 1e-6;
    z.forEach((_, j) => {
      const up = z.map((v, k) => (k === j ? v + h : v));
      const down = z.map((v, k) => (k === j ? v - h : v));
      expect(deltas[j]).toBeCloseTo((weighted(up) - weighted(down)) / (2 * h), 9);
    });
  });

  it('errors and deltas may be one array (the fused step computes in place)', () => {
    const o = Float64Array.from(softmaxOf([0.2, 0.1, -0.4]));
    const errors = Float64Array.from([1, -0.5, 0.25]);
    const apart = new Float64Array(3);
    softmax.deltasFromErrors(o, errors, apart, 0, 3);
    softmax.deltasFromErrors(o, errors, errors, 0, 3);
    expect(Array.from(errors)).toEqual(Array.from(apart));
  });

  it('reads and writes only its own example in a buffer of several', () => {
    // Example 1 of three, width 3: the rows before and after are other examples' and stay as they are.
    const o = Float64Array.from([9, 9, 9, ...softmaxOf([0.2, 0.1, -0.4]), 9, 9, 9]);
    const errors = Float64Array.from([7, 7, 7, 1, -0.5, 0.25, 7, 7, 7]);
    const deltas = new Float64Array(9).fill(5);
    softmax.deltasFromErrors(o, errors, deltas, 3, 3);
    const alone = new Float64Array(3);
    softmax.deltasFromErrors(o.subarray(3, 6), errors.subarray(3, 6), alone, 0, 3);
    expect(Array.from(deltas)).toEqual([5, 5, 5, ...alone, 5, 5, 5]);
    const values = Float64Array.from([9, 0.2, 0.1, -0.4, 9]);
    softmax.evalRow(values, 1, 3);
    expect(Array.from(values)).toEqual([9, ...softmaxOf([0.2, 0.1, -0.4]), 9]);
  });

  it("is registered as 'softmax' among the layer activations", () => {
    expect(createAnyActivation('softmax')).toBeInstanceOf(SoftmaxAF);
    expect(createAnyActivation('sigmoid')).toBeInstanceOf(SigmoidAF);
  });
});

describe('CategoricalCrossEntropy alone', () => {
  const cce = new CategoricalCrossEntropy();

  it('−Σ t ln o: −ln of the probability of the right class for a one-hot target', () => {
    expect(cce.value([0.2, 0.7, 0.1], [0, 1, 0])).toBeCloseTo(-Math.log(0.7), 15);
    expect(cce.value([0.2, 0.7, 0.1], [0.5, 0.5, 0])).toBeCloseTo(-0.5 * Math.log(0.2) - 0.5 * Math.log(0.7), 15);
  });

  it('finite where an output is 0: a class the example is not in adds 0', () => {
    expect(cce.value([0, 1], [0, 1])).toBe(0);
    expect(cce.gradient([0, 1], [0, 1])).toEqual([0, -1]);
    expect(Number.isFinite(cce.value([0, 1], [1, 0]))).toBe(true);
  });

  it('a class the example is not in (t = 0) adds exactly 0 and pushes by exactly 0, whatever its output (0 · ln o taken as 0)', () => {
    // Without the t = 0 case, −0 · ln 1 is −0 and −0 · ln ∞ is NaN.
    for (const output of [0, 1e-300, 0.5, 1, Number.POSITIVE_INFINITY]) {
      expect(cce.term(output, 0), `term at o = ${output}`).toBe(0);
      expect(cce.termGradient(output, 0), `gradient at o = ${output}`).toBe(0);
    }
  });

  it('∂/∂o = −t/o: central differences of the loss (1e−8)', () => {
    const outputs = [0.2, 0.7, 0.1];
    const targets = [0.3, 0.6, 0.1];
    const h = 1e-7;
    cce.gradient(outputs, targets).forEach((g, j) => {
      const up = outputs.map((o, k) => (k === j ? o + h : o));
      const down = outputs.map((o, k) => (k === j ? o - h : o));
      expect(g).toBeCloseTo((cce.value(up, targets) - cce.value(down, targets)) / (2 * h), 8);
    });
  });

  it('through a softmax, −∂L/∂z = t − o·Σt: central differences of L(softmax(z)) (1e−9)', () => {
    const z = [0.4, -0.3, 1.1];
    const targets = [0.2, 0.5, 0.3];
    const o = softmaxOf(z);
    const h = 1e-6;
    z.forEach((_, j) => {
      const up = z.map((v, k) => (k === j ? v + h : v));
      const down = z.map((v, k) => (k === j ? v - h : v));
      const numeric = (cce.value(softmaxOf(up), targets) - cce.value(softmaxOf(down), targets)) / (2 * h);
      expect(cce.deltaThroughSoftmax(o[j]!, targets[j]!, 1)).toBeCloseTo(-numeric, 9);
    });
  });

  it("is registered as 'categoricalCrossEntropy'", async () => {
    const { createLoss } = await import('../../src/index.js');
    expect(createLoss('categoricalCrossEntropy')).toBeInstanceOf(CategoricalCrossEntropy);
  });
});

/** A 3-4-3 network with a softmax output (hidden tanh), seeded. */
function softmaxNetwork(hidden: number | number[] = 4): NNetwork {
  return new NNetwork().configure(3, hidden, 3, { activation: new TanhAF(), outputActivation: new SoftmaxAF(), random: new Random(5) });
}

const labels = [0, 2, 1, 2, 0];
const data = {
  inputs: [[0.1, 0.5, -0.3], [0.9, -0.2, 0.4], [-0.6, 0.3, 0.8], [0.25, 0.75, -0.5], [-0.9, -0.1, 0.2]],
  targets: labels.map((k) => oneHot(k, 3)),
  labels,
};

describe('a softmax output layer in a network', () => {
  it('feed gives the softmax of the weighted sums; the outputs sum to 1; each neuron alone is linear', () => {
    const net = softmaxNetwork();
    const x = [0.2, -0.4, 0.6];
    const o = net.feed(x);
    const h = net.layers[0]!.neurons.map((n) => n.output);
    const z = net.layers[1]!.neurons.map((n) => n.weights.reduce((s, w, i) => s + w * h[i]!, 0) + n.bias);
    softmaxOf(z).forEach((v, j) => expect(o[j]).toBeCloseTo(v, 15));
    expect(o.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 15);
    expect(net.outputLayer().layerActivation).toBeInstanceOf(SoftmaxAF);
    expect(net.outputLayer().activationFunction).toBeInstanceOf(IdentityAF);
    expect(net.layers[1]!.neurons[0]!.feed(h)).toBeCloseTo(z[0]!, 15);
  });

  it('with the categorical cross-entropy the trainers’ gradient is the mean of (o − t)·input: output δ = t − o exactly', () => {
    const net = softmaxNetwork();
    const loss = new CategoricalCrossEntropy();
    const count = data.inputs.length;
    const rows = { inputs: Float64Array.from(data.inputs.flat()), targets: Float64Array.from(data.targets.flat()), labels: undefined, offset: 0, count };
    const outputs = Float64Array.from(net.forwardBatch(rows));
    const gradients = net.parameters().map((p) => new Float64Array(p.length));
    const outputGradients = new Float64Array(count * 3);
    loss.batchValueAndGradient(outputs, rows.targets, 0, count, 3, outputGradients, 1 / count);
    net.backwardBatch(rows, outputGradients, gradients, { loss, targets: rows.targets, gradientScale: 1 / count });
    const deltas = net.outputLayer().dense.deltas;
    for (let e = 0; e < count * 3; e++) expect(deltas[e]).toBe((rows.targets[e]! - outputs[e]!) * (1 / count));
  });

  const pairs: [string, () => Loss][] = [
    ['categorical cross-entropy (δ = t − o)', () => new CategoricalCrossEntropy()],
    ['mse (the softmax’s δ from the errors)', () => new MeanSquaredError()],
    ['half squared error', () => new HalfSquaredError()],
  ];
  for (const [name, makeLoss] of pairs) {
    it(`softmax × ${name}: backwardBatch's gradient equals central differences (1e−6)`, () => {
      const report = gradientCheck(softmaxNetwork([4, 3]), makeLoss(), data);
      expect(report.parameters).toHaveLength(4 * 4 + 5 * 3 + 4 * 3);
      expect(report.worstRelativeError).toBeLessThan(1e-6);
    });
  }

  it('softmax × categorical cross-entropy with targets that do not sum to 1 (Σt = 0.8, 2, 0.5): δ = t − o·Σt, checked by central differences (1e−6)', () => {
    const soft = { inputs: data.inputs.slice(0, 3), targets: [[0.6, 0.2, 0], [1, 0, 1], [0, 0.5, 0]] };
    const report = gradientCheck(softmaxNetwork([4, 3]), new CategoricalCrossEntropy(), soft);
    expect(report.parameters).toHaveLength(4 * 4 + 5 * 3 + 4 * 3);
    expect(report.worstRelativeError).toBeLessThan(1e-6);
  });

  it('and without the loss (backwardBatch with three arguments) the chain rule gives the same gradient to 1e−12', () => {
    const net = softmaxNetwork();
    const loss = new CategoricalCrossEntropy();
    const count = 5;
    const rows = { inputs: Float64Array.from(data.inputs.flat()), offset: 0, count };
    const targets = Float64Array.from(data.targets.flat());
    const outputGradients = new Float64Array(count * 3);
    loss.batchValueAndGradient(net.forwardBatch(rows), targets, 0, count, 3, outputGradients, 1 / count);
    const chain = net.parameters().map((p) => new Float64Array(p.length));
    net.backwardBatch(rows, outputGradients, chain);
    net.forwardBatch(rows);
    const closed = net.parameters().map((p) => new Float64Array(p.length));
    net.backwardBatch(rows, outputGradients, closed, { loss, targets, gradientScale: 1 / count });
    closed.forEach((g, l) => g.forEach((value, i) => expect(chain[l]![i]).toBeCloseTo(value, 12)));
  });
});

/** The general functions, example by example: forward, the output δ, backpropagate, update (see dense.test.ts). */
function trainGenerally(layers: readonly DenseLayer[], loss: Loss, rate: number): number {
  const inputs = Float64Array.from(data.inputs.flat());
  const targets = Float64Array.from(data.targets.flat());
  const rates = new Float64Array(8).fill(rate);
  const last = layers.at(-1)!;
  let sum = 0;
  for (let row = 0; row < data.inputs.length; row++) {
    let outputs = forward(layers[0]!, inputs, row, 1);
    for (let l = 1; l < layers.length; l++) outputs = forward(layers[l]!, outputs, 0, 1);
    sum += loss.batchValue(outputs, targets, row, 1, 3);
    setLayerOutputDeltas(last, loss, targets, row * 3, 0, loss.scaleFor(3));
    propagateErrors(last, layers.at(-2)!);
    backpropagate(layers.slice(0, -1));
    expect(updateLayers(layers, inputs, row, rates)).toBe(true);
  }
  return sum;
}

describe('the fused online step with a softmax layer is the general functions, bit for bit', () => {
  for (const [name, makeLoss] of [
    ['categorical cross-entropy', () => new CategoricalCrossEntropy()],
    ['mse', () => new MeanSquaredError()],
  ] as [string, () => Loss][]) {
    it(`${name}, 3-4-3, 20 passes: the same weights and losses`, () => {
      const fused = softmaxNetwork();
      const general = softmaxNetwork();
      const rows = { inputs: Float64Array.from(data.inputs.flat()), targets: Float64Array.from(data.targets.flat()), labels: undefined, offset: 0, count: 5 };
      for (let pass = 0; pass < 20; pass++) {
        const tally = { loss: 0, correct: 0 };
        expect(trainOnline(fused.layers.map((l) => l.dense), rows, makeLoss(), 0.3, tally)).toBe(true);
        expect(tally.loss).toBe(trainGenerally(general.layers.map((l) => l.dense), makeLoss(), 0.3));
      }
      expect(snapshot(fused)).toEqual(snapshot(general));
      expect(snapshot(fused)).not.toEqual(snapshot(softmaxNetwork()));
    });
  }

  it('the SGD trainer online (fused) and through backwardBatch (buffered) agree bit for bit, softmax in a hidden layer too', () => {
    const make = () => {
      const net = softmaxNetwork([4, 3]);
      net.layers[1]!.layerActivation = new SoftmaxAF();
      return net;
    };
    const online = make();
    const buffered = make();
    const options = { epochs: 15, learningRate: 0.4, loss: new CategoricalCrossEntropy() };
    const a = new StochasticGradientDescentTrainer().train(online, data, options);
    const b = new StochasticGradientDescentTrainer().train(withoutShortcuts(buffered), data, options);
    expect(snapshot(online)).toEqual(snapshot(buffered));
    expect(a.loss).toEqual(b.loss);
    expect(a.accuracy).toEqual(b.accuracy);
  });

  it("the book's train is SGD (batch 1) on the half squared error: the softmax's δ of t − o, bit for bit", () => {
    const book = softmaxNetwork();
    for (let epoch = 0; epoch < 30; epoch++) data.inputs.forEach((x, i) => book.train(x, data.targets[i]!));
    const trained = softmaxNetwork();
    new StochasticGradientDescentTrainer().train(trained, data, { epochs: 30, learningRate: 0.1, loss: new HalfSquaredError() });
    expect(snapshot(trained)).toEqual(snapshot(book));
  });

  it('gradient descent on softmax + cross-entropy learns the five rows', () => {
    const net = softmaxNetwork();
    const history = new GradientDescentTrainer().train(net, data, { epochs: 300, learningRate: 1, loss: new CategoricalCrossEntropy() });
    expect(history.loss.at(-1)!).toBeLessThan(history.loss[0]! / 10);
    expect(history.accuracy.at(-1)).toBe(1);
  });
});

describe('softmax refuses what makes no sense, changing nothing', () => {
  it('on a one-neuron output layer: InvalidArgumentError naming outputActivation; the network keeps its layers', () => {
    const net = new NNetwork().configure(2, 3, 2);
    const before = snapshot(net);
    expect(() => net.configure(2, 3, 1, { outputActivation: new SoftmaxAF() })).toThrow(InvalidArgumentError);
    expect(() => net.configure(2, 3, 1, { outputActivation: new SoftmaxAF() })).toThrow(/^outputActivation: softmax needs a layer of at least 2 neurons, got 1/);
    expect(snapshot(net)).toEqual(before);
    expect(net.numberOfOutputs()).toBe(2);
  });

  it('set on a one-neuron layer: InvalidArgumentError naming layerActivation', () => {
    const net = new NNetwork().configure(2, 3, 1);
    expect(() => (net.outputLayer().layerActivation = new SoftmaxAF())).toThrow(/^layerActivation: softmax needs/);
    expect(net.outputLayer().layerActivation).toBeUndefined();
    expect(net.outputLayer().activationFunction).toBeInstanceOf(SigmoidAF);
  });

  it("a neuron of a softmax layer cannot take its own activation; the layer's setter replaces the softmax", () => {
    const net = softmaxNetwork();
    const neuron = net.outputLayer().neurons[0]!;
    expect(() => neuron.sigmoid()).toThrow(/^activationFunction: this neuron's layer applies softmax/);
    expect(neuron.activationFunction).toBeInstanceOf(IdentityAF);
    net.outputLayer().activationFunction = new SigmoidAF();
    expect(net.outputLayer().layerActivation).toBeUndefined();
    const o = net.feed([0.1, 0.2, 0.3]);
    expect(o.every((v) => v > 0 && v < 1)).toBe(true);
    expect(o.reduce((s, v) => s + v, 0)).not.toBeCloseTo(1, 3);
  });
});
