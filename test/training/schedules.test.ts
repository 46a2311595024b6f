// Learning-rate schedules: the rate of each epoch by hand, composed with every
// trainer and optimizer (a scheduled run equals runs at the scheduled rates one
// after another), found by name, settings checked.
import { describe, expect, it } from 'vitest';
import {
  Adam,
  ConstantSchedule,
  CosineSchedule,
  DivergenceError,
  ExponentialSchedule,
  GradientDescentTrainer,
  InvalidArgumentError,
  LinearModel,
  NNetwork,
  schedules,
  StepSchedule,
  StochasticGradientDescentTrainer,
  type LearningRateSchedule,
  type Optimizer,
  type Trainer,
} from '../../src/index.js';
import { snapshot, XOR_ONE_HOT } from '../helpers.js';
import { expectRefusal } from '../refusals.js';

const ratesOf = (schedule: LearningRateSchedule, epochs: number, base = 1) =>
  Array.from({ length: epochs }, (_, i) => schedule.rateAt(i + 1, base, epochs));

describe('the rate of each epoch', () => {
  it('constant: the base rate', () => {
    expect(ratesOf(new ConstantSchedule(), 3, 0.25)).toEqual([0.25, 0.25, 0.25]);
  });

  it('step (3 epochs, γ 0.5): base · γ^⌊(e − 1)/3⌋', () => {
    expect(ratesOf(new StepSchedule(3, 0.5), 7)).toEqual([1, 1, 1, 0.5, 0.5, 0.5, 0.25]);
    expect(new StepSchedule(3).gamma).toBe(0.1);
  });

  it('exponential (γ 0.5): base · γ^(e − 1)', () => {
    expect(ratesOf(new ExponentialSchedule(0.5), 4, 0.8)).toEqual([0.8, 0.4, 0.2, 0.1]);
  });

  it('cosine over 4 epochs down to 0.1: half a cosine, then the minimum', () => {
    const rates = ratesOf(new CosineSchedule({ period: 4, minimumRate: 0.1 }), 6);
    const expected = [0, 1, 2, 3, 4, 4].map((k) => 0.1 + (0.9 * (1 + Math.cos((Math.PI * k) / 4))) / 2);
    rates.forEach((rate, i) => expect(rate).toBeCloseTo(expected[i]!, 15));
    expect(rates[0]).toBe(1);
    expect(rates[2]).toBeCloseTo(0.55, 15);
    expect(rates[4]).toBeCloseTo(0.1, 15);
  });

  it('step every epoch (stepSize 1, γ 0.5): cut at every epoch', () => {
    expect(ratesOf(new StepSchedule(1, 0.5), 3)).toEqual([1, 0.5, 0.25]);
  });

  it('cosine over 1 epoch down to 0.1: the base rate at epoch 1, then the minimum (cos π = −1 exactly)', () => {
    expect(ratesOf(new CosineSchedule({ period: 1, minimumRate: 0.1 }), 3)).toEqual([1, 0.1, 0.1]);
  });

  it('cosine without a period spans the run: epoch e of E at cos(π(e − 1)/E)', () => {
    const rates = ratesOf(new CosineSchedule(), 10);
    expect(rates[0]).toBe(1);
    expect(rates[5]).toBeCloseTo(0.5, 15);
    expect(rates[9]).toBeCloseTo((1 + Math.cos((Math.PI * 9) / 10)) / 2, 15);
  });
});

/** `epochs` epochs at each rate in turn, one `train` call per rate, with one optimizer throughout. */
function piecewise(trainer: Trainer, model: NNetwork | LinearModel, data: typeof XOR_ONE_HOT, rates: readonly number[], optimizer?: Optimizer) {
  for (const learningRate of rates) trainer.train(model, data, { epochs: 1, learningRate, ...(optimizer ? { optimizer } : {}) });
}

describe('composed with any trainer and optimizer: the same bits as running at each epoch’s rate in turn', () => {
  const schedule = new StepSchedule(2, 0.5);
  const rates = ratesOf(schedule, 6, 0.8);

  it('SGD online on a network (the fused path)', () => {
    const scheduled = new NNetwork().configure(2, 3, 2);
    new StochasticGradientDescentTrainer().train(scheduled, XOR_ONE_HOT, { epochs: 6, learningRate: 0.8, schedule });
    const stepwise = new NNetwork().configure(2, 3, 2);
    piecewise(new StochasticGradientDescentTrainer(), stepwise, XOR_ONE_HOT, rates);
    expect(snapshot(scheduled)).toEqual(snapshot(stepwise));
  });

  it('gradient descent with Adam (the buffered path, the optimizer’s state carried on)', () => {
    const scheduled = new NNetwork().configure(2, 3, 2);
    new GradientDescentTrainer().train(scheduled, XOR_ONE_HOT, { epochs: 6, learningRate: 0.8, schedule, optimizer: new Adam() });
    const stepwise = new NNetwork().configure(2, 3, 2);
    piecewise(new GradientDescentTrainer(), stepwise, XOR_ONE_HOT, rates, new Adam());
    expect(snapshot(scheduled)).toEqual(snapshot(stepwise));
  });

  it('SGD in batches on the line (the in-place `descend`)', () => {
    const line = { inputs: [[1], [3], [2], [4]], targets: [[3.0], [5.2], [4.1], [7.5]] };
    const scheduled = new LinearModel(0.5, 3);
    new StochasticGradientDescentTrainer().train(scheduled, line, { epochs: 6, learningRate: 0.02, batchSize: 2, schedule: new ExponentialSchedule(0.5) });
    const stepwise = new LinearModel(0.5, 3);
    for (const learningRate of ratesOf(new ExponentialSchedule(0.5), 6, 0.02)) {
      new StochasticGradientDescentTrainer().train(stepwise, line, { epochs: 1, learningRate, batchSize: 2 });
    }
    expect([scheduled.a, scheduled.b]).toEqual([stepwise.a, stepwise.b]);
  });

  it('every epoch event tells the rate it used', () => {
    const trainer = new StochasticGradientDescentTrainer();
    const seen: number[] = [];
    trainer.onEpoch((event) => seen.push(event.learningRate));
    trainer.train(new NNetwork().configure(2, 3, 2), XOR_ONE_HOT, { epochs: 6, learningRate: 0.8, schedule });
    expect(seen).toEqual([0.8, 0.8, 0.4, 0.4, 0.2, 0.2]);
  });

  it('a diverging epoch reports the rate of that epoch', () => {
    const line = { inputs: [[1e3], [3e3]], targets: [[1], [2]] };
    let error: unknown;
    try {
      new GradientDescentTrainer().train(new LinearModel(0, 0), line, { epochs: 50, learningRate: 1e-9, schedule: new ExponentialSchedule(1000) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DivergenceError);
    const { epoch, learningRate } = error as DivergenceError;
    expect(epoch).toBeGreaterThan(1);
    expect(learningRate).toBe(ratesOf(new ExponentialSchedule(1000), 50, 1e-9)[epoch! - 1]);
  });
});

describe('registered by name, settings checked', () => {
  it("'constant', 'step', 'exponential', 'cosine', rebuilt from config()", () => {
    expect(schedules.names()).toEqual(expect.arrayContaining(['constant', 'step', 'exponential', 'cosine']));
    const step = schedules.create('step', new StepSchedule(10, 0.5).config());
    expect(ratesOf(step, 11)).toEqual(ratesOf(new StepSchedule(10, 0.5), 11));
    expect(schedules.create('cosine', { period: 5 })).toMatchObject({ period: 5, minimumRate: 0 });
    expect(schedules.create('exponential')).toMatchObject({ gamma: 0.99 });
  });

  it('config() is exactly the settings (none for the constant rate; a cosine without a period has none), and the registry rebuilds an equal schedule from it', () => {
    expect(new ConstantSchedule().config()).toStrictEqual({});
    expect(new StepSchedule(10, 0.5).config()).toStrictEqual({ stepSize: 10, gamma: 0.5 });
    expect(new ExponentialSchedule(0.5).config()).toStrictEqual({ gamma: 0.5 });
    expect(new CosineSchedule({ minimumRate: 0.1 }).config()).toStrictEqual({ minimumRate: 0.1 });
    expect(new CosineSchedule({ period: 4, minimumRate: 0.1 }).config()).toStrictEqual({ period: 4, minimumRate: 0.1 });
    for (const schedule of [new ConstantSchedule(), new StepSchedule(10, 0.5), new ExponentialSchedule(0.5), new CosineSchedule({ minimumRate: 0.1 }), new CosineSchedule({ period: 4 })]) {
      expect(schedules.create(schedule.name, schedule.config())).toStrictEqual(schedule);
    }
  });

  it('the refusals’ whole messages', () => {
    expectRefusal(() => new StepSchedule(0), InvalidArgumentError, 'stepSize: must be a positive integer (epochs between two cuts), got 0');
    expectRefusal(() => new CosineSchedule({ period: 0 }), InvalidArgumentError, 'period: must be a positive integer (epochs), got 0');
    expectRefusal(() => new CosineSchedule({ minimumRate: -0.1 }), InvalidArgumentError, 'minimumRate: must be a finite number ≥ 0, got -0.1');
  });

  it.each([
    ['stepSize', () => new StepSchedule(0)],
    ['stepSize', () => new StepSchedule(1.5)],
    ['stepSize', () => schedules.create('step')],
    ['gamma', () => new StepSchedule(3, 0)],
    ['gamma', () => new ExponentialSchedule(-0.5)],
    ['gamma', () => new ExponentialSchedule(Number.NaN)],
    ['period', () => new CosineSchedule({ period: 0 })],
    ['minimumRate', () => new CosineSchedule({ minimumRate: -0.1 })],
    ['minimumRate', () => new CosineSchedule({ minimumRate: Number.NaN })],
    ['minimumRate', () => new CosineSchedule({ minimumRate: Number.POSITIVE_INFINITY })],
    ['minimumRate', () => new CosineSchedule({ minimumRate: '0.1' as never })],
  ])('%s out of range: InvalidArgumentError naming it', (name, make) => {
    expect(make).toThrow(InvalidArgumentError);
    expect(make).toThrow(new RegExp(`^${name}: `));
  });
});

describe('a schedule that is not one, or gives a bad rate, is refused before its epoch’s steps', () => {
  it('an option that is not a schedule: InvalidArgumentError naming schedule, nothing moved', () => {
    const net = new NNetwork().configure(2, 3, 2);
    const before = snapshot(net);
    const run = () => new StochasticGradientDescentTrainer().train(net, XOR_ONE_HOT, { epochs: 3, schedule: 'cosine' as unknown as LearningRateSchedule });
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(/^schedule: must be a LearningRateSchedule/);
    expect(snapshot(net)).toEqual(before);
  });

  it('a user’s schedule giving NaN at epoch 3: refused there, the model as after epoch 2', () => {
    class Broken extends ConstantSchedule {
      override rateAt(epoch: number, baseRate: number): number {
        return epoch === 3 ? Number.NaN : baseRate;
      }
    }
    const net = new NNetwork().configure(2, 3, 2);
    expect(() => new StochasticGradientDescentTrainer().train(net, XOR_ONE_HOT, { epochs: 5, learningRate: 0.5, schedule: new Broken() })).toThrow(
      /^schedule: gave the learning rate NaN for epoch 3/,
    );
    const two = new NNetwork().configure(2, 3, 2);
    new StochasticGradientDescentTrainer().train(two, XOR_ONE_HOT, { epochs: 2, learningRate: 0.5 });
    expect(snapshot(net)).toEqual(snapshot(two));
  });
});
