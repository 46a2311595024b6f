// Divergence through gradient descent and mini-batch SGD: the DivergenceError
// names the epoch, the learning rate and the loss, and the model keeps exactly
// the parameters it had before the refused step. The runs are built by hand on
// a line through identical points (x = 1, target 0), where s = a + b is the
// output and each step multiplies it by about −4·learningRate, so the epoch
// and the check that fires are known in advance. The parameters expected are
// those of a twin trained one epoch (or one batch) fewer, the loss a sum worked
// out by hand from them.
import { describe, expect, it } from 'vitest';
import {
  DivergenceError,
  GradientDescentTrainer,
  LinearModel,
  Momentum,
  NNetwork,
  Optimizer,
  IdentityAF,
  StochasticGradientDescentTrainer,
  type Trainer,
  type TrainableModel,
  type TrainerOptions,
  type TrainingData,
  type InputRows,
} from '../../src/index.js';
import { snapshot, withoutShortcuts } from '../helpers.js';

/** `rows` copies of the point x = 1, target 0. */
function points(rows: number): TrainingData {
  return { inputs: Array.from({ length: rows }, () => [1]), targets: Array.from({ length: rows }, () => [0]) };
}

/** The error `train` throws (failing the test if it returns). */
function divergenceOf(trainer: Trainer, model: TrainableModel, data: TrainingData, options: TrainerOptions): DivergenceError {
  let error: unknown;
  try {
    trainer.train(model, data, options);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(DivergenceError);
  return error as DivergenceError;
}

/** Σ over `rows` points (x = 1, target 0) of (target − output)², at the line a·x + b, added as the loss adds it. */
function summedSquaredError(a: number, b: number, rows: number): number {
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    const error = 0 - (a * 1 + b);
    sum += error * error;
  }
  return sum;
}

/**
 * The line a·x + b with a and b in two parameter arrays (the trainer copies and
 * puts back each array at its own place), through the required methods only.
 */
class SplitLine implements TrainableModel {
  private readonly weight: Float64Array;
  private readonly bias: Float64Array;
  private outputs = new Float64Array(0);

  constructor(a: number, b: number) {
    this.weight = Float64Array.of(a);
    this.bias = Float64Array.of(b);
  }

  numberOfInputs(): number {
    return 1;
  }

  numberOfOutputs(): number {
    return 1;
  }

  parameters(): readonly Float64Array[] {
    return [this.weight, this.bias];
  }

  forwardBatch({ inputs, offset, count }: InputRows): Float64Array {
    if (this.outputs.length < count) this.outputs = new Float64Array(count);
    for (let r = 0; r < count; r++) this.outputs[r] = this.weight[0]! * inputs[offset + r]! + this.bias[0]!;
    return this.outputs;
  }

  backwardBatch({ inputs, offset, count }: InputRows, outputGradients: Float64Array, gradients: readonly Float64Array[]): void {
    let ga = 0;
    let gb = 0;
    for (let r = 0; r < count; r++) {
      ga += outputGradients[r]! * inputs[offset + r]!;
      gb += outputGradients[r]!;
    }
    gradients[0]![0] = ga;
    gradients[1]![0] = gb;
  }
}

/** A line model by path: the same arithmetic, three ways of reaching it. */
const PATHS: [string, (a: number, b: number) => TrainableModel][] = [
  ['fused (LinearModel.lossAndGradient)', (a, b) => new LinearModel(a, b)],
  ['general (forwardBatch, loss, backwardBatch)', (a, b) => withoutShortcuts(new LinearModel(a, b))],
  ['two parameter arrays', (a, b) => new SplitLine(a, b)],
];

/** [a, b] of a line model of `PATHS`. */
function lineOf(model: TrainableModel): number[] {
  return model.parameters().flatMap((p) => Array.from(p));
}

describe('gradient descent that diverges', () => {
  for (const [path, make] of PATHS) {
    it(`${path}: a step that would overflow a parameter is undone; epoch, rate and the loss it came from`, () => {
      // s₀ = 1e-60; epoch 1: s₁ ≈ −4e140 (loss 1.6e281 per row, finite);
      // epoch 2's step would add 1e200 · 8e140 to a: beyond the largest double.
      const data = points(2);
      const options: TrainerOptions = { epochs: 5, learningRate: 1e200 };
      const line = make(1e-60, 0);
      const error = divergenceOf(new GradientDescentTrainer(), line, data, options);
      const twin = make(1e-60, 0);
      new GradientDescentTrainer().train(twin, data, { ...options, epochs: 1 });
      expect(error.epoch).toBe(2);
      expect(error.learningRate).toBe(1e200);
      expect(error.loss).toBe(summedSquaredError(...(lineOf(twin) as [number, number]), 2)); // the loss of the step's gradient, summed over the rows
      expect(Number.isFinite(error.loss)).toBe(true);
      expect(lineOf(line)).toEqual(lineOf(twin));
      expect(error.message).toContain(`training at epoch 2 (loss ${error.loss}) diverged with learning rate 1e+200`);
    });

    it(`${path}: at epoch 1 the parameters stay the initial ones`, () => {
      const line = make(2, -1);
      const error = divergenceOf(new GradientDescentTrainer(), line, { inputs: [[1e10], [1]], targets: [[1], [0]] }, { epochs: 3, learningRate: 1e300 });
      expect(error.epoch).toBe(1);
      expect(error.learningRate).toBe(1e300);
      const e1 = 1 - (2 * 1e10 + -1);
      const e2 = 0 - (2 * 1 + -1);
      expect(error.loss).toBe(e1 * e1 + e2 * e2);
      expect(lineOf(line)).toEqual([2, -1]);
    });

    it(`${path}: a loss that overflows after the epoch's step ends the run at that epoch, with the step's finite parameters`, () => {
      // s₀ = 1; epoch 1: s₁ ≈ −4e100 (loss 1.6e201); epoch 2: s₂ ≈ 1.6e201, whose square
      // overflows. The step itself was finite, so the model keeps it; no step is taken from an infinite loss.
      const data = points(2);
      const options: TrainerOptions = { epochs: 5, learningRate: 1e100 };
      const line = make(1, 0);
      const error = divergenceOf(new GradientDescentTrainer(), line, data, options);
      const twin = make(1, 0);
      new GradientDescentTrainer().train(twin, data, { ...options, epochs: 1 });
      // Epoch 2's step by hand: the gradient of the mean of (a·1 + b − 0)² over the two rows, then p ← p − rate · g.
      const [a, b] = lineOf(twin) as [number, number];
      const g = 2 * (a * 1 + b - 0) * (1 / 2);
      const ga = g * 1 + g * 1;
      const gb = g + g;
      expect(error.epoch).toBe(2);
      expect(error.learningRate).toBe(1e100);
      expect(error.loss).toBe(Number.POSITIVE_INFINITY);
      expect(lineOf(line)).toEqual([a - 1e100 * ga, b - 1e100 * gb]);
      expect(lineOf(line).every(Number.isFinite)).toBe(true);
    });
  }

  it('an optimizer with its own step (momentum): the parameters are put back from the copy', () => {
    const data = points(2);
    const options = (): TrainerOptions => ({ epochs: 5, learningRate: 1e200, optimizer: new Momentum(0.5) });
    const line = new LinearModel(1e-60, 0);
    const error = divergenceOf(new GradientDescentTrainer(), line, data, options());
    const twin = new LinearModel(1e-60, 0);
    new GradientDescentTrainer().train(twin, data, { ...options(), epochs: 1 });
    expect(error.epoch).toBe(2);
    expect(error.loss).toBe(summedSquaredError(...(lineOf(twin) as [number, number]), 2));
    expect(lineOf(line)).toEqual(lineOf(twin));
  });
});

describe('mini-batch SGD that diverges', () => {
  for (const [path, make] of PATHS.slice(1)) {
    it(`${path}: the second batch's step would overflow: undone, epoch 1, and that batch's summed loss`, () => {
      // Batches of 2 over 4 rows. Batch 1 takes s from 1e-60 to ≈ −4e140; batch 2's step would overflow a.
      const line = make(1e-60, 0);
      const error = divergenceOf(new StochasticGradientDescentTrainer(), line, points(4), { epochs: 3, learningRate: 1e200, batchSize: 2 });
      const twin = make(1e-60, 0);
      new StochasticGradientDescentTrainer().train(twin, points(2), { epochs: 1, learningRate: 1e200, batchSize: 2 }); // batch 1 alone
      expect(error.epoch).toBe(1);
      expect(error.learningRate).toBe(1e200);
      expect(error.loss).toBe(summedSquaredError(...(lineOf(twin) as [number, number]), 2));
      expect(lineOf(line)).toEqual(lineOf(twin));
    });

    it(`${path}: a gradient that overflows stops before the step; the loss is that batch's, not the epoch's so far`, () => {
      // Batch 1 (x = 0, target 1e10) moves b from 0 to 2e10 (loss 2e20). Batch 2 (x = 1e300):
      // each row's loss is (1e10 − 2e10)² = 1e20, but ∂loss/∂a = 1e10 · 1e300 overflows.
      const data: TrainingData = { inputs: [[0], [0], [1e300], [1e300]], targets: [[1e10], [1e10], [1e10], [1e10]] };
      const line = make(0, 0);
      const error = divergenceOf(new StochasticGradientDescentTrainer(), line, data, { epochs: 3, learningRate: 1, batchSize: 2 });
      const twin = make(0, 0);
      new StochasticGradientDescentTrainer().train(twin, { inputs: data.inputs.slice(0, 2), targets: data.targets.slice(0, 2) }, { epochs: 1, learningRate: 1, batchSize: 2 });
      const [a, b] = lineOf(twin) as [number, number];
      expect([a, b]).toEqual([0, 2e10]);
      const e = 1e10 - (a * 1e300 + b);
      expect(error.epoch).toBe(1);
      expect(error.learningRate).toBe(1);
      expect(error.loss).toBe(e * e + e * e);
      expect(lineOf(line)).toEqual([a, b]);
    });

    it(`${path}: a batch whose loss overflows takes no step: epoch 2, loss ∞, the parameters after epoch 1`, () => {
      // s₀ = 1: batch 1 → ≈ −4e100, batch 2 → ≈ 1.6e201; epoch 2's first batch: (1.6e201)² overflows.
      const line = make(1, 0);
      const options: TrainerOptions = { epochs: 3, learningRate: 1e100, batchSize: 2 };
      const error = divergenceOf(new StochasticGradientDescentTrainer(), line, points(4), options);
      const twin = make(1, 0);
      new StochasticGradientDescentTrainer().train(twin, points(4), { ...options, epochs: 1 });
      expect(error.epoch).toBe(2);
      expect(error.learningRate).toBe(1e100);
      expect(error.loss).toBe(Number.POSITIVE_INFINITY);
      expect(lineOf(line)).toEqual(lineOf(twin));
    });
  }

  it('in place (LinearModel.descend): the same epoch, rate and parameters as the general path', () => {
    for (const [start, rate, expectedEpoch] of [
      [1e-60, 1e200, 1],
      [1, 1e100, 2],
    ] as const) {
      const options: TrainerOptions = { epochs: 3, learningRate: rate, batchSize: 2 };
      const inPlace = new LinearModel(start, 0);
      const fast = divergenceOf(new StochasticGradientDescentTrainer(), inPlace, points(4), options);
      const general = new LinearModel(start, 0);
      const slow = divergenceOf(new StochasticGradientDescentTrainer(), withoutShortcuts(general), points(4), options);
      expect([fast.epoch, fast.learningRate]).toEqual([expectedEpoch, rate]);
      expect([slow.epoch, slow.learningRate]).toEqual([expectedEpoch, rate]);
      expect(fast.loss).toBe(slow.loss); // the refused batch's summed loss, not descend's NaN
      expect(inPlace.parameters()).toEqual(general.parameters());
    }
  });

  it('in place (LinearModel.descend): a refused first batch stops the run there, though the next batch could step; its loss by hand', () => {
    // Batch 1 (x = 1e300, target 1e10): each row's loss (1e10 − 0)² = 1e20 is finite, ∂loss/∂a = −2e10 · 1e300 is not.
    // Batch 2 (x = 0) alone would move b: the run must not get there.
    const data: TrainingData = { inputs: [[1e300], [1e300], [0], [0]], targets: [[1e10], [1e10], [1e10], [1e10]] };
    const options: TrainerOptions = { epochs: 3, learningRate: 1, batchSize: 2 };
    for (const model of [new LinearModel(0, 0), withoutShortcuts(new LinearModel(0, 0))]) {
      const error = divergenceOf(new StochasticGradientDescentTrainer(), model, data, options);
      expect([error.epoch, error.learningRate, error.loss]).toEqual([1, 1, 1e20 + 1e20]);
      expect(lineOf(model)).toEqual([0, 0]);
    }
  });
});

describe('online SGD that diverges in place (NNetwork.trainOnline)', () => {
  /**
   * A 1-1-1 identity network h = x, o = 1e-200 · h. Row 1 (x = 0, target 0) has loss 0 and moves
   * nothing; row 2 (x = 1e200, target 0) has o = 1, loss 1, but its step on the output weight,
   * rate · 2 · h = 1e200 · 2e200, overflows; row 3 (target 3, loss 4) is never reached.
   */
  const make = () => {
    const net = new NNetwork().configure(1, 1, 1, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
    net.parameters()[0]!.set([1, 0]);
    net.parameters()[1]!.set([1e-200, 0]);
    return net;
  };
  const data: TrainingData = { inputs: [[0], [1e200], [1e200]], targets: [[0], [0], [3]] };

  for (const measureLoss of ['beforeUpdate', 'afterUpdate'] as const) {
    it(`measureLoss ${measureLoss}: epoch 1, the refused row's loss 1 (as the general path reports it), the parameters as set`, () => {
      const options: TrainerOptions = { epochs: 2, learningRate: 1e200, measureLoss };
      const inPlace = make();
      const general = make();
      const fast = divergenceOf(new StochasticGradientDescentTrainer(), inPlace, data, options);
      const slow = divergenceOf(new StochasticGradientDescentTrainer(), withoutShortcuts(general), data, options);
      expect([fast.epoch, fast.learningRate, fast.loss]).toEqual([1, 1e200, 1]);
      expect([slow.epoch, slow.learningRate, slow.loss]).toEqual([1, 1e200, 1]);
      expect(snapshot(inPlace)).toEqual([[1, 0], [1e-200, 0]]);
      expect(snapshot(general)).toEqual(snapshot(inPlace));
    });
  }

  it('a network with labels (the buffered path, batches of 2): epoch 3, loss ∞ at its second batch, the parameters after its first', () => {
    const make = () => new NNetwork().configure(1, 2, 2, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
    const data: TrainingData = { inputs: [[10], [-20], [30], [5]], targets: [[1, 0], [0, 1], [1, 0], [0, 1]], labels: [0, 1, 0, 1] };
    const options: TrainerOptions = { epochs: 100, learningRate: 0.5, batchSize: 2 };
    const net = make();
    const error = divergenceOf(new StochasticGradientDescentTrainer(), net, data, options);
    expect(error.epoch).toBe(3);
    expect(error.learningRate).toBe(0.5);
    expect(error.loss).toBe(Number.POSITIVE_INFINITY);
    // The twin takes the same steps, two epochs then epoch 3's first batch, and stops before the refused one.
    const twin = make();
    new StochasticGradientDescentTrainer().train(twin, data, { ...options, epochs: 2 });
    const firstBatch = { inputs: data.inputs.slice(0, 2), targets: data.targets.slice(0, 2), labels: data.labels!.slice(0, 2) };
    new StochasticGradientDescentTrainer().train(twin, firstBatch, { ...options, epochs: 1 });
    expect(snapshot(net)).toEqual(snapshot(twin));
  });
});

describe('a gradient that is not finite, with an optimizer whose step from it would be', () => {
  /** Sign descent, p ← p − rate · sign(g): a finite step even from an infinite gradient. */
  class SignDescent extends Optimizer {
    readonly name = 'signDescent';
    step(parameters: readonly Float64Array[], gradients: readonly Float64Array[], rate: number): void {
      parameters.forEach((p, k) => p.forEach((v, i) => (p[i] = v - rate * Math.sign(gradients[k]![i]!))));
    }
  }

  it('is refused before the step: epoch 1, the batch’s finite loss, the parameters untouched', () => {
    // The line 0·x + 0 at x = 1e300, target 1e10: loss (1e10)² = 1e20, ∂loss/∂b = −2e10, but ∂loss/∂a = −2e10 · 1e300 overflows.
    for (const line of [new LinearModel(0, 0), new SplitLine(0, 0)]) {
      const error = divergenceOf(new GradientDescentTrainer(), line, { inputs: [[1e300]], targets: [[1e10]] }, { epochs: 3, learningRate: 0.1, optimizer: new SignDescent() });
      expect([error.epoch, error.learningRate, error.loss]).toEqual([1, 0.1, 1e20]);
      expect(lineOf(line)).toEqual([0, 0]);
    }
  });

  it('a finite gradient takes its step (the sign by hand)', () => {
    const line = new LinearModel(0, 0);
    new GradientDescentTrainer().train(line, { inputs: [[2]], targets: [[1]] }, { epochs: 1, learningRate: 0.1, optimizer: new SignDescent() });
    expect(lineOf(line)).toEqual([0.1, 0.1]);
  });
});
