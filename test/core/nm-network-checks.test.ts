// The matrix chapter's NMLayer and NMNetwork: the whole message of each refusal
// (and nothing changed), a cost that stops being finite, the names of the costs,
// and the buffers a training loop reuses instead of allocating.
import { describe, expect, it } from 'vitest';
import {
  BookCost,
  CrossEntropyCost,
  DivergenceError,
  InvalidArgumentError,
  InvalidSizeError,
  MMatrix,
  NMLayer,
  NMNetwork,
  NonFiniteResultError,
  NonFiniteValueError,
  NotConfiguredError,
  Random,
  SquaredErrorCost,
} from '../../src/index.js';
import { expectRefusal } from '../refusals.js';

const XOR_X = MMatrix.newFromArrays([
  [0, 0, 1, 1],
  [0, 1, 0, 1],
]);

function parametersOf(net: NMNetwork): number[][] {
  return net.parameters().map((p) => Array.from(p));
}

describe('a fresh NMNetwork', () => {
  it('has recorded no cost and has no output layer', () => {
    const net = new NMNetwork();
    expect(net.errors).toEqual([]);
    expectRefusal(() => net.outputLayer(), NotConfiguredError, 'this network has no layers yet: call configure(…) or addLayer(…) first');
  });
});

describe('NMLayer.nbInputs and NMNetwork.configure name the bad size', () => {
  it('nbInputs: the number of inputs, the number of outputs', () => {
    expectRefusal(() => new NMLayer().nbInputs(0, 2, new Random(42)), InvalidSizeError, 'number of inputs must be a positive integer, got 0');
    expectRefusal(() => new NMLayer().nbInputs(2, 0, new Random(42)), InvalidSizeError, 'number of outputs must be a positive integer, got 0');
  });

  it('configure: the inputs, the outputs, hidden sizes that are not a list; the old layers stay', () => {
    const net = new NMNetwork().configure(2, 3, 1);
    const before = parametersOf(net);
    expectRefusal(() => net.configure(0, 3, 1), InvalidSizeError, 'number of inputs must be a positive integer, got 0');
    expectRefusal(() => net.configure(2, 3, 0), InvalidSizeError, 'number of outputs must be a positive integer, got 0');
    expectRefusal(() => net.configure(2, null as never, 1), InvalidArgumentError, 'hidden layer sizes: must be an array of finite numbers, got null');
    expectRefusal(() => net.configure(2, '3' as never, 1), InvalidArgumentError, 'hidden layer sizes: must be an array of finite numbers, got "3"');
    expect(parametersOf(net)).toEqual(before);
  });
});

describe('NMNetwork.feed', () => {
  it('refuses a NaN input by its index', () => {
    const net = new NMNetwork().configure(2, 2, 1);
    const column = MMatrix.newRows(2, 1);
    column.array[1] = Number.NaN;
    expectRefusal(() => net.feed(column), NonFiniteValueError, 'network inputs at index 1 must be a finite number, got NaN');
  });

  it('refuses an output that overflows to NaN', () => {
    const net = new NMNetwork().configure(2, 1, 1);
    net.layers[0]!.w.array.set([1.5e308, -1.5e308]); // 2·1.5e308 − 2·1.5e308 = ∞ − ∞ = NaN
    expectRefusal(
      () => net.feed(MMatrix.newFromVector([2, 2])),
      NonFiniteResultError,
      'network output 0 came out NaN from finite numbers (the arithmetic overflowed): scale the inputs down (normalise them) or check the weights for huge values',
    );
  });
});

describe('NMNetwork.trainFullBatch when the cost stops being finite', () => {
  it('throws DivergenceError at epoch 1 with the infinite cost, though the step itself would be finite; nothing changes', () => {
    // Targets of 1e200: (A − Y)² = 1e400 overflows, while δ = A − Y = −1e200 gives finite steps.
    const net = new NMNetwork().configure(2, 2, 1);
    const before = parametersOf(net);
    const huge = MMatrix.newFromArrays([[1e200, 1e200, 1e200, 1e200]]);
    const error = expectRefusal(
      () => net.trainFullBatch(XOR_X, huge, 3),
      DivergenceError,
      'training at epoch 1 (loss Infinity) diverged with learning rate 0.1: it would make a parameter NaN or infinite, so nothing was changed — try a smaller learning rate or normalised inputs',
    ) as DivergenceError;
    expect(error.loss).toBe(Number.POSITIVE_INFINITY);
    expect(parametersOf(net)).toEqual(before);
    expect(net.errors).toEqual([]);
  });
});

describe('the NM costs', () => {
  it('are named for the formula they report (and the delta, for the book’s pairing)', () => {
    expect(new SquaredErrorCost().name).toBe('Σ(A − Y)²');
    expect(new BookCost().name).toBe('book: Σ(A − Y)² reported, δ = A − Y');
    expect(new CrossEntropyCost().name).toBe('cross-entropy');
  });
});

describe('buffers reused from one batch to the next of the same size', () => {
  it('a layer’s output is overwritten by the next feed, not replaced', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    const hidden = net.layers[0]!;
    net.forward(XOR_X);
    const output = hidden.output;
    const delta = hidden.delta;
    const other = MMatrix.newFromArrays([
      [1, 1, 0, 0],
      [1, 0, 1, 0],
    ]);
    net.forward(other);
    expect(hidden.output).toBe(output);
    expect(hidden.delta).toBe(delta);
    expect(Array.from(output.array)).toEqual(Array.from(new NMNetwork().configure(2, 3, 2).layers[0]!.feed(other).array));
  });

  it('forwardBatch hands back the same rows buffer, rewritten', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    const inputs = Float64Array.from([0, 0, 0, 1, 1, 0, 1, 1]);
    const first = net.forwardBatch({ inputs, offset: 0, count: 4 });
    const firstValues = Array.from(first);
    const second = net.forwardBatch({ inputs: Float64Array.from([1, 1, 1, 0, 0, 1, 0, 0]), offset: 0, count: 4 });
    expect(second).toBe(first);
    // The same four examples in reverse order: the rows come back reversed.
    const rows = (values: number[]) => [0, 1, 2, 3].map((r) => values.slice(2 * r, 2 * r + 2));
    expect(rows(Array.from(second))).toEqual(rows(firstValues).reverse());
  });
});
