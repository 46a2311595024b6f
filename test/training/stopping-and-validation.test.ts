// Stopping (a listener's stop(), early stopping with patience and the best
// weights put back) and validation rows (given, or a seeded fraction held out):
// numbers checked against runs and rows computed by hand, bad options refused
// before any weight moves.
import { describe, expect, it } from 'vitest';
import {
  CategoricalCrossEntropy,
  EarlyStopping,
  GradientDescentTrainer,
  HalfSquaredError,
  InvalidArgumentError,
  InvalidSizeError,
  LinearModel,
  NNetwork,
  Normalization,
  oneHot,
  SoftmaxAF,
  StochasticGradientDescentTrainer,
  validationSplit,
  type TrainerOptions,
  type TrainingData,
} from '../../src/index.js';
import { irisDataset } from '../../src/io/datasets.js';
import { snapshot, XOR_ONE_HOT } from '../helpers.js';

/** Iris, min–max normalised, one-hot targets, labels. */
function iris(): TrainingData {
  const { features, labels } = irisDataset();
  const normalization = new Normalization();
  normalization.normalizeData(features.map((row, i) => [...row, labels[i]!]));
  return { inputs: features.map((row) => normalization.normalizeInputs(row)), targets: labels.map((k) => oneHot(k, 3)), labels };
}

describe('a listener stops training', () => {
  it('stop() at epoch 3 of 10: the history of epochs 1–3, the model of 3 epochs', () => {
    const trainer = new StochasticGradientDescentTrainer();
    trainer.onEpoch((event) => {
      if (event.epoch === 3) event.stop();
    });
    const net = new NNetwork().configure(2, 3, 2);
    const history = trainer.train(net, XOR_ONE_HOT, { epochs: 10, learningRate: 0.5 });
    expect(history.loss).toHaveLength(3);
    expect(history.accuracy).toHaveLength(3);
    expect(history.stoppedAtEpoch).toBe(3);
    const three = new NNetwork().configure(2, 3, 2);
    const full = new StochasticGradientDescentTrainer().train(three, XOR_ONE_HOT, { epochs: 3, learningRate: 0.5 });
    expect(snapshot(net)).toEqual(snapshot(three));
    expect(history.loss).toEqual(full.loss);
    expect(full.stoppedAtEpoch).toBeUndefined();
  });

  it('stop() ends training after the epoch it is called in; every listener still hears that epoch; after the run it does nothing', () => {
    const trainer = new GradientDescentTrainer();
    let kept: (() => void) | undefined;
    const heard: number[] = [];
    trainer.onEpoch((event) => {
      kept ??= event.stop;
      if (event.epoch === 4) kept();
    });
    trainer.onEpoch((event) => heard.push(event.epoch));
    const history = trainer.train(new LinearModel(0.5, 3), { inputs: [[1], [2]], targets: [[1], [2]] }, { epochs: 9, learningRate: 0.01 });
    expect(history.stoppedAtEpoch).toBe(4);
    expect(history.loss).toHaveLength(4);
    expect(heard).toEqual([1, 2, 3, 4]);
    kept!();
    expect(history.stoppedAtEpoch).toBe(4);
  });
});

describe('EarlyStopping by hand', () => {
  const params = () => [Float64Array.from([0])];

  it('patience 3 on losses 5, 4, 4.5, 4.2, 4.1: stops at epoch 5, best epoch 2, whose parameters come back', () => {
    const stopping = new EarlyStopping({ patience: 3, monitor: 'loss' }, { validation: false, labels: false });
    const p = params();
    const stops = [5, 4, 4.5, 4.2, 4.1].map((loss, i) => {
      p[0]![0] = 10 * (i + 1);
      return stopping.observe(i + 1, loss, p);
    });
    expect(stops).toEqual([false, false, false, false, true]);
    expect(stopping.bestEpoch).toBe(2);
    expect(stopping.best).toBe(4);
    expect(stopping.restore(p)).toBe(true);
    expect(p[0]![0]).toBe(20);
  });

  it('minDelta: a loss must fall by more than it; accuracies must rise', () => {
    const loss = new EarlyStopping({ patience: 1, monitor: 'loss', minDelta: 0.5 }, { validation: false, labels: false });
    expect([3, 2.6].map((v, i) => loss.observe(i + 1, v, params()))).toEqual([false, true]);
    const accuracy = new EarlyStopping({ patience: 2, monitor: 'accuracy' }, { validation: false, labels: true });
    expect([0.5, 0.75, 0.7, 0.75].map((v, i) => accuracy.observe(i + 1, v, params()))).toEqual([false, false, false, true]);
    expect(accuracy.bestEpoch).toBe(2);
  });

  it('restoreBestWeights false keeps the last parameters; a best last epoch restores nothing', () => {
    const keep = new EarlyStopping({ patience: 1, monitor: 'loss', restoreBestWeights: false }, { validation: false, labels: false });
    const p = params();
    keep.observe(1, 1, p);
    p[0]![0] = 7;
    keep.observe(2, 2, p);
    expect(keep.restore(p)).toBe(false);
    expect(p[0]![0]).toBe(7);
    const improving = new EarlyStopping({ patience: 1 }, { validation: false, labels: false });
    improving.observe(1, 2, p);
    improving.observe(2, 1, p);
    expect(improving.restore(p)).toBe(false);
    expect(improving.monitor).toBe('loss');
  });
});

describe('EarlyStopping at its edges', () => {
  const params = () => [Float64Array.from([0])];

  it('a loss equal to the best is no improvement: patience 1 on losses 2, 2 stops at epoch 2, best epoch 1', () => {
    const stopping = new EarlyStopping({ patience: 1, monitor: 'loss' }, { validation: false, labels: false });
    expect([2, 2].map((v, i) => stopping.observe(i + 1, v, params()))).toEqual([false, true]);
    expect(stopping.bestEpoch).toBe(1);
  });

  it('minDelta on accuracy: 0.55 does not beat 0.5 by more than 0.1, 0.65 does', () => {
    const stopping = new EarlyStopping({ patience: 2, monitor: 'accuracy', minDelta: 0.1 }, { validation: false, labels: true });
    expect([0.5, 0.55, 0.65, 0.7, 0.74].map((v, i) => stopping.observe(i + 1, v, params()))).toEqual([false, false, false, false, true]);
    expect(stopping.bestEpoch).toBe(3);
    expect(stopping.best).toBe(0.65);
  });

  it('restore before any epoch was observed puts nothing back', () => {
    for (const restoreBestWeights of [true, false]) {
      const stopping = new EarlyStopping({ patience: 1, restoreBestWeights }, { validation: false, labels: false });
      const p = [Float64Array.from([3, 4])];
      expect(stopping.restore(p)).toBe(false);
      expect(Array.from(p[0]!)).toEqual([3, 4]);
    }
  });
});

describe('early stopping in a trainer (iris, 30 % validation rows)', () => {
  const options = (extra: Partial<TrainerOptions> = {}): TrainerOptions => ({
    epochs: 300,
    learningRate: 0.3,
    shuffle: true,
    validationFraction: 0.3,
    earlyStopping: { patience: 10 },
    ...extra,
  });

  it('stops `patience` epochs after the best validation loss and ends with that epoch’s weights', () => {
    const data = iris();
    const net = new NNetwork().configure(4, 8, 3);
    const history = new StochasticGradientDescentTrainer().train(net, data, options());
    const best = history.bestEpoch!;
    expect(history.stoppedAtEpoch).toBe(best + 10);
    expect(history.loss).toHaveLength(best + 10);
    expect(history.stoppedAtEpoch).toBeLessThan(300);
    expect(Math.min(...history.validationLoss)).toBe(history.validationLoss[best - 1]);
    // The model now has the best epoch's weights: its validation loss is that epoch's, to the last bit.
    const { validation } = validationSplit(data, { validationFraction: 0.3, seed: 42 });
    const again = new StochasticGradientDescentTrainer();
    let measured = Number.NaN;
    again.onEpoch((event) => (measured = event.validationLoss!));
    again.train(net, data, { ...options(), epochs: 1, learningRate: 1e-300, earlyStopping: undefined });
    expect(measured).toBeCloseTo(history.validationLoss[best - 1]!, 12);
    expect(validation!.inputs).toHaveLength(45);
  });

  it('without restoring, the model keeps the last epoch’s weights', () => {
    const restored = new NNetwork().configure(4, 8, 3);
    const last = new NNetwork().configure(4, 8, 3);
    const a = new StochasticGradientDescentTrainer().train(restored, iris(), options());
    const b = new StochasticGradientDescentTrainer().train(last, iris(), options({ earlyStopping: { patience: 10, restoreBestWeights: false } }));
    expect(a.loss).toEqual(b.loss);
    expect(snapshot(restored)).not.toEqual(snapshot(last));
  });

  it('softmax with the cross-entropy, monitoring validation accuracy', () => {
    const net = new NNetwork().configure(4, 8, 3, { outputActivation: new SoftmaxAF() });
    const history = new StochasticGradientDescentTrainer().train(
      net,
      iris(),
      options({ learningRate: 0.1, loss: new CategoricalCrossEntropy(), earlyStopping: { patience: 20, monitor: 'validationAccuracy' } }),
    );
    const best = history.bestEpoch!;
    expect(history.validationAccuracy[best - 1]).toBe(Math.max(...history.validationAccuracy));
    expect(history.validationAccuracy[best - 1]).toBeGreaterThan(0.9);
    expect(history.stoppedAtEpoch).toBe(best + 20);
  });
});

describe('validation rows', () => {
  const data = iris();

  it('validationData: the history’s validation loss and accuracy are the model’s on those rows after each epoch', () => {
    const validationData = { inputs: data.inputs.slice(0, 20), targets: data.targets.slice(0, 20), labels: data.labels!.slice(0, 20) };
    const net = new NNetwork().configure(4, 5, 3);
    const loss = new HalfSquaredError();
    const history = new StochasticGradientDescentTrainer().train(net, data, { epochs: 3, learningRate: 0.2, loss, validationData });
    expect(history.validationLoss).toHaveLength(3);
    expect(history.validationAccuracy).toHaveLength(3);
    const outputs = validationData.inputs.map((x) => net.feed(x));
    const byHand = outputs.reduce((sum, o, i) => sum + loss.value(o, validationData.targets[i]!), 0) / 20;
    expect(history.validationLoss[2]).toBeCloseTo(byHand, 15);
    const hits = outputs.filter((o, i) => o.indexOf(Math.max(...o)) === validationData.labels[i]).length;
    expect(history.validationAccuracy[2]).toBe(hits / 20);
  });

  it('a listener hears each epoch’s validation loss and accuracy, as the history records them', () => {
    const validationData = { inputs: data.inputs.slice(0, 20), targets: data.targets.slice(0, 20), labels: data.labels!.slice(0, 20) };
    const trainer = new StochasticGradientDescentTrainer();
    const heard: [number | undefined, number | undefined][] = [];
    trainer.onEpoch((event) => heard.push([event.validationLoss, event.validationAccuracy]));
    const history = trainer.train(new NNetwork().configure(4, 5, 3), data, { epochs: 3, learningRate: 0.2, validationData });
    expect(heard).toEqual(history.validationLoss.map((loss, i) => [loss, history.validationAccuracy[i]]));
    expect(history.validationAccuracy).toHaveLength(3);
  });

  it('without labels: validation loss only', () => {
    const line = { inputs: [[1], [3], [2], [4]], targets: [[3.0], [5.2], [4.1], [7.5]] };
    const history = new GradientDescentTrainer().train(new LinearModel(0.5, 3), line, {
      epochs: 4,
      learningRate: 0.01,
      validationData: { inputs: [[5]], targets: [[8.6]] },
    });
    expect(history.validationLoss).toHaveLength(4);
    expect(history.validationAccuracy).toEqual([]);
  });

  it('validationFraction 0.2 of 150 rows: 30 seeded rows held out, both parts in the data’s order', () => {
    const { training, validation } = validationSplit(data, { validationFraction: 0.2, seed: 42 });
    expect(validation!.inputs).toHaveLength(30);
    expect(training.inputs).toHaveLength(120);
    const index = (row: ArrayLike<number>) => data.inputs.indexOf(row as number[]);
    const held = validation!.inputs.map(index);
    const kept = training.inputs.map(index);
    expect([...held, ...kept].sort((a, b) => a - b)).toEqual(data.inputs.map((_, i) => i));
    expect(held).toEqual([...held].sort((a, b) => a - b));
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect(validation!.labels).toEqual(held.map((i) => data.labels![i]));
    expect(validationSplit(data, { validationFraction: 0.2, seed: 42 }).validation!.inputs.map(index)).toEqual(held);
    expect(validationSplit(data, { validationFraction: 0.2, seed: 7 }).validation!.inputs.map(index)).not.toEqual(held);
  });

  it('rows without labels split into parts without labels; a quarter of 4 rows holds out exactly one', () => {
    const line = { inputs: [[1], [3], [2], [4]], targets: [[3.0], [5.2], [4.1], [7.5]] };
    const { training, validation } = validationSplit(line, { validationFraction: 0.25, seed: 42 });
    expect(validation!.inputs).toHaveLength(1);
    expect(training.inputs).toHaveLength(3);
    expect('labels' in training || 'labels' in validation!).toBe(false);
    // Each row keeps its own target, and together the parts are the data.
    const rows = [...training.inputs, ...validation!.inputs].map((x, i) => [x[0], [...training.targets, ...validation!.targets][i]![0]]);
    expect(rows.sort((p, q) => p[0]! - q[0]!)).toEqual([[1, 3.0], [2, 4.1], [3, 5.2], [4, 7.5]]);
    const history = new GradientDescentTrainer().train(new LinearModel(0.5, 3), line, { epochs: 2, learningRate: 0.01, validationFraction: 0.25 });
    expect(history.validationLoss).toHaveLength(2);
    expect(history.validationAccuracy).toEqual([]);
  });

  it('training with validationFraction is training on the split’s rows with the rest as validationData, bit for bit', () => {
    const a = new NNetwork().configure(4, 5, 3);
    const b = new NNetwork().configure(4, 5, 3);
    const ha = new StochasticGradientDescentTrainer().train(a, data, { epochs: 5, validationFraction: 0.25, seed: 3 });
    const { training, validation } = validationSplit(data, { validationFraction: 0.25, seed: 3 });
    const hb = new StochasticGradientDescentTrainer().train(b, training, { epochs: 5, validationData: validation, seed: 3 });
    expect(snapshot(a)).toEqual(snapshot(b));
    expect(ha.validationLoss).toEqual(hb.validationLoss);
  });
});

describe('bad options are refused before a weight moves', () => {
  const cases: [string, Partial<TrainerOptions>, RegExp, unknown][] = [
    ['validation fraction 0', { validationFraction: 0 }, /^validationFraction: must be a number in \(0, 1\), got 0/, InvalidArgumentError],
    ['validation fraction 1', { validationFraction: 1 }, /^validationFraction: /, InvalidArgumentError],
    ['validation fraction NaN', { validationFraction: Number.NaN }, /^validationFraction: /, InvalidArgumentError],
    ['a fraction leaving no validation row', { validationFraction: 0.1 }, /^validationFraction: 0.1 of 4 rows leaves no row to validate on/, InvalidArgumentError],
    ['both validation options', { validationFraction: 0.5, validationData: XOR_ONE_HOT }, /not both/, InvalidArgumentError],
    ['validation rows of the wrong width', { validationData: { inputs: [[1, 2, 3]], targets: [[1, 0]] } }, /inputs per row/, Error],
    ['patience 0', { earlyStopping: { patience: 0 } }, /^earlyStopping.patience must be a positive integer, got 0/, InvalidSizeError],
    ['patience 2.5', { earlyStopping: { patience: 2.5 } }, /^earlyStopping.patience /, InvalidSizeError],
    ['monitoring validation without validation rows', { earlyStopping: { patience: 2, monitor: 'validationLoss' } }, /^earlyStopping.monitor: is 'validationLoss' but there are no validation rows/, InvalidArgumentError],
    ['an unknown monitor', { earlyStopping: { patience: 2, monitor: 'error' as 'loss' } }, /^earlyStopping.monitor: must be one of/, InvalidArgumentError],
    ['a negative minDelta', { earlyStopping: { patience: 2, minDelta: -1 } }, /^earlyStopping.minDelta: /, InvalidArgumentError],
    ['early stopping that is not an object', { earlyStopping: 5 as unknown as { patience: number } }, /^earlyStopping: must be an object such as \{ patience: 10 \}, got 5/, InvalidArgumentError],
  ];
  it.each(cases)('%s', (_, extra, message, type) => {
    const net = new NNetwork().configure(2, 3, 2);
    const before = snapshot(net);
    const train = () => new StochasticGradientDescentTrainer().train(net, XOR_ONE_HOT, { epochs: 5, ...extra });
    expect(train).toThrow(type as typeof Error);
    expect(train).toThrow(message);
    expect(snapshot(net)).toEqual(before);
  });

  it('monitoring accuracy without labels', () => {
    const model = new LinearModel(1, 1);
    const run = () =>
      new GradientDescentTrainer().train(model, { inputs: [[1], [2]], targets: [[1], [2]] }, { epochs: 3, earlyStopping: { patience: 1, monitor: 'accuracy' } });
    expect(run).toThrow(/^earlyStopping.monitor: is 'accuracy' but the data has no labels/);
    expect([model.a, model.b]).toEqual([1, 1]);
  });
});
