// When nothing looks at the model between epochs, the SGD trainer hands a
// network every epoch at once (`TrainingRun.trainEpochsInPlace` →
// `trainOnlineEpochs`). That must change nothing but the time: the same
// history and weights as the loop of epochs, bit for bit, the same
// DivergenceError, and the loop wherever something happens between epochs.
import { describe, expect, it } from 'vitest';
import {
  ConstantSchedule,
  DivergenceError,
  HalfSquaredError,
  IdentityAF,
  NNetwork,
  StepSchedule,
  StochasticGradientDescentTrainer,
  type EpochTotals,
  type Loss,
  type Rows,
  type TrainerOptions,
  type TrainingData,
} from '../../src/index.js';
import { snapshot, withoutShortcuts, XOR_ONE_HOT } from '../helpers.js';
import { thrownAs } from '../refusals.js';

/** A network that counts its calls of `trainOnlineEpochs`. */
class CountingNetwork extends NNetwork {
  calls = 0;
  override trainOnlineEpochs(rows: Rows, loss: Loss, learningRate: number, epochs: number, totals: EpochTotals): number {
    this.calls++;
    return super.trainOnlineEpochs(rows, loss, learningRate, epochs, totals);
  }
}

function xorNetwork(): CountingNetwork {
  const net = new CountingNetwork();
  net.configure(2, 3, 2);
  return net;
}

/** Trains with a listener, which makes the trainer run its loop of epochs. */
function trainWithListener(net: NNetwork, data: TrainingData, options: TrainerOptions) {
  const trainer = new StochasticGradientDescentTrainer();
  trainer.onEpoch(() => undefined);
  return trainer.train(net, data, options);
}

/** A 1-1-1 identity network with every parameter 0: with x = 0 only the output bias can move. */
function zeroIdentityNetwork(): NNetwork {
  const net = new NNetwork().configure(1, 1, 1, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
  for (const p of net.parameters()) p.fill(0);
  return net;
}

/** A loss whose term for an output is `term(output)` and whose δ is the target (∂/∂output = −target). */
function lossWithTerm(term: (output: number) => number): Loss {
  return new (class extends HalfSquaredError {
    override term(output: number): number {
      return term(output);
    }
    override termGradient(_output: number, target: number): number {
      return -target;
    }
  })();
}

/** Trains `make()` quietly and with a listener; returns both errors and both models. */
function bothDiverge(make: () => NNetwork, data: TrainingData, options: TrainerOptions) {
  const quiet = make();
  const listened = make();
  const quietError = thrownAs(DivergenceError, () => new StochasticGradientDescentTrainer().train(quiet, data, options));
  const loopError = thrownAs(DivergenceError, () => trainWithListener(listened, data, options));
  return { quietError, loopError, quiet, listened };
}

describe('the whole run in place gives what the loop of epochs gives', () => {
  it('XOR 2-3-2 with labels, 2500 epochs (three calls of 1024 epochs at most): losses, accuracies and weights, bit for bit', () => {
    const options = { epochs: 2500, learningRate: 0.5, loss: new HalfSquaredError() };
    const quiet = xorNetwork();
    const listened = xorNetwork();
    const quietHistory = new StochasticGradientDescentTrainer().train(quiet, XOR_ONE_HOT, options);
    const loopHistory = trainWithListener(listened, XOR_ONE_HOT, options);
    expect(quiet.calls).toBe(3);
    expect(listened.calls).toBe(0);
    expect(quietHistory.loss).toEqual(loopHistory.loss);
    expect(quietHistory.accuracy).toEqual(loopHistory.accuracy);
    expect(quietHistory.loss).toHaveLength(2500);
    expect(quietHistory.accuracy.at(-1)).toBe(1);
    expect(snapshot(quiet)).toEqual(snapshot(listened));
    // And what the general path (no shortcut at all) gives.
    const general = xorNetwork();
    const generalHistory = new StochasticGradientDescentTrainer().train(withoutShortcuts(general), XOR_ONE_HOT, options);
    expect(quietHistory.loss).toEqual(generalHistory.loss);
    expect(snapshot(quiet)).toEqual(snapshot(general));
  });

  it('takes the loop when something happens between epochs, or an epoch is not one pass in order', () => {
    const cases: [string, TrainerOptions][] = [
      ['shuffled', { epochs: 3, shuffle: true }],
      ['mini-batches of 2', { epochs: 3, batchSize: 2 }],
      ['loss measured after each update', { epochs: 3, measureLoss: 'afterUpdate' }],
      ['a schedule', { epochs: 3, schedule: new StepSchedule(1) }],
      ['validation rows', { epochs: 3, validationData: XOR_ONE_HOT }],
      ['early stopping', { epochs: 3, validationData: XOR_ONE_HOT, earlyStopping: { patience: 2 } }],
      ['early stopping on the training loss, without validation', { epochs: 3, earlyStopping: { patience: 2 } }],
    ];
    for (const [name, options] of cases) {
      const net = xorNetwork();
      new StochasticGradientDescentTrainer().train(net, XOR_ONE_HOT, options);
      expect(net.calls, name).toBe(0);
    }
    const plain = xorNetwork();
    new StochasticGradientDescentTrainer().train(plain, XOR_ONE_HOT, { epochs: 3 });
    expect(plain.calls).toBe(1);
  });
});

describe('how many epochs go to the model per call', () => {
  it('a large network gets one epoch per call (rows × parameters above 2²⁰), a small one up to 1024', () => {
    // 784-64-10: 50,890 parameters; 40 rows make 2,035,600 multiply-adds an epoch.
    const big = new CountingNetwork();
    big.configure(784, 64, 10);
    const rows = Array.from({ length: 40 }, (_, r) => Array.from({ length: 784 }, (_, i) => ((r * 7 + i) % 13) / 13));
    const targets = rows.map((_, r) => Array.from({ length: 10 }, (_, j) => (j === r % 10 ? 1 : 0)));
    new StochasticGradientDescentTrainer().train(big, { inputs: rows, targets }, { epochs: 3, learningRate: 0.1 });
    expect(big.calls).toBe(3);
    // 2-3-2 on one XOR row: 17 parameters, 17 multiply-adds an epoch: 1024 epochs per call (2²⁰ / 17 is more).
    const small = xorNetwork();
    new StochasticGradientDescentTrainer().train(small, { inputs: [[0, 1]], targets: [[0, 1]] }, { epochs: 2049, learningRate: 0.1 });
    expect(small.calls).toBe(3);
    // 4 rows of 2-3-2 at 2²⁰ / 68 = 15,420 a call, capped at 1024: 1025 epochs take 2 calls.
    const four = xorNetwork();
    new StochasticGradientDescentTrainer().train(four, XOR_ONE_HOT, { epochs: 1025, learningRate: 0.1 });
    expect(four.calls).toBe(2);
  });

  it('between: 4-8-3 on 150 rows (67 parameters) takes 2²⁰ / 10,050 = 104 epochs per call', () => {
    const net = new CountingNetwork();
    net.configure(4, 8, 3);
    const inputs = Array.from({ length: 150 }, (_, r) => [r % 5, (r * 3) % 7, (r * 5) % 11, r % 2].map((v) => v / 10));
    const targets = inputs.map((_, r) => [r % 3 === 0 ? 1 : 0, r % 3 === 1 ? 1 : 0, r % 3 === 2 ? 1 : 0]);
    new StochasticGradientDescentTrainer().train(net, { inputs, targets }, { epochs: 209, learningRate: 0.1 });
    expect(net.calls).toBe(3); // 104 + 104 + 1
  });
});

describe('what the in-place run records', () => {
  it('data without labels: losses and no accuracies; elapsedMs is the call’s own time', () => {
    const data = { inputs: XOR_ONE_HOT.inputs, targets: XOR_ONE_HOT.targets };
    const quiet = xorNetwork();
    const before = performance.now();
    const history = new StochasticGradientDescentTrainer().train(quiet, data, { epochs: 50, learningRate: 0.5 });
    const wall = performance.now() - before;
    expect(quiet.calls).toBe(1);
    expect(history.accuracy).toEqual([]);
    expect(history.loss).toEqual(trainWithListener(xorNetwork(), data, { epochs: 50, learningRate: 0.5 }).loss);
    expect(history.elapsedMs).toBeGreaterThan(0);
    expect(history.elapsedMs).toBeLessThanOrEqual(wall);
    expect(history.stoppedAtEpoch).toBeUndefined();
  });

  it('a model with trainOnline but without trainOnlineEpochs is trained by the loop, to the same numbers', () => {
    const net = xorNetwork();
    const onlineOnly = { ...withoutShortcuts(net), trainOnline: net.trainOnline.bind(net) };
    const options = { epochs: 30, learningRate: 0.5 };
    const history = new StochasticGradientDescentTrainer().train(onlineOnly, XOR_ONE_HOT, options);
    const reference = xorNetwork();
    const referenceHistory = new StochasticGradientDescentTrainer().train(reference, XOR_ONE_HOT, options);
    expect(net.calls).toBe(0);
    expect(reference.calls).toBe(1);
    expect(history.loss).toEqual(referenceHistory.loss);
    expect(history.accuracy).toEqual(referenceHistory.accuracy);
    expect(snapshot(net)).toEqual(snapshot(reference));
  });
});

describe('a divergence in place is the loop’s divergence', () => {
  it('a step that overflows after many epochs (in the second call of 1024): the same epoch, rate, loss and weights', () => {
    // A 1-1-1 identity network with every parameter 0 but the output bias, and a loss whose terms are 1 and
    // whose δ is the target, 1e305: only the output bias moves, by 1e305 per epoch, and overflows at epoch 1798.
    const data = { inputs: [[0]], targets: [[1e305]] };
    const options = { epochs: 5000, learningRate: 1, loss: lossWithTerm(() => 1) };
    const { quietError, loopError, quiet, listened } = bothDiverge(zeroIdentityNetwork, data, options);
    expect(quietError.epoch).toBe(1798);
    expect(loopError.epoch).toBe(1798);
    expect(quietError.learningRate).toBe(1);
    expect(quietError.loss).toBe(1);
    expect(loopError.loss).toBe(1);
    expect(quietError.message).toBe(loopError.message);
    expect(snapshot(quiet)).toEqual(snapshot(listened));
    const [first, output] = snapshot(quiet);
    expect(first).toEqual([0, 0]);
    expect(output![0]).toBe(0);
    expect(output![1]).toBeGreaterThan(1.796e308); // 1797 steps of 1e305, each rounded
    expect(output![1]).toBeLessThan(Number.POSITIVE_INFINITY);
  });

  it('an epoch whose summed loss overflows while each example’s is finite: DivergenceError at that epoch, loss ∞', () => {
    // Two outputs of 5e307 make an example's loss 1e308, finite; the epoch's four add up to ∞.
    const huge = new (class extends HalfSquaredError {
      override term(): number {
        return 5e307;
      }
    })();
    const make = () => new NNetwork().configure(2, 3, 2);
    const { quietError, loopError, quiet, listened } = bothDiverge(make, XOR_ONE_HOT, { epochs: 10, learningRate: 0.5, loss: huge });
    expect(quietError.epoch).toBe(1);
    expect(loopError.epoch).toBe(1);
    expect(quietError.loss).toBe(Number.POSITIVE_INFINITY);
    expect(loopError.loss).toBe(Number.POSITIVE_INFINITY);
    expect(snapshot(quiet)).toEqual(snapshot(listened));
    expect(snapshot(quiet)).not.toEqual(snapshot(make())); // epoch 1's steps were taken
  });

  it('a network whose loss overflows at epoch 6 (each layer’s weights multiply the other’s): the same epoch, loss and weights', () => {
    // An identity 1-1-1 network fitting 0 at x = 3 with rate 2: the weights grow as a product, the output
    // overflows ½(t − o)² at epoch 6 while every parameter is still finite: that example is refused.
    const make = () => new NNetwork().configure(1, 1, 1, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
    const data = { inputs: [[3]], targets: [[0]] };
    const { quietError, loopError, quiet, listened } = bothDiverge(make, data, { epochs: 50, learningRate: 2, loss: new HalfSquaredError() });
    expect(quietError.epoch).toBe(6);
    expect(loopError.epoch).toBe(6);
    expect(quietError.loss).toBe(Number.POSITIVE_INFINITY);
    expect(quietError.message).toBe(loopError.message);
    expect(snapshot(quiet)).toEqual(snapshot(listened));
    expect(snapshot(quiet).flat().every(Number.isFinite)).toBe(true);
  });
});

describe('an epoch’s summed loss that overflows after the first epoch', () => {
  it('epoch 4 of 2 rows, each row’s loss 1e308: DivergenceError at epoch 4 with loss ∞, epochs 1–4 taken', () => {
    // Only the output bias moves (every other parameter 0, x = 0), by 1 per row (δ = target = 1, rate 1): the
    // outputs before each step are 0, 1 | 2, 3 | 4, 5 | 6, 7. A row's loss is 1 while its output is at most 5,
    // then 1e308: epoch 4's two add up to ∞, each finite.
    const data = { inputs: [[0], [0]], targets: [[1], [1]] };
    const options = { epochs: 20, learningRate: 1, loss: lossWithTerm((output) => (output > 5 ? 1e308 : 1)) };
    const { quietError, loopError, quiet, listened } = bothDiverge(zeroIdentityNetwork, data, options);
    expect(quietError.epoch).toBe(4);
    expect(loopError.epoch).toBe(4);
    expect(quietError.loss).toBe(Number.POSITIVE_INFINITY);
    expect(snapshot(quiet)).toEqual([[0, 0], [0, 8]]);
    expect(snapshot(listened)).toEqual([[0, 0], [0, 8]]);
  });
});

describe('LearningRateSchedule.isConstant', () => {
  it('the constant schedule is, a subclass that gives its own rates is not, and other schedules are not', () => {
    expect(new ConstantSchedule().isConstant()).toBe(true);
    class Halving extends ConstantSchedule {
      override rateAt(epoch: number, baseRate: number): number {
        return baseRate / 2 ** (epoch - 1);
      }
    }
    expect(new Halving().isConstant()).toBe(false);
    expect(new StepSchedule(10).isConstant()).toBe(false);
  });
});
