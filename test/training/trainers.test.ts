import { describe, expect, it } from 'vitest';
import {
  DivergenceError,
  EmptyDataError,
  GradientDescentTrainer,
  HalfSquaredError,
  IdentityAF,
  InputSizeError,
  InvalidArgumentError,
  InvalidLearningRateError,
  InvalidSizeError,
  LinearModel,
  NNetwork,
  NonFiniteValueError,
  RaggedDataError,
  StochasticGradientDescentTrainer,
  type EpochEvent,
  type TrainableModel,
  type TrainingData,
  createTrainer,
  DuplicateNameError,
  registerTrainer,
  TRAINER,
  trainers,
  UnknownNameError,
  InvalidLabelError,
  Trainer,
  trainerNames,
  type TrainingRun,
} from '../../src/index.js';
import { createContainer } from '../../src/container.js';
import { snapshot, withoutShortcuts, XOR_ONE_HOT } from '../helpers.js';

const line: TrainingData = { inputs: [[1], [3], [2], [4]], targets: [[3.0], [5.2], [4.1], [7.5]] };
const xor = XOR_ONE_HOT;


describe('SGD batching', () => {
  it('batch size n is one GD step per epoch (same parameters)', () => {
    const sgd = new LinearModel(0.5, 3);
    const gd = new LinearModel(0.5, 3);
    new StochasticGradientDescentTrainer().train(sgd, line, { epochs: 20, learningRate: 0.01, batchSize: 4 });
    new GradientDescentTrainer().train(gd, line, { epochs: 20, learningRate: 0.01 });
    expect(sgd.a).toBeCloseTo(gd.a, 14);
    expect(sgd.b).toBeCloseTo(gd.b, 14);
  });

  it('batches of 3 over 4 rows: a batch of 3 then a batch of 1, each the mean of its rows', () => {
    const model = new LinearModel(0, 0);
    new StochasticGradientDescentTrainer().train(model, line, { epochs: 1, learningRate: 0.1, batchSize: 3 });
    // By hand: batch 1 = rows (1,3), (3,5.2), (2,4.1) at a = b = 0.
    const ga1 = (-2 * (1 * 3 + 3 * 5.2 + 2 * 4.1)) / 3;
    const gb1 = (-2 * (3 + 5.2 + 4.1)) / 3;
    const a1 = -0.1 * ga1;
    const b1 = -0.1 * gb1;
    const r = 7.5 - (a1 * 4 + b1);
    expect(model.a).toBeCloseTo(a1 - 0.1 * (-2 * 4 * r), 12);
    expect(model.b).toBeCloseTo(b1 - 0.1 * (-2 * r), 12);
  });

  it('shuffling is seeded: same seed, same weights; another seed, other weights', () => {
    const run = (seed: number): number[][] => {
      const net = new NNetwork().configure(2, 3, 2);
      new StochasticGradientDescentTrainer().train(net, xor, { epochs: 50, learningRate: 0.5, shuffle: true, seed });
      return snapshot(net);
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
    const inOrder = new NNetwork().configure(2, 3, 2);
    new StochasticGradientDescentTrainer().train(inOrder, xor, { epochs: 50, learningRate: 0.5 });
    expect(snapshot(inOrder)).not.toEqual(run(7));
  });
});

describe('gradient descent’s passes over the data', () => {
  it('one per epoch plus one before the first: the pass that measures an epoch’s loss gives the next epoch’s gradient', () => {
    const model = new LinearModel(0.5, 3);
    const general = withoutShortcuts(model); // no fused pass: every pass is one forwardBatch
    let passes = 0;
    const counted: TrainableModel = {
      ...general,
      forwardBatch: (rows) => {
        passes++;
        return general.forwardBatch(rows);
      },
    };
    new GradientDescentTrainer().train(counted, line, { epochs: 5, learningRate: 0.01 });
    expect(passes).toBe(6);
  });
});

describe('history and events', () => {
  it('one event per epoch with loss and accuracy; the history holds the same numbers', () => {
    const trainer = new StochasticGradientDescentTrainer();
    const events: EpochEvent[] = [];
    const stop = trainer.onEpoch((event) => events.push(event));
    const history = trainer.train(new NNetwork().configure(2, 3, 2), xor, { epochs: 5, loss: new HalfSquaredError() });
    stop();
    trainer.train(new NNetwork().configure(2, 3, 2), xor, { epochs: 2 });
    expect(events.map((e) => e.epoch)).toEqual([1, 2, 3, 4, 5]);
    expect(events.map((e) => e.loss)).toEqual(history.loss);
    expect(events.map((e) => e.accuracy)).toEqual(history.accuracy);
    expect(history.accuracy.every((a) => a >= 0 && a <= 1 && (a * 4) % 1 === 0)).toBe(true);
    expect(history.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('no labels, no accuracy', () => {
    const history = new GradientDescentTrainer().train(new LinearModel(), line, { epochs: 3, learningRate: 0.01 });
    expect(history.accuracy).toEqual([]);
    expect(history.loss).toHaveLength(3);
  });
});

describe('bad options and data: typed errors before any weight moves', () => {
  const cases: [string, () => void, new (...args: never[]) => Error][] = [];
  const net = new NNetwork().configure(2, 3, 2);
  const trainer = new StochasticGradientDescentTrainer();
  const train = (data: TrainingData, options: object) => () => trainer.train(net, data, { epochs: 1, ...options });
  cases.push(['learning rate 0', train(xor, { learningRate: 0 }), InvalidLearningRateError]);
  cases.push(['learning rate NaN', train(xor, { learningRate: NaN }), InvalidLearningRateError]);
  cases.push(['batch size 0', train(xor, { batchSize: 0 }), InvalidSizeError]);
  cases.push(['batch size 2.5', train(xor, { batchSize: 2.5 }), InvalidSizeError]);
  cases.push(['epochs −1', train(xor, { epochs: -1 }), InvalidSizeError]);
  cases.push(['empty data', train({ inputs: [], targets: [] }, {}), EmptyDataError]);
  cases.push(['ragged rows', train({ inputs: [[0, 0], [1]], targets: [[1, 0], [0, 1]] }, {}), RaggedDataError]);
  cases.push(['input size', train({ inputs: [[0, 0, 1]], targets: [[1, 0]] }, {}), InputSizeError]);
  cases.push(['target size', train({ inputs: [[0, 0]], targets: [[1]] }, {}), InputSizeError]);
  cases.push(['row counts', train({ inputs: [[0, 0]], targets: [] }, {}), InvalidArgumentError]);
  cases.push(['NaN input', train({ inputs: [[0, NaN]], targets: [[1, 0]] }, {}), NonFiniteValueError]);
  cases.push(['bad label', train({ ...xor, labels: [0, 1, 2, 0] }, {}), InvalidLabelError]);
  cases.push(['unknown loss measure', train(xor, { measureLoss: 'duringUpdate' }), InvalidArgumentError]);

  for (const [name, call, type] of cases) {
    it(name, () => {
      const before = snapshot(net);
      expect(call).toThrow(type);
      expect(snapshot(net)).toEqual(before);
    });
  }

  it('messages name the problem', () => {
    expect(train({ inputs: [[0, 0, 1]], targets: [[1, 0]] }, {})).toThrow("inputs per row (the model's size): expected 2 values but got 3");
    expect(train({ inputs: [[0, 0], [1]], targets: [[1, 0], [0, 1]] }, {})).toThrow('row 1 has 1 columns but row 0 has 2');
    expect(train(xor, { measureLoss: 'duringUpdate' })).toThrow("measureLoss: must be 'beforeUpdate' or 'afterUpdate', got \"duringUpdate\"");
  });
});

describe('divergence', () => {
  it('a learning rate that blows up stops with the epoch and rate, keeping the last finite parameters', () => {
    const net = new NNetwork().configure(1, 2, 1, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
    const data = { inputs: [[10], [-20], [30]], targets: [[1], [2], [3]] };
    const snapshots: number[][][] = [];
    const trainer = new StochasticGradientDescentTrainer();
    trainer.onEpoch(() => snapshots.push(snapshot(net)));
    let error: unknown;
    try {
      trainer.train(net, data, { epochs: 1000, learningRate: 0.5 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DivergenceError);
    const divergence = error as DivergenceError;
    expect(divergence.learningRate).toBe(0.5);
    expect(divergence.message).toMatch(new RegExp(`epoch ${divergence.epoch}.*learning rate 0.5`));
    expect(divergence.epoch).toBeGreaterThan(1);
    expect(net.parameters().every((p) => p.every(Number.isFinite))).toBe(true);
    expect(snapshots).toHaveLength(divergence.epoch! - 1);
  });
});

describe('trainers by name', () => {
  it("'gd' and 'sgd' are registered; unknown names list the known ones; user trainers register", () => {
    expect(createTrainer('gd')).toBeInstanceOf(GradientDescentTrainer);
    expect(createTrainer('sgd')).toBeInstanceOf(StochasticGradientDescentTrainer);
    expect(createTrainer('sgd')).not.toBe(createTrainer('sgd'));
    expect(() => createTrainer('adam')).toThrow(UnknownNameError);
    expect(() => createTrainer('adam')).toThrow(/known: gd, sgd/);
    class Mine extends StochasticGradientDescentTrainer {}
    registerTrainer('mine', () => new Mine());
    try {
      expect(createTrainer('mine')).toBeInstanceOf(Mine);
      expect(() => registerTrainer('mine', () => new Mine())).toThrow(DuplicateNameError);
    } finally {
      trainers.unregister('mine');
    }
    expect(() => createTrainer('mine')).toThrow(UnknownNameError);
  });

  it('trainerNames lists the registered names, a user trainer while it is registered', () => {
    expect(trainerNames()).toEqual(['gd', 'sgd']);
    registerTrainer('mine', () => new StochasticGradientDescentTrainer());
    try {
      expect(trainerNames()).toEqual(['gd', 'sgd', 'mine']);
    } finally {
      trainers.unregister('mine');
    }
  });

  it('the container gives gradient descent as TRAINER, and a registration swaps it', () => {
    const container = createContainer();
    expect(container.resolve(TRAINER)).toBeInstanceOf(GradientDescentTrainer);
    container.register(TRAINER, { useClass: StochasticGradientDescentTrainer });
    expect(container.resolve(TRAINER)).toBeInstanceOf(StochasticGradientDescentTrainer);
    expect(createContainer().resolve(TRAINER)).toBeInstanceOf(GradientDescentTrainer);
  });
});

describe('a trainer written on TrainingRun.step', () => {
  /** Online SGD that visits the rows last to first, one `run.step` per row. */
  class LastToFirst extends Trainer {
    protected runEpoch(run: TrainingRun): void {
      run.startEpoch();
      for (let row = run.size - 1; row >= 0; row--) run.step(row, 1);
    }
  }

  it('is online SGD on the rows reversed: the same weights, losses and accuracies', () => {
    const reversed: TrainingData = { inputs: [...xor.inputs].reverse(), targets: [...xor.targets].reverse(), labels: [...xor.labels!].reverse() };
    const options = { epochs: 20, learningRate: 0.5 };
    const stepped = new NNetwork().configure(2, 3, 2);
    const sgd = new NNetwork().configure(2, 3, 2);
    const history = new LastToFirst().train(stepped, xor, options);
    const expected = new StochasticGradientDescentTrainer().train(sgd, reversed, options);
    expect(snapshot(stepped)).toEqual(snapshot(sgd));
    expect(history.loss).toEqual(expected.loss);
    expect(history.accuracy).toEqual(expected.accuracy);
    expect(snapshot(stepped)).not.toEqual(snapshot(new NNetwork().configure(2, 3, 2)));
  });

  it('a new run counts its loss and hits from zero, before any startEpoch', () => {
    class WithoutStartEpoch extends Trainer {
      protected runEpoch(run: TrainingRun): void {
        for (let row = run.size - 1; row >= 0; row--) run.step(row, 1);
      }
    }
    const reversed: TrainingData = { inputs: [...xor.inputs].reverse(), targets: [...xor.targets].reverse(), labels: [...xor.labels!].reverse() };
    const options = { epochs: 1, learningRate: 0.5 };
    const history = new WithoutStartEpoch().train(new NNetwork().configure(2, 3, 2), xor, options);
    const expected = new StochasticGradientDescentTrainer().train(new NNetwork().configure(2, 3, 2), reversed, options);
    expect(history.loss).toEqual(expected.loss);
    expect(history.accuracy).toEqual(expected.accuracy);
  });
});
