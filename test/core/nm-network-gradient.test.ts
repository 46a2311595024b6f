// Finite-difference checks of NMNetwork's costs and gradients. Its update moves
// every parameter by −lr · g / m, where g is the gradient of the cost's value
// (summed over entries) when the cost's delta matches its value. Recovering g
// from one epoch's step and comparing it with central differences checks each
// pairing we ship, and shows the book's pairing is the cross-entropy's gradient,
// not the squared error's.
import { describe, expect, it } from 'vitest';
import {
  BookCost,
  CrossEntropyCost,
  HalfSquaredError,
  type Loss,
  MMatrix,
  NMNetwork,
  type NMCost,
  Random,
  SquaredErrorCost,
  SummedBinaryCrossEntropy,
} from '../../src/index.js';

// Five examples of three features, one per column, and one-hot targets over two outputs.
const X = MMatrix.newFromArrays([
  [0.3, -0.8, 0.5, 0.9, -0.2],
  [0.1, -0.4, -0.6, 0.7, 0.4],
  [0.2, 0.6, -0.9, -0.3, 0.8],
]);
const Y = MMatrix.newFromArrays([
  [1, 0, 0, 1, 0],
  [0, 1, 1, 0, 1],
]);
const M = 5;
const LR = 0.1;

/** A 3-4-3-2 network with weights from Random(7), then centred so that some are negative. */
function network(cost: NMCost): NMNetwork {
  const net = new NMNetwork(new Random(7)).configure(3, [4, 3], 2);
  for (const p of net.parameters()) for (let i = 0; i < p.length; i++) p[i] = 2 * p[i]! - 1;
  net.cost = cost;
  net.lr = LR;
  return net;
}

/** ∂(cost value)/∂θ for every parameter, by central differences. */
function numericGradient(net: NMNetwork, cost: NMCost): number[][] {
  const h = 1e-6;
  return net.parameters().map((params) =>
    Array.from(params, (saved, i) => {
      params[i] = saved + h;
      const up = cost.value(net.feed(X), Y);
      params[i] = saved - h;
      const down = cost.value(net.feed(X), Y);
      params[i] = saved;
      return (up - down) / (2 * h);
    }),
  );
}

/** g = (θ before − θ after) · m / lr after one epoch of the network's own training. */
function gradientOfOneEpoch(net: NMNetwork): number[][] {
  const before = net.parameters().map((p) => Array.from(p));
  net.trainFullBatch(X, Y, 1);
  return net.parameters().map((p, k) => Array.from(p, (after, i) => ((before[k]![i]! - after) * M) / LR));
}

function expectClose(analytic: number[][], numeric: number[][]): void {
  let checked = 0;
  analytic.forEach((values, k) =>
    values.forEach((a, i) => {
      const n = numeric[k]![i]!;
      expect(Math.abs(a - n), `parameter array ${k} entry ${i}: ${a} vs ${n}`).toBeLessThanOrEqual(1e-6 * Math.max(Math.abs(a), Math.abs(n)) + 1e-9);
      checked++;
    }),
  );
  expect(checked).toBe(4 * 3 + 4 + 3 * 4 + 3 + 2 * 3 + 2);
}

describe('each NMNetwork cost’s delta is the gradient of its value (central differences, 1e−6 relative)', () => {
  const pairings: [string, () => NMCost][] = [
    ['Σ(A − Y)² with δ = 2(A − Y) ⊙ A(1 − A)', () => new SquaredErrorCost()],
    ['cross-entropy with δ = A − Y', () => new CrossEntropyCost()],
  ];
  for (const [name, make] of pairings) {
    it(name, () => {
      const net = network(make());
      const numeric = numericGradient(net, make());
      expectClose(gradientOfOneEpoch(net), numeric);
    });
  }

  it('the book’s pairing steps along the cross-entropy’s gradient, not along that of the Σ(A − Y)² it reports', () => {
    const net = network(new BookCost());
    const towardCrossEntropy = numericGradient(net, new CrossEntropyCost());
    const towardSquaredError = numericGradient(net, new SquaredErrorCost());
    const step = gradientOfOneEpoch(net);
    expectClose(step, towardCrossEntropy);
    // The squared error's gradient carries the sigmoid's slope 2·A(1 − A) ≤ ½ at the
    // output: it is another direction, far from the book's step.
    const norm = (vectors: number[][]) => Math.hypot(...vectors.flat());
    const difference = step.map((values, k) => values.map((g, i) => g - towardSquaredError[k]![i]!));
    expect(norm(difference) / norm(step)).toBeGreaterThan(0.4); // 0.50 here
  });
});

describe('NMNetwork’s trainer contract: backwardBatch gives ∂(mean loss)/∂θ (central differences)', () => {
  const rows = Float64Array.from(X.transposed().array); // the trainers' layout: one row per example
  const targets = Float64Array.from(Y.transposed().array);
  const losses: [string, () => Loss][] = [
    ['halfSquaredError', () => new HalfSquaredError()],
    ['summedBinaryCrossEntropy', () => new SummedBinaryCrossEntropy()],
  ];

  function meanLoss(net: NMNetwork, loss: Loss): number {
    const outputs = net.forwardBatch({ inputs: rows, offset: 0, count: M });
    let sum = 0;
    for (let r = 0; r < M; r++) sum += loss.value(outputs.subarray(r * 2, r * 2 + 2), targets.subarray(r * 2, r * 2 + 2));
    return sum / M;
  }

  for (const [name, make] of losses) {
    it(name, () => {
      const net = network(new BookCost());
      const loss = make();
      const outputs = net.forwardBatch({ inputs: rows, offset: 0, count: M });
      const outputGradients = new Float64Array(M * 2);
      loss.batchValueAndGradient(outputs, targets, 0, M, 2, outputGradients, 1 / M);
      const gradients = net.parameters().map((p) => new Float64Array(p.length));
      net.backwardBatch({ inputs: rows, offset: 0, count: M }, outputGradients, gradients);
      const h = 1e-6;
      const numeric = net.parameters().map((params) =>
        Array.from(params, (saved, i) => {
          params[i] = saved + h;
          const up = meanLoss(net, loss);
          params[i] = saved - h;
          const down = meanLoss(net, loss);
          params[i] = saved;
          return (up - down) / (2 * h);
        }),
      );
      expectClose(gradients.map((g) => Array.from(g)), numeric);
    });
  }

  it('forwardBatch gives feed’s outputs, one row per example, for any range of rows', () => {
    const net = network(new BookCost());
    const all = net.feed(X).transposed().asArray();
    expect(Array.from(net.forwardBatch({ inputs: rows, offset: 0, count: M }))).toEqual(all);
    expect(Array.from(net.forwardBatch({ inputs: rows, offset: 2, count: 2 }))).toEqual(all.slice(4, 8));
    expect(Array.from(net.forwardBatch({ inputs: rows, offset: 4, count: 1 }))).toEqual(all.slice(8, 10));
  });
});
