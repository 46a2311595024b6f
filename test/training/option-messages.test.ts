// A trainer's refusals name what was wrong (the whole message, from the field
// on), and nothing has moved when they come.
import { describe, expect, it } from 'vitest';
import {
  EmptyDataError,
  InvalidArgumentError,
  InvalidSizeError,
  LearningRateSchedule,
  NNetwork,
  StochasticGradientDescentTrainer,
  type TrainerOptions,
  type TrainingData,
} from '../../src/index.js';
import { snapshot, XOR_ONE_HOT } from '../helpers.js';
import { expectRefusal } from '../refusals.js';

/** A schedule that gives `rate` at every epoch. */
function scheduleGiving(rate: unknown): LearningRateSchedule {
  return new (class extends LearningRateSchedule {
    readonly name = 'broken';
    rateAt(): number {
      return rate as number;
    }
  })();
}

const cases: [string, TrainingData, Partial<TrainerOptions>, RegExp][] = [
  ['shuffle that is not a boolean', XOR_ONE_HOT, { shuffle: 'yes' as unknown as boolean }, /^shuffle: must be true or false, got "yes"$/],
  ['a schedule giving NaN', XOR_ONE_HOT, { schedule: scheduleGiving(Number.NaN) }, /^schedule: gave the learning rate NaN for epoch 1; a rate must be a finite number ≥ 0$/],
  ['a schedule giving −1', XOR_ONE_HOT, { schedule: scheduleGiving(-1) }, /^schedule: gave the learning rate -1 for epoch 1;/],
  ['a schedule giving ∞', XOR_ONE_HOT, { schedule: scheduleGiving(Number.POSITIVE_INFINITY) }, /^schedule: gave the learning rate Infinity for epoch 1;/],
  ['a schedule giving a string', XOR_ONE_HOT, { schedule: scheduleGiving('0.1') }, /^schedule: gave the learning rate 0.1 for epoch 1;/],
  ['a schedule without rateAt', XOR_ONE_HOT, { schedule: {} as LearningRateSchedule }, /^schedule: must be a LearningRateSchedule \(e.g. new StepSchedule\(10\)\), got \[object Object\]$/],
  [
    'a loss without its methods',
    XOR_ONE_HOT,
    { loss: { term: () => 0 } as never },
    /^loss: must be an object with the methods batchValueAndGradient, batchValue, term, termGradient, scaleFor, got an object$/,
  ],
  ['an optimizer without its methods', XOR_ONE_HOT, { optimizer: { step: () => undefined } as never }, /^optimizer: must be an object with the methods step, isPlainStep, got an object$/],
  ['both validation options', XOR_ONE_HOT, { validationFraction: 0.5, validationData: XOR_ONE_HOT }, /^validationFraction: give validationData or validationFraction, not both$/],
  ['a fraction leaving no row to train on', XOR_ONE_HOT, { validationFraction: 0.9 }, /^validationFraction: 0.9 of 4 rows leaves no row to train on$/],
  ['a split of rows without as many targets', { ...XOR_ONE_HOT, targets: XOR_ONE_HOT.targets.slice(0, 3) }, { validationFraction: 0.5 }, /^training data: 4 input rows but 3 target rows$/],
  ['a split of rows without as many labels', { ...XOR_ONE_HOT, labels: [0, 1, 1] }, { validationFraction: 0.5 }, /^labels: 4 rows but 3 labels$/],
  ['rows without as many targets', { ...XOR_ONE_HOT, targets: XOR_ONE_HOT.targets.slice(0, 3) }, {}, /^training data: 4 input rows but 3 target rows$/],
  ['rows without as many labels', { ...XOR_ONE_HOT, labels: [0, 1, 1, 0, 1] }, {}, /^labels: 4 rows but 5 labels$/],
  ['data that is not an object', undefined as unknown as TrainingData, {}, /^training data: must be an object of options, got undefined$/],
  ['inputs that are not rows', { ...XOR_ONE_HOT, inputs: 'x' as never }, {}, /^inputs: must be an array of rows, got "x"$/],
  ['targets that are not rows', { ...XOR_ONE_HOT, targets: 5 as never }, {}, /^targets: must be an array of rows, got 5$/],
  ['labels that are not an array', { ...XOR_ONE_HOT, labels: 5 as never }, {}, /^labels: must be an array of finite numbers, got 5$/],
];

describe('trainer refusals name the field', () => {
  for (const [name, data, options, message] of cases) {
    it(`${name}: InvalidArgumentError "${message.source}", the network unchanged`, () => {
      const net = new NNetwork().configure(2, 3, 2);
      const before = snapshot(net);
      let error: unknown;
      try {
        new StochasticGradientDescentTrainer().train(net, data, { epochs: 2, ...options });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as Error).message).toMatch(message);
      expect(snapshot(net)).toEqual(before);
    });
  }

  it('no rows: EmptyDataError "training data is empty: give at least one row", the network unchanged', () => {
    const net = new NNetwork().configure(2, 3, 2);
    const before = snapshot(net);
    expectRefusal(
      () => new StochasticGradientDescentTrainer().train(net, { inputs: [], targets: [] }, { epochs: 2 }),
      EmptyDataError,
      'training data is empty: give at least one row',
    );
    expect(snapshot(net)).toEqual(before);
  });

  it('a model without the trainers’ methods', () => {
    const call = () => new StochasticGradientDescentTrainer().train({ parameters: () => [] } as never, XOR_ONE_HOT, { epochs: 1 });
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(/^model: must be an object with the methods parameters, numberOfInputs, numberOfOutputs, forwardBatch, backwardBatch, got an object$/);
  });
});

describe('a schedule may give the rate 0', () => {
  it('every epoch at rate 0: no parameter moves, each epoch has the same loss and the rate 0', () => {
    const net = new NNetwork().configure(2, 3, 2);
    const before = snapshot(net);
    const trainer = new StochasticGradientDescentTrainer();
    const rates: number[] = [];
    trainer.onEpoch((event) => rates.push(event.learningRate));
    const history = trainer.train(net, XOR_ONE_HOT, { epochs: 3, learningRate: 0.5, schedule: scheduleGiving(0) });
    expect(snapshot(net)).toEqual(before);
    expect(rates).toEqual([0, 0, 0]);
    expect(new Set(history.loss).size).toBe(1);
  });
});

describe('trainer refusals, the whole message', () => {
  /** Training a 2-3-2 network on `data` with `options` throws `Class` with `message`; the network has not moved. */
  function expectTrainingRefused(data: TrainingData, options: unknown, Class: abstract new (...args: never[]) => Error, message: string): void {
    const net = new NNetwork().configure(2, 3, 2);
    const before = snapshot(net);
    expectRefusal(() => new StochasticGradientDescentTrainer().train(net, data, options as TrainerOptions), Class, message);
    expect(snapshot(net)).toEqual(before);
  }
  const unlabelled: TrainingData = { inputs: XOR_ONE_HOT.inputs, targets: XOR_ONE_HOT.targets };

  it('options that are not an object', () => {
    expectTrainingRefused(XOR_ONE_HOT, 5, InvalidArgumentError, 'trainer options: must be an object of options, got 5');
  });

  it('a batch size of 0', () => {
    expectTrainingRefused(XOR_ONE_HOT, { epochs: 2, batchSize: 0 }, InvalidSizeError, 'batch size must be a positive integer, got 0');
  });

  it('early stopping that is null', () => {
    expectTrainingRefused(XOR_ONE_HOT, { epochs: 2, earlyStopping: null }, InvalidArgumentError, 'earlyStopping: must be an object such as { patience: 10 }, got null');
  });

  it('an unknown monitor: the four it may be, comma-separated', () => {
    expectTrainingRefused(
      XOR_ONE_HOT,
      { epochs: 2, earlyStopping: { patience: 2, monitor: 'error' } },
      InvalidArgumentError,
      'earlyStopping.monitor: must be one of loss, accuracy, validationLoss, validationAccuracy, got error',
    );
  });

  it('a negative minDelta', () => {
    expectTrainingRefused(XOR_ONE_HOT, { epochs: 2, earlyStopping: { patience: 2, minDelta: -1 } }, InvalidArgumentError, 'earlyStopping.minDelta: must be a finite number ≥ 0, got -1');
  });

  it('a minDelta given as a string', () => {
    expectTrainingRefused(XOR_ONE_HOT, { epochs: 2, earlyStopping: { patience: 2, minDelta: '0.1' } }, InvalidArgumentError, 'earlyStopping.minDelta: must be a finite number ≥ 0, got 0.1');
  });

  it('validation accuracy when the training rows have labels but the validation rows do not', () => {
    expectTrainingRefused(
      XOR_ONE_HOT,
      { epochs: 2, validationData: unlabelled, earlyStopping: { patience: 2, monitor: 'validationAccuracy' } },
      InvalidArgumentError,
      "earlyStopping.monitor: is 'validationAccuracy' but the data has no labels to count hits with",
    );
  });

  it('a validation fraction given as a string (which > and < would compare as a number)', () => {
    expectTrainingRefused(XOR_ONE_HOT, { epochs: 2, validationFraction: '0.5' }, InvalidArgumentError, 'validationFraction: must be a number in (0, 1), got 0.5');
  });

  it('a validation fraction of 1 or more is outside (0, 1), whatever the rows', () => {
    for (const fraction of [1, 1.5]) {
      expectTrainingRefused(XOR_ONE_HOT, { epochs: 2, validationFraction: fraction }, InvalidArgumentError, `validationFraction: must be a number in (0, 1), got ${fraction}`);
    }
  });

  it('half of one row rounds to that row: none is left to train on', () => {
    const oneRow: TrainingData = { inputs: [[0, 1]], targets: [[0, 1]], labels: [1] };
    expectTrainingRefused(oneRow, { epochs: 2, validationFraction: 0.5 }, InvalidArgumentError, 'validationFraction: 0.5 of 1 rows leaves no row to train on');
  });
});
