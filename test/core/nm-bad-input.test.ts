// NMNetwork and NMLayer refuse bad input with a typed error and change nothing.
import { describe, expect, it } from 'vitest';
import {
  DivergenceError,
  EmptyDataError,
  InputSizeError,
  InvalidLabelError,
  InvalidLearningRateError,
  InvalidSizeError,
  MMatrix,
  NMLayer,
  NMNetwork,
  NonFiniteValueError,
  NotConfiguredError,
  Random,
  ShapeMismatchError,
} from '../../src/index.js';
import { XOR_ROWS } from '../helpers.js';

const XOR = XOR_ROWS;
const X = MMatrix.newFromArrays([
  [0, 0, 1, 1],
  [0, 1, 0, 1],
]);
const Y = MMatrix.newFromArrays([
  [1, 0, 0, 1],
  [0, 1, 1, 0],
]);

function snapshot(net: NMNetwork): number[][] {
  return net.parameters().map((p) => Array.from(p));
}

describe('NMNetwork rejects bad input and stays as it was', () => {
  it('inputs with the wrong number of rows name both shapes', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    const bad = MMatrix.newRows(3, 4);
    expect(() => net.feed(bad)).toThrow(ShapeMismatchError);
    expect(() => net.feed(bad)).toThrow('inputs of a network of 2 inputs: dimensions do not conform: 2×4 vs 3×4');
    expect(() => net.predict([1, 0, 1])).toThrow(ShapeMismatchError);
  });

  it('targets must have one row per output and one column per example', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    const before = snapshot(net);
    expect(() => net.trainFullBatch(X, MMatrix.newRows(3, 4), 10)).toThrow(
      'targets: one row per output, one column per example of X: dimensions do not conform: 2×4 vs 3×4',
    );
    expect(() => net.trainFullBatch(X, MMatrix.newRows(2, 3), 10)).toThrow(ShapeMismatchError);
    expect(snapshot(net)).toEqual(before);
  });

  it('NaN written straight into a matrix’s array is caught before training', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    const before = snapshot(net);
    const x = MMatrix.newFromArrays(X.asStructuredArray());
    x.array[3] = Number.NaN;
    expect(() => net.trainFullBatch(x, Y, 10)).toThrow(NonFiniteValueError);
    const y = MMatrix.newFromArrays(Y.asStructuredArray());
    y.array[0] = Infinity;
    expect(() => net.trainFullBatch(X, y, 10)).toThrow('targets at index 0 must be a finite number, got Infinity');
    expect(() => net.trainEpochs([[0, NaN, 1]], 10)).toThrow(NonFiniteValueError);
    expect(snapshot(net)).toEqual(before);
    expect(net.errors).toEqual([]);
  });

  it('rows: empty, ragged, wrong width, labels outside 0..outputs−1', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    const before = snapshot(net);
    expect(() => net.trainEpochs([], 10)).toThrow(EmptyDataError);
    expect(() => net.trainEpochs([[0, 0, 0], [1, 1]], 10)).toThrow(/row 1 has 1 columns/);
    expect(() => net.trainEpochs([[0, 0, 0, 0]], 10)).toThrow(InputSizeError);
    expect(() => net.trainEpochs([...XOR, [1, 1, 2]], 10)).toThrow(InvalidLabelError);
    expect(() => net.trainEpochs([[0, 0, 0.5]], 10)).toThrow('row 0: label 0.5 is not an integer in 0..1');
    expect(snapshot(net)).toEqual(before);
  });

  it('epochs, sizes and learning rates are checked first', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    const before = snapshot(net);
    expect(() => net.trainEpochs(XOR, 0)).toThrow(InvalidSizeError);
    expect(() => net.trainEpochs(XOR, 2.5)).toThrow('number of epochs must be a positive integer, got 2.5');
    for (const rate of [0, -1, NaN, Infinity]) expect(() => (net.lr = rate)).toThrow(InvalidLearningRateError);
    expect(net.layers.map((l) => l.lr)).toEqual([0.1, 0.1]);
    expect(() => net.configure(2, [3, 0], 2)).toThrow('size of hidden layer 2 must be a positive integer, got 0');
    expect(net.layers).toHaveLength(2);
    expect(snapshot(net)).toEqual(before);
  });

  it('an unconfigured network or layer says what to do', () => {
    expect(() => new NMNetwork().feed(X)).toThrow(NotConfiguredError);
    expect(() => new NMNetwork().trainEpochs(XOR, 1)).toThrow(/configure/);
    expect(() => new NMLayer().feed(X)).toThrow(/nbInputs/);
    const layer = new NMLayer().nbInputs(2, 2, new Random(42));
    expect(() => layer.update()).toThrow(/update\(X\)/);
  });
});

describe('NMNetwork divergence: a step that is not finite moves no weight', () => {
  it('a huge learning rate raises DivergenceError and keeps the weights of the last finite epoch', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    net.lr = 1e308;
    let error: unknown;
    try {
      net.trainFullBatch(X, Y, 10);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DivergenceError);
    const epoch = (error as DivergenceError).epoch!;
    expect(epoch).toBeGreaterThan(1);
    expect(net.errors).toHaveLength(epoch - 1);
    expect(net.parameters().every((p) => p.every(Number.isFinite))).toBe(true);
    const lastFinite = new NMNetwork().configure(2, 3, 2);
    lastFinite.lr = 1e308;
    lastFinite.trainFullBatch(X, Y, epoch - 1);
    expect(snapshot(net)).toEqual(snapshot(lastFinite));
  });

  it('a step of a later layer that is not finite stops the earlier ones too', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    net.layers[1]!.w.array.fill(1e308); // the output layer's step overflows, the hidden layer's does not
    net.lr = 1e300;
    const before = snapshot(net);
    expect(() => net.trainFullBatch(X, Y, 3)).toThrow(DivergenceError);
    expect(snapshot(net)).toEqual(before);
  });
});
