// The input checks at their edges: a NaN in the FIRST column (index 0, the
// first a loop reads), labels of −1, a label count that differs from the row
// count, the wrong number of features for a fitted Normalization, and data
// with exactly one feature (the fewest allowed, which must be accepted and
// computed right). Each refusal is the typed error with its fields, a message
// that names what was wrong, and nothing changed.
import { describe, expect, it } from 'vitest';
import {
  HalfSquaredError,
  InputSizeError,
  InvalidArgumentError,
  InvalidLabelError,
  NNetwork,
  NonFiniteValueError,
  Normalization,
  oneHot,
  StochasticGradientDescentTrainer,
} from '../../src/index.js';
import { NeuronLayer } from '../../src/core/neuron-layer.js';
import { Random } from '../../src/core/random.js';
import { snapshot } from '../helpers.js';
import { thrownBy } from '../refusals.js';

/** Checks `error` is a NonFiniteValueError for entry 0 of `what`, holding NaN, and says so. */
function expectNaNAtFirstColumn(error: Error, what: string): void {
  expect(error).toBeInstanceOf(NonFiniteValueError);
  const typed = error as NonFiniteValueError;
  expect(typed.what).toBe(what);
  expect(typed.index).toBe(0);
  expect(typed.value).toBeNaN();
  expect(typed.message).toBe(`${what} at index 0 must be a finite number, got NaN`);
}

describe('a NaN in the first input column is refused', () => {
  it('NNetwork.feed, forward, predict and train', () => {
    const net = new NNetwork().configure(2, 3, 2);
    const before = snapshot(net);
    expectNaNAtFirstColumn(thrownBy(() => net.feed([Number.NaN, 0.5])), 'network inputs');
    expectNaNAtFirstColumn(thrownBy(() => net.forward([Number.NaN, 0.5])), 'network inputs');
    expectNaNAtFirstColumn(thrownBy(() => net.predict([Number.NaN, 0.5])), 'network inputs');
    expectNaNAtFirstColumn(thrownBy(() => net.train([Number.NaN, 0.5], [1, 0])), 'network inputs');
    expectNaNAtFirstColumn(thrownBy(() => net.train([0.5, 0.5], [Number.NaN, 0])), 'desired outputs');
    expect(snapshot(net)).toEqual(before);
  });

  it('NeuronLayer.feed and updateWeight', () => {
    const layer = new NeuronLayer().initializeNbOfNeurons(2, 2, new Random(42));
    const before = Array.from(layer.parameters());
    expectNaNAtFirstColumn(thrownBy(() => layer.feed([Number.NaN, 0.5])), 'layer inputs');
    expectNaNAtFirstColumn(thrownBy(() => layer.updateWeight([Number.NaN, 0.5])), 'layer inputs');
    expect(Array.from(layer.parameters())).toEqual(before);
  });

  it('trainEpochs and trainEpochsWithoutNormalization, on row 0 and on a later row; nothing recorded', () => {
    for (const bad of [0, 2]) {
      const rows = [
        [0, 0, 0],
        [0, 1, 1],
        [1, 0, 1],
        [1, 1, 0],
      ];
      rows[bad]![0] = Number.NaN;
      for (const train of ['trainEpochs', 'trainEpochsWithoutNormalization'] as const) {
        const net = new NNetwork().configure(2, 3, 2);
        const before = snapshot(net);
        expectNaNAtFirstColumn(thrownBy(() => net[train](rows, 3)), `row ${bad}`);
        expect(snapshot(net)).toEqual(before);
        expect([net.errors, net.precisions, net.normalization]).toEqual([[], [], undefined]);
      }
    }
  });

  it('the trainers’ data check (inputs and targets, row 0 and row 1)', () => {
    const net = new NNetwork().configure(2, 3, 2);
    const before = snapshot(net);
    const trainer = new StochasticGradientDescentTrainer();
    const targets = [[1, 0], [0, 1]];
    expectNaNAtFirstColumn(thrownBy(() => trainer.train(net, { inputs: [[Number.NaN, 1], [1, 1]], targets }, { epochs: 1 })), 'inputs of row 0');
    expectNaNAtFirstColumn(thrownBy(() => trainer.train(net, { inputs: [[1, 1], [Number.NaN, 1]], targets }, { epochs: 1 })), 'inputs of row 1');
    expectNaNAtFirstColumn(
      thrownBy(() => trainer.train(net, { inputs: [[1, 1], [0, 1]], targets: [[1, 0], [Number.NaN, 1]] }, { epochs: 1 })),
      'targets of row 1',
    );
    expect(snapshot(net)).toEqual(before);
  });

  it('Normalization: normalizeData (fitted or with min and max) and normalizeInputs', () => {
    const norm = new Normalization();
    norm.normalizeData([[0, 10, 0], [2, 20, 1]]);
    expectNaNAtFirstColumn(thrownBy(() => norm.normalizeData([[Number.NaN, 10, 0], [2, 20, 1]])), 'row 0');
    expectNaNAtFirstColumn(thrownBy(() => norm.normalizeData([[1, 10, 0], [Number.NaN, 20, 1]], [0, 0], [5, 50])), 'row 1');
    expectNaNAtFirstColumn(thrownBy(() => norm.normalizeData([[1, 10, 0]], [Number.NaN, 0], [5, 50])), 'min');
    expectNaNAtFirstColumn(thrownBy(() => norm.normalizeData([[1, 10, 0]], [0, 0], [Number.NaN, 50])), 'max');
    expectNaNAtFirstColumn(thrownBy(() => norm.normalizeInputs([Number.NaN, 15])), 'features to normalise');
    expect([norm.min, norm.max]).toEqual([[0, 10], [2, 20]]);
  });
});

describe('labels of −1 are refused', () => {
  it('trainEpochs: InvalidLabelError for the row, the label and the class count; nothing trained', () => {
    const rows = [
      [0, 0, 0],
      [1, 1, -1],
    ];
    for (const train of ['trainEpochs', 'trainEpochsWithoutNormalization'] as const) {
      const net = new NNetwork().configure(2, 3, 2);
      const before = snapshot(net);
      const error = thrownBy(() => net[train](rows, 1));
      expect(error).toBeInstanceOf(InvalidLabelError);
      expect(error).toMatchObject({ row: 1, label: -1, numberOfClasses: 2 });
      expect(error.message).toBe('row 1: label -1 is not an integer in 0..1');
      expect(snapshot(net)).toEqual(before);
      expect(net.errors).toEqual([]);
    }
  });

  it('the trainers’ labels, at row 0 and at the last row', () => {
    const net = new NNetwork().configure(2, 3, 3);
    const before = snapshot(net);
    const data = { inputs: [[0, 0], [0, 1], [1, 0]], targets: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] };
    for (const [labels, row] of [
      [[-1, 1, 2], 0],
      [[0, 1, -1], 2],
    ] as const) {
      const error = thrownBy(() => new StochasticGradientDescentTrainer().train(net, { ...data, labels: [...labels] }, { epochs: 1 }));
      expect(error).toBeInstanceOf(InvalidLabelError);
      expect(error).toMatchObject({ row, label: -1, numberOfClasses: 3 });
      expect(error.message).toBe(`row ${row}: label -1 is not an integer in 0..2`);
    }
    expect(snapshot(net)).toEqual(before);
  });

  it('oneHot(−1, K)', () => {
    const error = thrownBy(() => oneHot(-1, 3));
    expect(error).toBeInstanceOf(InvalidLabelError);
    expect(error).toMatchObject({ row: 0, label: -1, numberOfClasses: 3 });
    expect(error.message).toMatch(/label -1 is not an integer in 0\.\.2/);
    expect(oneHot(0, 3)).toEqual([1, 0, 0]); // the lowest valid label
  });
});

describe('a label count that differs from the row count is refused', () => {
  it('one label short and one too many: InvalidArgumentError naming the labels and both counts', () => {
    const net = new NNetwork().configure(2, 3, 2);
    const before = snapshot(net);
    const data = { inputs: [[0, 0], [0, 1], [1, 0]], targets: [[1, 0], [0, 1], [0, 1]] };
    for (const labels of [[0, 1], [0, 1, 1, 0]]) {
      const error = thrownBy(() => new StochasticGradientDescentTrainer().train(net, { ...data, labels }, { epochs: 1 }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).what).toBe('labels');
      expect(error.message).toBe(`labels: 3 rows but ${labels.length} labels`);
    }
    expect(snapshot(net)).toEqual(before);
  });
});

describe('normalizeInputs with the wrong number of features', () => {
  it('fewer and more than fitted: InputSizeError with both counts; min and max kept', () => {
    const norm = new Normalization();
    norm.normalizeData([[0, 10, 0], [2, 20, 1]]);
    for (const inputs of [[1], [1, 15, 3]]) {
      const error = thrownBy(() => norm.normalizeInputs(inputs));
      expect(error).toBeInstanceOf(InputSizeError);
      expect(error).toMatchObject({ what: 'features to normalise', expected: 2, actual: inputs.length });
      expect(error.message).toBe(`features to normalise: expected 2 values but got ${inputs.length}`);
    }
    expect([norm.min, norm.max]).toEqual([[0, 10], [2, 20]]);
    expect(norm.normalizeInputs([1, 15])).toEqual([0.5, 0.5]);
  });

  it('an unfitted Normalization expects no features', () => {
    const error = thrownBy(() => new Normalization().normalizeInputs([1]));
    expect(error).toBeInstanceOf(InputSizeError);
    expect(error).toMatchObject({ expected: 0, actual: 1 });
  });
});

describe('data with exactly one feature', () => {
  const rows = [
    [2, 0],
    [4, 1],
    [3, 0],
    [2.5, 1],
  ];

  it('normalizeData scales the one column and keeps the label; normalizeInputs uses its min and max', () => {
    const norm = new Normalization();
    expect(norm.normalizeData(rows)).toEqual([
      [0, 0],
      [1, 1],
      [0.5, 0],
      [0.25, 1],
    ]);
    expect([norm.min, norm.max]).toEqual([[2], [4]]);
    expect(norm.normalizeInputs([5])).toEqual([1.5]);
    expect(new Normalization().normalizeData([[7, 1]], [5], [9])).toEqual([[0.5, 1]]);
  });

  it('trainEpochs on a 1-feature network equals the book’s loop on the scaled rows, errors and precisions included', () => {
    const net = new NNetwork().configure(1, 2, 2).trainEpochs(rows, 3);
    const book = new NNetwork().configure(1, 2, 2);
    const scaled = [[0], [1], [0.5], [0.25]];
    const labels = [0, 1, 0, 1];
    const errors: number[] = [];
    const precisions: number[] = [];
    for (let epoch = 0; epoch < 3; epoch++) {
      let sum = 0;
      let good = 0;
      scaled.forEach((x, i) => {
        const target = oneHot(labels[i]!, 2);
        const outputs = book.feed(x);
        if ((outputs[1]! > outputs[0]! ? 1 : 0) === labels[i]) good++;
        sum += (target[0]! - outputs[0]!) ** 2 + (target[1]! - outputs[1]!) ** 2;
        book.train(x, target);
      });
      errors.push(sum);
      precisions.push(good / 4);
    }
    expect(snapshot(net)).toEqual(snapshot(book));
    expect(net.errors).toEqual(errors);
    expect(net.precisions).toEqual(precisions);
    expect(net.normalization?.min).toEqual([2]);
    expect(snapshot(net)).not.toEqual(snapshot(new NNetwork().configure(1, 2, 2)));
  });

  it('the trainers take one input column: online SGD on the half squared error is the book’s train loop', () => {
    const net = new NNetwork().configure(1, 2, 1);
    const book = new NNetwork().configure(1, 2, 1);
    const data = { inputs: [[0], [1], [0.5]], targets: [[0], [1], [0]] };
    new StochasticGradientDescentTrainer().train(net, data, { epochs: 2, learningRate: 0.5, loss: new HalfSquaredError() });
    book.learningRate = 0.5;
    for (let epoch = 0; epoch < 2; epoch++) data.inputs.forEach((x, i) => book.train(x, data.targets[i]!));
    expect(snapshot(net)).toEqual(snapshot(book));
    expect(snapshot(net)).not.toEqual(snapshot(new NNetwork().configure(1, 2, 1)));
  });
});
