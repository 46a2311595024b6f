// The trainers' shortcuts (LinearModel.lossAndGradient and descend, NNetwork.trainOnline)
// must give exactly what the general path gives: forwardBatch, the loss,
// backwardBatch into a gradient buffer, then the update. Each test runs both
// and compares bit for bit.
import { describe, expect, it } from 'vitest';
import {
  BinaryCrossEntropy,
  DivergenceError,
  GradientDescentTrainer,
  HalfSquaredError,
  IdentityAF,
  LinearModel,
  MeanSquaredError,
  NNetwork,
  PlainStep,
  StochasticGradientDescentTrainer,
  TanhAF,
  type Loss,
  type TrainingData,
} from '../../src/index.js';
import type { Tally } from '../../src/core/rows.js';
import { noisyLine } from '../../src/io/index.js';
import { snapshot, withoutShortcuts, XOR_ONE_HOT } from '../helpers.js';



/** One example: `inputs` with the target `target`. */
function oneRow(inputs: Float64Array, target: number) {
  return { inputs, targets: Float64Array.from([target]), labels: undefined, offset: 0, count: 1 };
}

/** A loss of 0 whose gradient is `gradient` wherever the output is: it drives a step by hand. */
function lossWithGradient(gradient: number): Loss {
  return new (class extends HalfSquaredError {
    override term(): number {
      return 0;
    }
    override termGradient(): number {
      return gradient;
    }
  })();
}

const LOSSES: [string, () => Loss][] = [
  ['mse', () => new MeanSquaredError()],
  ['half squared error', () => new HalfSquaredError()],
  ['binary cross-entropy', () => new BinaryCrossEntropy()],
];

describe('LinearModel.lossAndGradient', () => {
  const inputs = Float64Array.from([0.1, -0.4, 0.25, 0.9, 0.6]);
  const targets = Float64Array.from([0.3, 0.2, 0.7, 0.95, 0.4]);

  for (const [name, makeLoss] of LOSSES) {
    it(`equals forward + ${name} + backward, bit for bit, and sets (does not add to) the gradient`, () => {
      const model = new LinearModel(0.7, 0.1);
      const loss = makeLoss();
      const count = 3;
      const offset = 1;
      const outputGradients = new Float64Array(count);
      const rows = { inputs, targets, labels: undefined, offset, count };
      const outputs = model.forwardBatch(rows);
      const expectedSum = loss.batchValueAndGradient(outputs, targets, offset, count, 1, outputGradients, 1 / count);
      const expected = [new Float64Array(2)];
      model.backwardBatch(rows, outputGradients, expected);

      const gradients = [Float64Array.from([123, -456])]; // stale values must be overwritten
      const sum = model.lossAndGradient(rows, loss, gradients, 1 / count);
      expect(sum).toBe(expectedSum);
      expect(Array.from(gradients[0]!)).toEqual(Array.from(expected[0]!));
      expect(gradients[0]![0]).not.toBe(0);
    });
  }

  it('gradient descent and SGD give the general path’s lines and losses exactly', () => {
    const data = noisyLine(200);
    const gd = { epochs: 50, learningRate: 0.05 };
    const sgd = { epochs: 20, learningRate: 0.05, batchSize: 7, shuffle: true };
    for (const [trainer, options] of [
      [new GradientDescentTrainer(), gd],
      [new StochasticGradientDescentTrainer(), sgd],
    ] as const) {
      const fast = new LinearModel(0.5, 3);
      const general = new LinearModel(0.5, 3);
      const fastHistory = trainer.train(fast, data, options);
      const generalHistory = trainer.train(withoutShortcuts(general), data, options);
      expect(fastHistory.loss).toEqual(generalHistory.loss);
      expect([fast.a, fast.b]).toEqual([general.a, general.b]);
      expect(fast.a).not.toBe(0.5);
    }
  });
});

describe('LinearModel.descend', () => {
  const inputs = Float64Array.from([0.1, -0.4, 0.25, 0.9, 0.6]);
  const targets = Float64Array.from([0.3, 0.2, 0.7, 0.95, 0.4]);
  const newTally = (): Tally => ({ loss: 0, correct: 0 });

  it('is lossAndGradient with 1/count, then a ← a − lr·∂a, b ← b − lr·∂b, bit for bit', () => {
    const model = new LinearModel(0.7, 0.1);
    const loss = new MeanSquaredError();
    const gradients = [new Float64Array(2)];
    const rows = { inputs, targets, labels: undefined, offset: 1, count: 3 };
    const expectedSum = model.lossAndGradient(rows, loss, gradients, 1 / 3);
    const [ga, gb] = gradients[0]!;
    const tally = newTally();
    expect(model.descend(rows, loss, 0.2, 3, tally)).toBe(true);
    expect(tally.loss).toBe(expectedSum);
    expect([model.a, model.b]).toEqual([0.7 - 0.2 * ga!, 0.1 - 0.2 * gb!]);
  });

  it('steps once per batch, in order, the last batch shorter: as one call per batch, bit for bit', () => {
    const loss = new MeanSquaredError();
    const together = new LinearModel(0.7, 0.1);
    const tally = newTally();
    expect(together.descend({ inputs, targets, labels: undefined, offset: 0, count: 5 }, loss, 0.2, 2, tally)).toBe(true);
    const oneByOne = new LinearModel(0.7, 0.1);
    const perBatch = newTally();
    let lineBeforeLast = [0, 0];
    for (const [offset, count] of [[0, 2], [2, 2], [4, 1]] as const) {
      lineBeforeLast = [oneByOne.a, oneByOne.b];
      expect(oneByOne.descend({ inputs, targets, labels: undefined, offset, count }, loss, 0.2, count, perBatch)).toBe(true);
    }
    expect([together.a, together.b]).toEqual([oneByOne.a, oneByOne.b]);
    expect(tally.loss).toBe(perBatch.loss);
    expect(tally.refusedLoss).toBeUndefined();
    // The last batch is the point (0.6, 0.4) alone: by hand, from the line the first two batches left.
    const [a, b] = lineBeforeLast as [number, number];
    const o = a * 0.6 + b;
    expect([together.a, together.b]).toEqual([a - 0.2 * (2 * (o - 0.4) * 0.6), b - 0.2 * (2 * (o - 0.4))]);
  });

  it('refuses a step whose gradient overflows although the loss is finite, changing nothing', () => {
    const model = new LinearModel(0, 0);
    // Loss (1e150)² / 1 = 1e300 is finite; ∂a = 2·(0 − 1e150)·1e200 is not.
    const rows = { inputs: Float64Array.from([1e200]), targets: Float64Array.from([1e150]), labels: undefined, offset: 0, count: 1 };
    const tally = newTally();
    expect(model.descend(rows, new MeanSquaredError(), 0.1, 1, tally)).toBe(false);
    expect([model.a, model.b]).toEqual([0, 0]);
    expect(tally.refusedLoss).toBe(1e150 * 1e150);
    expect(tally.loss).toBe(0);
  });

  it('stops at the first refused batch: the batches before it stepped and counted, it and the ones after untouched', () => {
    const loss = new MeanSquaredError();
    // Batches of 2: (0, 1), (0, 2) steps b alone; (1e200, 1e150), (0, 0) would overflow ∂a; (2, 3) is never reached.
    const inputs2 = Float64Array.from([0, 0, 1e200, 0, 2]);
    const targets2 = Float64Array.from([1, 2, 1e150, 0, 3]);
    const model = new LinearModel(0, 0);
    const tally = newTally();
    expect(model.descend({ inputs: inputs2, targets: targets2, labels: undefined, offset: 0, count: 5 }, loss, 0.1, 2, tally)).toBe(false);
    // The first batch by hand from (0, 0): outputs 0, errors 1 and 2, loss 1 + 4 = 5;
    // ∂a = (2·(0 − 1)·0 + 2·(0 − 2)·0) / 2 = 0, ∂b = (−2 − 4) / 2 = −3.
    expect(tally.loss).toBe(5);
    expect([model.a, model.b]).toEqual([0, 0 - 0.1 * -3]);
    // The refused batch's loss, by hand with that line: finite (about 1e300), though its ∂a (about 1e150 · 1e200) is not.
    const b = model.b;
    const e1 = 1e150 - (0 * 1e200 + b);
    const e2 = 0 - (0 * 0 + b);
    expect(tally.refusedLoss).toBe(0 + e1 * e1 + e2 * e2);
    expect(Number.isFinite(tally.refusedLoss)).toBe(true);
  });

  it('SGD diverging through it stops with DivergenceError and the last finite line', () => {
    const model = new LinearModel(0.5, 3);
    const data = { inputs: [[1e100], [-3e100], [2e100]], targets: [[1], [2], [3]] };
    expect(() => new StochasticGradientDescentTrainer().train(model, data, { epochs: 50, learningRate: 1, batchSize: 2 })).toThrow(DivergenceError);
    expect(Number.isFinite(model.a) && Number.isFinite(model.b)).toBe(true);
  });
});

describe('online SGD in place (NNetwork.trainOnline)', () => {
  const xor = XOR_ONE_HOT;

  for (const [name, makeLoss] of LOSSES) {
    it(`2-3-2 with ${name}, shuffled, 200 epochs: the same weights, losses and accuracies as the buffered path`, () => {
      const fast = new NNetwork().configure(2, 3, 2);
      const general = new NNetwork().configure(2, 3, 2);
      const options = { epochs: 200, learningRate: 0.5, shuffle: true, loss: makeLoss() };
      const trainer = new StochasticGradientDescentTrainer();
      const fastHistory = trainer.train(fast, xor, options);
      const generalHistory = trainer.train(withoutShortcuts(general), xor, options);
      expect(snapshot(fast)).toEqual(snapshot(general));
      expect(fastHistory.loss).toEqual(generalHistory.loss);
      expect(fastHistory.accuracy).toEqual(generalHistory.accuracy);
      expect(snapshot(fast)).not.toEqual(snapshot(new NNetwork().configure(2, 3, 2)));
    });
  }

  it('a deeper network (3-4-3-2, tanh hidden layers) matches too', () => {
    const data: TrainingData = {
      inputs: [
        [0.1, 0.5, -0.3],
        [0.9, -0.2, 0.4],
        [-0.6, 0.3, 0.8],
      ],
      targets: [[0.2, 0.8], [0.9, 0.1], [0.5, 0.5]],
    };
    const make = () => new NNetwork().configure(3, [4, 3], 2, { activation: new TanhAF() });
    const fast = make();
    const general = make();
    const options = { epochs: 30, learningRate: 0.05 };
    new StochasticGradientDescentTrainer().train(fast, data, options);
    new StochasticGradientDescentTrainer().train(withoutShortcuts(general), data, options);
    expect(snapshot(fast)).toEqual(snapshot(general));
  });

  it('an optimizer with its own update rule gets the gradient buffer, not the shortcut', () => {
    let steps = 0;
    class Counting extends PlainStep {
      override step(parameters: readonly Float64Array[], gradients: readonly Float64Array[], rate: number): void {
        steps++;
        super.step(parameters, gradients, rate);
      }
    }
    const counted = new NNetwork().configure(2, 3, 2);
    new StochasticGradientDescentTrainer().train(counted, xor, { epochs: 3, optimizer: new Counting() });
    expect(steps).toBe(12);
    const plain = new NNetwork().configure(2, 3, 2);
    new StochasticGradientDescentTrainer().train(plain, xor, { epochs: 3 });
    expect(snapshot(plain)).toEqual(snapshot(counted));
  });

  it('refuses a step whose δ·x overflows although δ and x are finite, changing nothing', () => {
    const net = new NNetwork().configure(1, 1, 1, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
    const before = snapshot(net);
    const inputs = Float64Array.from([1e200]);
    expect(Number.isFinite(net.forwardBatch({ inputs, offset: 0, count: 1 })[0]!)).toBe(true);
    // ∂loss/∂output = 1e200 and a finite loss: every delta is finite, but δ · x = 1e400 is not.
    const tally = { loss: 0, correct: 0 };
    expect(net.trainOnline(oneRow(inputs, 0), lossWithGradient(1e200), 0.1, tally)).toBe(false);
    expect(snapshot(net)).toEqual(before);
    // A NaN gradient is refused as well.
    expect(net.trainOnline(oneRow(inputs, 0), lossWithGradient(Number.NaN), 0.1, tally)).toBe(false);
    expect(snapshot(net)).toEqual(before);
    // Nothing added to the totals; the refused example's loss (0, the loss's term) is noted for the divergence report.
    expect(tally).toEqual({ loss: 0, correct: 0, refusedLoss: 0 });
  });

  it('refuses a step when a hidden output is infinite although the loss is finite (a sigmoid output hides it)', () => {
    const net = new NNetwork().configure(1, 1, 1, { activation: new IdentityAF() });
    net.parameters()[0]!.set([2, 0]); // h = 2x: infinite for x = 1e308
    const before = snapshot(net);
    const inputs = Float64Array.from([1e308]);
    const outputs = net.forwardBatch({ inputs, offset: 0, count: 1 });
    expect(outputs[0] === 0 || outputs[0] === 1).toBe(true); // σ(±∞): finite, so is the loss
    // δ_out = g·o(1 − o) = 0, and 0 · h = 0 · ∞ is NaN: the output layer's step is not finite.
    expect(net.trainOnline(oneRow(inputs, 0), lossWithGradient(0.5), 0.1, { loss: 0, correct: 0 })).toBe(false);
    expect(snapshot(net)).toEqual(before);
  });

  it('refuses a step whose new weight overflows although every δ·x is finite, changing nothing', () => {
    const net = new NNetwork().configure(1, 1, 1, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
    net.parameters()[1]!.set([1.5e308, 0]); // the output weight, already near the largest double
    net.parameters()[0]!.set([1, 0]); // h = x
    const before = snapshot(net);
    // ∂loss/∂output = −1e308, h = 1: the step lr·δ·h = 0.5·1e308 is finite, the new weight 2e308 is not.
    expect(net.trainOnline(oneRow(Float64Array.from([1]), 0), lossWithGradient(-1e308), 0.5, { loss: 0, correct: 0 })).toBe(false);
    expect(snapshot(net)).toEqual(before);
  });

  it('a finite step is taken: w ← w − lr·δ·x on a 1-1-1 identity network, computed by hand', () => {
    const net = new NNetwork().configure(1, 1, 1, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
    const [[w1, b1], [w2, b2]] = snapshot(net) as [[number, number], [number, number]];
    const x = 0.5;
    const h = w1 * x + b1;
    expect(net.forwardBatch({ inputs: Float64Array.from([x]), offset: 0, count: 1 })[0]).toBe(w2 * h + b2);
    const g = 0.3; // ∂loss/∂output
    const tally = { loss: 0, correct: 0 };
    expect(net.trainOnline(oneRow(Float64Array.from([x]), 0), lossWithGradient(g), 0.1, tally)).toBe(true);
    expect(tally.loss).toBe(0);
    const hiddenDelta = w2 * g; // with the weight of the forward pass
    expect(snapshot(net)).toEqual([
      [w1 - 0.1 * (hiddenDelta * x), b1 - 0.1 * hiddenDelta],
      [w2 - 0.1 * (g * h), b2 - 0.1 * g],
    ]);
  });

  it('divergence through the shortcut keeps the last finite parameters', () => {
    const net = new NNetwork().configure(1, 2, 1, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
    const data = { inputs: [[1e150], [-2e150]], targets: [[1], [2]] };
    let last: number[][] = snapshot(net);
    const trainer = new StochasticGradientDescentTrainer();
    trainer.onEpoch(() => (last = snapshot(net)));
    expect(() => trainer.train(net, data, { epochs: 100, learningRate: 1 })).toThrow(DivergenceError);
    expect(net.parameters().every((p) => p.every(Number.isFinite))).toBe(true);
    expect(snapshot(net).flat().every(Number.isFinite)).toBe(true);
    expect(last.flat().every(Number.isFinite)).toBe(true);
  });
});
