// The fused online step's finiteness check (src/core/dense.ts `trainOnline`,
// docs/design.md "Fast paths"): an example whose loss or new parameters would
// not be finite is refused, the parameters left as before it, the examples
// before it kept. These cases come from an earlier form of the check, a bound
// on the parameters' magnitudes carried from row to row, and pin what any form
// must do: count a negative input or δ as much as a positive one, refuse an
// overflow on a later row as surely as on the first, and look at every layer,
// every neuron and the row's own inputs. Each test checks the refusal (false,
// or DivergenceError from the trainer) and that every parameter is exactly
// what it was before the refused step.
import { describe, expect, it } from 'vitest';
import {
  CategoricalCrossEntropy,
  DivergenceError,
  HalfSquaredError,
  IdentityAF,
  NNetwork,
  SoftmaxAF,
  StochasticGradientDescentTrainer,
  type Loss,
} from '../../src/index.js';
import { backpropagate, DenseLayer, forward, setErrorsFromLossGradient, trainOnline, updateLayers } from '../../src/core/dense.js';
import type { Tally } from '../../src/core/rows.js';
import { snapshot } from '../helpers.js';

/** The largest double below which adding 1e299 still overflows (the gap to Number.MAX_VALUE is ≈ 1.6e295). */
const NEAR_MAX = 1.7976931348623e308;

/** A loss of 0 whose ∂/∂output is −target: an example's δ is its target, whatever the output (HalfSquaredError's scale of 1). */
function deltaIsTarget(): Loss {
  return new (class extends HalfSquaredError {
    override term(): number {
      return 0;
    }
    override termGradient(_output: number, target: number): number {
      return -target;
    }
  })();
}

/** A one-neuron identity layer o = w·x + b with the given weight and bias. */
function oneNeuron(weight: number, bias: number): DenseLayer {
  const layer = new DenseLayer(1, 1, new IdentityAF(), 0.1);
  layer.parameters.set([weight, bias]);
  return layer;
}

/** Rows of one input and one target each. */
function rowsOf(inputs: number[], targets: number[]) {
  return { inputs: Float64Array.from(inputs), targets: Float64Array.from(targets), labels: undefined, offset: 0, count: inputs.length };
}

describe('trainOnline: a refused step on a later row leaves the previous rows’ updates', () => {
  it('row 0 takes w to near the largest double; row 1’s step of 1e299 would overflow it and is refused', () => {
    const layer = oneNeuron(0, 0);
    // δ = target. Row 0: w = 0 + 1·(NEAR_MAX·1), b = 0 + 1·NEAR_MAX. Row 1: a step of only 1e299, which
    // overflows w because of where row 0 left it.
    const rows = rowsOf([1, 1], [NEAR_MAX, 1e299]);
    const tally = { loss: 0, correct: 0 };
    expect(trainOnline([layer], rows, deltaIsTarget(), 1, tally)).toBe(false);
    expect(Array.from(layer.parameters)).toEqual([NEAR_MAX, NEAR_MAX]);
    // Row 1 alone, from those parameters, is refused as well, and row 0 alone is taken.
    expect(trainOnline([layer], { ...rows, offset: 1, count: 1 }, deltaIsTarget(), 1, tally)).toBe(false);
    expect(Array.from(layer.parameters)).toEqual([NEAR_MAX, NEAR_MAX]);
    const fresh = oneNeuron(0, 0);
    expect(trainOnline([fresh], { ...rows, count: 1 }, deltaIsTarget(), 1, tally)).toBe(true);
    expect(Array.from(fresh.parameters)).toEqual([NEAR_MAX, NEAR_MAX]);
  });

  it('the same with negative values: w driven to −NEAR_MAX by a negative δ, then a negative input overflows it', () => {
    const layer = oneNeuron(0, 0);
    // Row 0: δ = −NEAR_MAX, x = 1. Row 1: δ = 1e299, x = −1 (a step of −1e299 on w, +1e299 on b).
    const rows = rowsOf([1, -1], [-NEAR_MAX, 1e299]);
    expect(trainOnline([layer], rows, deltaIsTarget(), 1, { loss: 0, correct: 0 })).toBe(false);
    expect(Array.from(layer.parameters)).toEqual([-NEAR_MAX, -NEAR_MAX]);
  });

  it('a parameter that starts near the limit, in the second layer, bounds the first example’s step too', () => {
    // h = x (first layer); o = 1·h + b with b = −NEAR_MAX, a bias, so that the hidden δ = δ_out·1 stays small.
    const first = oneNeuron(1, 0);
    const second = oneNeuron(1, -NEAR_MAX);
    const before = [Array.from(first.parameters), Array.from(second.parameters)];
    // δ_out = −1e299 (target), h = 1: b would become −NEAR_MAX − 1e299 = −∞, although every step is at most
    // 1e299: the overflow comes from where b starts.
    const rows = rowsOf([1], [-1e299]);
    expect(trainOnline([first, second], rows, deltaIsTarget(), 1, { loss: 0, correct: 0 })).toBe(false);
    expect([Array.from(first.parameters), Array.from(second.parameters)]).toEqual(before);
    // One layer alone, the same.
    const alone = oneNeuron(1, -NEAR_MAX);
    expect(trainOnline([alone], rows, deltaIsTarget(), 1, { loss: 0, correct: 0 })).toBe(false);
    expect(Array.from(alone.parameters)).toEqual([1, -NEAR_MAX]);
  });
});

describe('trainOnline counts a hidden layer’s negative δ by its magnitude', () => {
  it('δ_h = δ_out·w2 = −1e120 on x = 1e195 would take w1 to −∞: refused, nothing changed', () => {
    // h = x = 1e195, o = 1e20·h = 1e215; δ_out = −1e100 (target): the output layer's step δ_out·h = −1e295 is
    // finite, the hidden layer's δ_h·x = −1e315 is not.
    const first = oneNeuron(1, 0);
    const second = oneNeuron(1e20, 0);
    const before = [Array.from(first.parameters), Array.from(second.parameters)];
    expect(trainOnline([first, second], rowsOf([1e195], [-1e100]), deltaIsTarget(), 1, { loss: 0, correct: 0 })).toBe(false);
    expect([Array.from(first.parameters), Array.from(second.parameters)]).toEqual(before);
  });
  it('and a positive one: δ_h = 1e120 on x = 1e195 would take w1 to +∞: refused, nothing changed', () => {
    // As above with δ_out = +1e100: the output layer's step 1e295 is finite, the hidden layer's 1e315 is not.
    const first = oneNeuron(1, 0);
    const second = oneNeuron(1e20, 0);
    const before = [Array.from(first.parameters), Array.from(second.parameters)];
    expect(trainOnline([first, second], rowsOf([1e195], [1e100]), deltaIsTarget(), 1, { loss: 0, correct: 0 })).toBe(false);
    expect([Array.from(first.parameters), Array.from(second.parameters)]).toEqual(before);
  });
});

describe('trainOnline counts magnitudes: negative inputs and δs, refused through the SGD trainer', () => {
  /**
   * A 1-1-1 identity network, h = w1·x + b1, o = w2·h + b2, with w1 = 1, b1 = 0,
   * w2 = 1e-50, b2 = 0: an input of ±1e200 gives h = ±1e200 and o = ±1e150, so the
   * half squared error toward 0 is ½·1e300 (finite) while δ_out·h = ∓1e350 is not.
   */
  function network(): NNetwork {
    const net = new NNetwork().configure(1, 1, 1, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
    net.parameters()[0]!.set([1, 0]);
    net.parameters()[1]!.set([1e-50, 0]);
    return net;
  }

  /** The parameters after the online step on x = 0.5 toward 0 at rate 0.1, by the book's formulas (w += rate·(δ·x)). */
  function afterFirstRow(): number[][] {
    const x = 0.5;
    const h = 1 * x + 0; // the weighted sum, then + b1
    const o = 0 + h * 1e-50 + 0;
    const outputDelta = -(o - 0); // −∂½(o − t)²/∂o · f′ = t − o, f′ = 1
    const hiddenDelta = 0 + outputDelta * 1e-50; // Σ δ·w2 (the weight of the forward pass), f′ = 1
    return [
      [1 + 0.1 * (hiddenDelta * x), 0 + 0.1 * hiddenDelta],
      [1e-50 + 0.1 * (outputDelta * h), 0 + 0.1 * outputDelta],
    ];
  }

  /** Trains one epoch, online, on x = 0.5 then `x`, both toward 0; returns the error thrown. */
  function divergenceOn(net: NNetwork, x: number): DivergenceError {
    const data = { inputs: [[0.5], [x]], targets: [[0], [0]] };
    try {
      new StochasticGradientDescentTrainer().train(net, data, { epochs: 1, learningRate: 0.1, batchSize: 1, shuffle: false, loss: new HalfSquaredError() });
    } catch (error) {
      expect(error).toBeInstanceOf(DivergenceError);
      return error as DivergenceError;
    }
    throw new Error('training did not diverge');
  }

  it('the hand-computed first step is what the trainer takes when the second row is harmless', () => {
    const net = network();
    const data = { inputs: [[0.5]], targets: [[0]] };
    new StochasticGradientDescentTrainer().train(net, data, { epochs: 1, learningRate: 0.1, batchSize: 1, loss: new HalfSquaredError() });
    expect(snapshot(net)).toEqual(afterFirstRow());
    expect(snapshot(net)).not.toEqual(snapshot(network()));
  });

  it.each([
    ['a negative input on the second row (x = −1e200, δ_out > 0)', -1e200],
    ['a negative δ on the second row (x = 1e200, δ_out = −o < 0)', 1e200],
  ])('%s: DivergenceError, parameters as after the first row', (_, x) => {
    const net = network();
    const error = divergenceOn(net, x);
    expect(error.epoch).toBe(1);
    expect(error.learningRate).toBe(0.1);
    expect(error.message).toMatch(/epoch 1 .*learning rate 0\.1/);
    expect(snapshot(net)).toEqual(afterFirstRow());
  });

  it('directly: the refused row adds nothing to the tally, the taken row its loss; the refused row’s loss is noted apart', () => {
    const net = network();
    const rows = rowsOf([0.5, -1e200], [0, 0]);
    const tally: Tally = { loss: 0, correct: 0 };
    expect(net.trainOnline(rows, new HalfSquaredError(), 0.1, tally)).toBe(false);
    const o = 0 + 0.5 * 1e-50 + 0;
    // The second row's output with the parameters after the first: about −1e150, its loss about ½·1e300.
    const [[w1, b1], [w2, b2]] = afterFirstRow() as [[number, number], [number, number]];
    const refusedOutput = 0 + (0 + -1e200 * w1 + b1) * w2 + b2;
    expect(tally).toEqual({ loss: 0 + 0.5 * (0 - o) * (0 - o), correct: 0, refusedLoss: 0.5 * (0 - refusedOutput) * (0 - refusedOutput) });
    expect(Number.isFinite(tally.refusedLoss)).toBe(true);
    expect(snapshot(net)).toEqual(afterFirstRow());
  });
});

describe('trainOnline near the limit: every parameter, every neuron, the row’s own inputs', () => {
  /** The general functions, example by example (forward, errors = target as the δ-is-target loss gives, backpropagate, update): what trainOnline must equal. */
  function trainGenerally(layers: readonly DenseLayer[], rows: ReturnType<typeof rowsOf>, width: number, rate: number): void {
    const rates = new Float64Array(width).fill(rate);
    for (let row = 0; row < rows.count; row++) {
      let outputs = forward(layers[0]!, rows.inputs, row, 1);
      for (let l = 1; l < layers.length; l++) outputs = forward(layers[l]!, outputs, 0, 1);
      setErrorsFromLossGradient(layers.at(-1)!, rows.targets.subarray(row * width, (row + 1) * width).map((t) => -t));
      backpropagate(layers);
      expect(updateLayers(layers, rows.inputs, row, rates)).toBe(true);
    }
  }

  /** A 2-2-2 identity network whose first weight is 1e300 (its input is always 0, so it never moves): every example goes to the exact check. */
  function hugeWeightNetwork(): DenseLayer[] {
    const first = new DenseLayer(2, 2, new IdentityAF(), 0.1);
    first.parameters.set([0.5, 1e300, 0.25, -0.75, 0.5, -0.125]);
    const second = new DenseLayer(2, 2, new IdentityAF(), 0.1);
    second.parameters.set([0.25, -0.5, 0.125, 1, 0.75, -0.25]);
    return [first, second];
  }

  it('every example checked exactly and all finite: taken, equal to the general functions bit for bit, on every row and neuron', () => {
    // Three rows of two inputs and two outputs: the exact check must read row r's inputs, each neuron's own
    // parameters and, in the second layer, the first layer's outputs of this example.
    const rows = { inputs: Float64Array.from([0.5, 0, -0.25, 0, 1, 0]), targets: Float64Array.from([0.5, -1, 0.25, 0.75, -0.5, 1]), labels: undefined, offset: 0, count: 3 };
    const fused = hugeWeightNetwork();
    const general = hugeWeightNetwork();
    expect(trainOnline(fused, rows, deltaIsTarget(), 0.5, { loss: 0, correct: 0 })).toBe(true);
    trainGenerally(general, rows, 2, 0.5);
    expect(fused.map((layer) => Array.from(layer.parameters))).toEqual(general.map((layer) => Array.from(layer.parameters)));
    // Every row moved the parameters (the huge weight, on an input of 0, stays).
    expect(fused[0]!.parameters[1]).toBe(1e300);
    expect(Array.from(fused[1]!.parameters)).not.toEqual([0.25, -0.5, 0.125, 1, 0.75, -0.25]);
  });

  it('the exact check reads the second neuron’s own parameters: its bias alone overflows, refused', () => {
    // Neuron 0: w = 0, b = 0; neuron 1: w = 0, b = NEAR_MAX. δ = (0, 1e299): b₁ + 1e299 = ∞, neuron 0 stays finite.
    const layer = new DenseLayer(1, 2, new IdentityAF(), 0.1);
    layer.parameters.set([0, 0, 0, NEAR_MAX]);
    const rows = { inputs: Float64Array.from([1]), targets: Float64Array.from([0, 1e299]), labels: undefined, offset: 0, count: 1 };
    expect(trainOnline([layer], rows, deltaIsTarget(), 1, { loss: 0, correct: 0 })).toBe(false);
    expect(Array.from(layer.parameters)).toEqual([0, 0, 0, NEAR_MAX]);
  });

  it('a parameter near the limit in the second layer: a later row’s overflow there is refused', () => {
    // 1-1-1 identity, first layer (w, b) = (1, 0), second (1, NEAR_MAX). Row 0 (target 0: δ = 0) goes to the exact check
    // and changes nothing. Row 1: x = 0, h = 0, δ_out = 1e299, δ_h = δ_out·1: a step of 1e299·(0 + 1) + 1e299·(0 + 1) = 2e299,
    // below 1e300 by itself, that takes b₂ = NEAR_MAX to ∞.
    const first = oneNeuron(1, 0);
    const second = oneNeuron(1, NEAR_MAX);
    expect(trainOnline([first, second], rowsOf([0, 0], [0, 1e299]), deltaIsTarget(), 1, { loss: 0, correct: 0 })).toBe(false);
    expect([Array.from(first.parameters), Array.from(second.parameters)]).toEqual([[1, 0], [1, NEAR_MAX]]);
  });

  it('the row’s own inputs: a large second input on row 1 (a range starting there) is counted, the overflow refused', () => {
    // Two inputs, one identity neuron, all parameters 0; the range is row 1 alone, x = (0, 1e300), δ = 1e10:
    // w₁ would become 1e10·1e300 = ∞. Row 0 (x = (0, 0)) is outside the range.
    const layer = new DenseLayer(2, 1, new IdentityAF(), 0.1);
    const rows = { inputs: Float64Array.from([0, 0, 0, 1e300]), targets: Float64Array.from([0, 1e10]), labels: undefined, offset: 1, count: 1 };
    expect(trainOnline([layer], rows, deltaIsTarget(), 1, { loss: 0, correct: 0 })).toBe(false);
    expect(Array.from(layer.parameters)).toEqual([0, 0, 0]);
  });

  it('a softmax output layer’s δs count: x = 1e308, δ = (½, −½) at rate 10 would take w₀ to ∞, refused', () => {
    // Softmax of z = (0, 0) is (½, ½); the categorical cross-entropy's δ = t − o = (½, −½) for t = (1, 0);
    // w₀ + 10·(½·1e308) = 5e308 = ∞.
    const layer = new DenseLayer(1, 2, new IdentityAF(), 0.1);
    layer.layerActivation = new SoftmaxAF();
    const rows = { inputs: Float64Array.from([1e308]), targets: Float64Array.from([1, 0]), labels: undefined, offset: 0, count: 1 };
    expect(trainOnline([layer], rows, new CategoricalCrossEntropy(), 10, { loss: 0, correct: 0 })).toBe(false);
    expect(Array.from(layer.parameters)).toEqual([0, 0, 0, 0]);
  });
});
