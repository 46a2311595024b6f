// `trainOnlineEpochs` (src/core/dense.ts) runs several epochs of the fused online
// step in one call. It must be exactly `trainOnline` called once per epoch:
// the same losses, hits and parameters, bit for bit, and the same place to stop
// when an example is refused or an epoch's summed loss is not finite.
import { describe, expect, it } from 'vitest';
import { BinaryCrossEntropy, HalfSquaredError, IdentityAF, NNetwork, TanhAF, type Loss } from '../../src/index.js';
import { DenseLayer, trainOnline, trainOnlineEpochs } from '../../src/core/dense.js';
import type { EpochTotals, Tally } from '../../src/core/rows.js';
import { snapshot } from '../helpers.js';

/** Four rows of a 3-input, 2-output problem, with labels (so hits are counted). */
const rows = {
  inputs: Float64Array.from([0.1, 0.5, -0.3, 0.9, -0.2, 0.4, -0.6, 0.3, 0.8, 0.25, 0.75, -0.5]),
  targets: Float64Array.from([1, 0, 0, 1, 0, 1, 1, 0]),
  labels: Int32Array.from([0, 1, 1, 0]),
  offset: 0,
  count: 4,
};

function totalsFor(epochs: number): EpochTotals {
  return { losses: new Float64Array(epochs), correct: new Float64Array(epochs) };
}

/** A loss whose every term is `term` and whose ∂/∂output is −target: an example's δ is its target (scale 1). */
function lossOf(term: number): Loss {
  return new (class extends HalfSquaredError {
    override term(): number {
      return term;
    }
    override termGradient(_output: number, target: number): number {
      return -target;
    }
  })();
}

/** A one-neuron identity layer o = w·x + b, starting at w = b = 0. */
function oneNeuron(): DenseLayer {
  return new DenseLayer(1, 1, new IdentityAF(), 0.1);
}

function oneInputRows(inputs: number[], targets: number[]) {
  return { inputs: Float64Array.from(inputs), targets: Float64Array.from(targets), labels: undefined, offset: 0, count: inputs.length };
}

describe('trainOnlineEpochs is trainOnline once per epoch', () => {
  const losses: [string, () => Loss][] = [
    ['half squared error', () => new HalfSquaredError()],
    ['binary cross-entropy', () => new BinaryCrossEntropy()],
  ];
  for (const [name, makeLoss] of losses) {
    it(`3-4-2 tanh/sigmoid, ${name}, 40 epochs: each epoch's loss and hits, and the weights, bit for bit`, () => {
      const make = () => new NNetwork().configure(3, [4], 2, { activation: new TanhAF() });
      const together = make();
      const apart = make();
      const totals = totalsFor(40);
      expect(together.trainOnlineEpochs(rows, makeLoss(), 0.3, 40, totals)).toBe(40);
      for (let epoch = 0; epoch < 40; epoch++) {
        const tally: Tally = { loss: 0, correct: 0 };
        expect(apart.trainOnline(rows, makeLoss(), 0.3, tally)).toBe(true);
        expect(totals.losses[epoch]).toBe(tally.loss);
        expect(totals.correct[epoch]).toBe(tally.correct);
      }
      expect(snapshot(together)).toEqual(snapshot(apart));
      expect(snapshot(together)).not.toEqual(snapshot(make()));
      expect(totals.correct[39]).toBeGreaterThan(0);
      expect(totals.refusedLoss).toBeUndefined();
    });
  }
});

describe('trainOnlineEpochs stops where the calls per epoch would', () => {
  it('an example refused in the second epoch: 1 epoch ran, its step kept, the refused example’s loss noted', () => {
    // δ = 1e308 on x = 1: epoch 1 takes w and b to 1e308, epoch 2 would take them to ∞.
    const layer = oneNeuron();
    const totals = totalsFor(5);
    expect(trainOnlineEpochs([layer], oneInputRows([1], [1e308]), lossOf(7), 1, 5, totals)).toBe(1);
    expect(Array.from(layer.parameters)).toEqual([1e308, 1e308]);
    expect(totals.losses[0]).toBe(7);
    expect(totals.refusedLoss).toBe(7);
    // The same, one call per epoch.
    const apart = oneNeuron();
    const tally: Tally = { loss: 0, correct: 0 };
    expect(trainOnline([apart], oneInputRows([1], [1e308]), lossOf(7), 1, tally)).toBe(true);
    expect(trainOnline([apart], oneInputRows([1], [1e308]), lossOf(7), 1, tally)).toBe(false);
    expect(Array.from(apart.parameters)).toEqual(Array.from(layer.parameters));
  });

  it('a refusal on the second row of an epoch keeps that epoch’s first row', () => {
    // Epoch 1: row 0 takes w, b to 1e308 (δ = 1e308), row 1 (δ = 1e308 again) would overflow them.
    const layer = oneNeuron();
    const totals = totalsFor(3);
    expect(trainOnlineEpochs([layer], oneInputRows([1, 1], [1e308, 1e308]), lossOf(2), 1, 3, totals)).toBe(0);
    expect(Array.from(layer.parameters)).toEqual([1e308, 1e308]);
    expect(totals.refusedLoss).toBe(2);
  });

  it('an epoch whose summed loss overflows, each example’s finite: that epoch runs, counted, and the next does not', () => {
    const layer = oneNeuron();
    const totals = totalsFor(4);
    expect(trainOnlineEpochs([layer], oneInputRows([1, 2], [0.5, 0.25]), lossOf(1e308), 0.1, 4, totals)).toBe(1);
    expect(totals.losses[0]).toBe(Number.POSITIVE_INFINITY);
    expect(totals.refusedLoss).toBeUndefined();
    // One epoch's steps: w = 0 + 0.1·(0.5·1) + 0.1·(0.25·2), b = 0 + 0.1·0.5 + 0.1·0.25.
    expect(Array.from(layer.parameters)).toEqual([0 + 0.1 * (0.5 * 1) + 0.1 * (0.25 * 2), 0 + 0.1 * (0.5 * 1) + 0.1 * (0.25 * 1)]);
  });

  it('a NaN parameter from the start: no epoch runs, nothing changes', () => {
    const layer = oneNeuron();
    layer.parameters.set([Number.NaN, 0]);
    const totals = totalsFor(3);
    expect(trainOnlineEpochs([layer], oneInputRows([1], [0.5]), new HalfSquaredError(), 0.1, 3, totals)).toBe(0);
    expect(Array.from(layer.parameters)).toEqual([Number.NaN, 0]);
    expect(totals.refusedLoss).toBeNaN();
  });
});

describe('trainOnline refuses on its own check, whatever the other says', () => {
  it('an example whose loss is ∞ while its step is finite: refused, nothing moved, its loss noted', () => {
    const layer = oneNeuron();
    const tally: Tally = { loss: 0, correct: 0 };
    expect(trainOnline([layer], oneInputRows([1], [0.5]), lossOf(Number.POSITIVE_INFINITY), 0.1, tally)).toBe(false);
    expect(Array.from(layer.parameters)).toEqual([0, 0]);
    expect(tally.refusedLoss).toBe(Number.POSITIVE_INFINITY);
    expect(tally.loss).toBe(0);
  });

  it('after a refusal on the third row the tally holds the first two rows’ losses, and the hits of the rows it looked at', () => {
    // Labels (one output: class 1 from 0.5 on) make hits count. Rows 0 and 1: δ = 0.25, finite; row 2: δ = 1e308
    // on x = 1e10 would take w to ∞, refused.
    const layer = oneNeuron();
    const rows = { ...oneInputRows([1, 1, 1e10], [0.25, 0.25, 1e308]), labels: Int32Array.from([0, 1, 1]) };
    const tally: Tally = { loss: 3, correct: 1 };
    expect(trainOnline([layer], rows, lossOf(2), 0.2, tally)).toBe(false);
    expect(tally.loss).toBe(3 + 2 + 2);
    // Outputs before each step: 0 and 0.05 + 0.05 = 0.1 (class 0), then 0.1·1e10 + 0.1 (class 1); labels 0, 1, 1:
    // rows 0 and 2 hit, the refused row too (its prediction is made before its step).
    expect(tally.correct).toBe(1 + 2);
    expect(tally.refusedLoss).toBe(2);
    const w = 0 + 0.2 * (0.25 * 1) + 0.2 * (0.25 * 1);
    expect(Array.from(layer.parameters)).toEqual([w, w]);
  });
});
