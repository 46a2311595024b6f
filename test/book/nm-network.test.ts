// The book's matrix-based network (chapter "Matrix-Based Neural Networks"):
// NMLayer and NMNetwork, their draw order, one epoch computed by hand, N38 on
// XOR and the iris script.
import { describe, expect, it } from 'vitest';
import { MMatrix, NMLayer, NMNetwork, Random } from '../../src/index.js';
import { irisDataset, labelledRows } from '../../src/io/index.js';
import { XOR_ROWS } from '../helpers.js';

const XOR = XOR_ROWS;
const GATE_INPUTS = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('NMNetwork configure', () => {
  it('layers (3×2, 2×3) with weights then biases of each layer drawn row by row from one Random(42), U[0, 1)', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    const draws = new Random(42);
    const next = (n: number) => Array.from({ length: n }, () => draws.next());
    const [hidden, output] = net.layers;
    expect(hidden!.w.shape()).toEqual({ rows: 3, columns: 2 });
    expect(hidden!.b.shape()).toEqual({ rows: 3, columns: 1 });
    expect(output!.w.shape()).toEqual({ rows: 2, columns: 3 });
    expect(hidden!.w.asArray()).toEqual(next(6));
    expect(hidden!.b.asArray()).toEqual(next(3));
    expect(output!.w.asArray()).toEqual(next(6));
    expect(output!.b.asArray()).toEqual(next(2));
    expect(hidden!.next).toBe(output);
    expect(output!.previous).toBe(hidden);
    expect(net.lr).toBe(0.1);
    expect(net.numberOfInputs()).toBe(2);
    expect(net.numberOfOutputs()).toBe(2);
  });

  it('hidden may be a list (the book’s configure:hidden:hidden:…); lr sets every layer', () => {
    const net = new NMNetwork().configure(4, [5, 3], 2);
    expect(net.layers.map((l) => l.w.shape())).toEqual([
      { rows: 5, columns: 4 },
      { rows: 3, columns: 5 },
      { rows: 2, columns: 3 },
    ]);
    net.lr = 0.5;
    expect(net.layers.map((l) => l.lr)).toEqual([0.5, 0.5, 0.5]);
  });
});

describe('NMNetwork feed, backward and update, against the formulas written out', () => {
  it('one epoch of trainFullBatch on XOR equals the book’s matrix formulas computed entry by entry', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    const [w1, b1, w2, b2] = net.parameters().map((p) => Array.from(p));
    const x = MMatrix.newFromArrays(GATE_INPUTS).transposed(); // 2 × 4, one example per column
    const y = MMatrix.newFromArrays([
      [1, 0, 0, 1],
      [0, 1, 1, 0],
    ]);
    const m = 4;
    // Forward: A1 = σ(W1·X + b1), A2 = σ(W2·A1 + b2), each sum over k from 0.
    const a1 = [0, 1, 2].map((j) => [0, 1, 2, 3].map((c) => sigmoid(w1![j * 2]! * x.at(1, c + 1) + w1![j * 2 + 1]! * x.at(2, c + 1) + b1![j]!)));
    const a2 = [0, 1].map((j) =>
      [0, 1, 2, 3].map((c) => sigmoid(w2![j * 3]! * a1[0]![c]! + w2![j * 3 + 1]! * a1[1]![c]! + w2![j * 3 + 2]! * a1[2]![c]! + b2![j]!)),
    );
    // Backward: δ2 = A2 − Y, δ1 = (W2ᵀ·δ2) ⊙ A1(1 − A1).
    const d2 = [0, 1].map((j) => [0, 1, 2, 3].map((c) => a2[j]![c]! - y.at(j + 1, c + 1)));
    const d1 = [0, 1, 2].map((i) => [0, 1, 2, 3].map((c) => (w2![i]! * d2[0]![c]! + w2![3 + i]! * d2[1]![c]!) * (a1[i]![c]! * (1 - a1[i]![c]!))));
    // Update: w ← w − ((δ·Xᵀ)·lr)/m, b ← b − (Σ_row δ · lr)/m.
    const step = (d: number[], x: number[]) => ((d.reduce((s, v, c) => s + v * x[c]!, 0) * 0.1) / m);
    const rowSum = (d: number[]) => ((d.reduce((s, v) => s + v, 0) * 0.1) / m);
    const xRows = [0, 1].map((i) => [0, 1, 2, 3].map((c) => x.at(i + 1, c + 1)));
    const expectedW1 = w1!.map((w, e) => w - step(d1[Math.floor(e / 2)]!, xRows[e % 2]!));
    const expectedB1 = b1!.map((b, j) => b - rowSum(d1[j]!));
    const expectedW2 = w2!.map((w, e) => w - step(d2[Math.floor(e / 3)]!, a1[e % 3]!));
    const expectedB2 = b2!.map((b, j) => b - rowSum(d2[j]!));
    const sse = a2.flat().reduce((s, a, e) => s + (a - y.asArray()[e]!) ** 2, 0);

    const cost = net.trainFullBatch(x, y, 1);

    expect(cost).toBe(sse);
    expect(net.errors).toEqual([sse]);
    expect(net.parameters().map((p) => Array.from(p))).toEqual([expectedW1, expectedB1, expectedW2, expectedB2]);
  });

  it('feed returns a new matrix (one column per example, each as if fed alone); forward returns the output layer’s buffer', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    const x = MMatrix.newFromArrays(GATE_INPUTS).transposed();
    const output = net.feed(x);
    expect(output.shape()).toEqual({ rows: 2, columns: 4 });
    GATE_INPUTS.forEach((example, c) => expect(net.feed(MMatrix.newFromVector(example)).asArray()).toEqual(output.transposed().atRow(c + 1)));
    const first = output.at(1, 1);
    output.atPut(1, 1, 99);
    expect(net.feed(x).at(1, 1)).toBe(first);
    expect(net.forward(x)).toBe(net.outputLayer().output);
  });

  it('errors holds each epoch’s cost before its update, and the cost falls on XOR', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    const untrained = net.computeCost(net.feed(MMatrix.newFromArrays(GATE_INPUTS).transposed()), MMatrix.newFromArrays([[1, 0, 0, 1], [0, 1, 1, 0]]));
    net.trainEpochs(XOR, 5000);
    expect(net.errors).toHaveLength(5000);
    expect(net.errors[0]).toBe(untrained);
    expect(net.errors.at(-1)!).toBeLessThan(net.errors[0]! / 10);
  });

  it('a one-layer network updates (the book’s update: sent `next update` to nil)', () => {
    const net = new NMNetwork().addLayer(new NMLayer().nbInputs(2, 2, new Random(42)));
    const before = net.parameters().map((p) => Array.from(p));
    net.trainEpochs(XOR, 10);
    expect(net.errors).toHaveLength(10);
    expect(net.parameters()[0]).not.toEqual(Float64Array.from(before[0]!));
  });
});

describe('N38: the chapter’s XOR, 2-3-2, seeded, U[0, 1) weights', () => {
  it('after 5000 epochs predict (1, 0) is 1 and (1, 1) is 0 — every row right', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    const lastCost = net.trainEpochs(XOR, 5000);
    expect(net.predict(MMatrix.newFromVector([1, 0]))).toBe(1);
    expect(net.predict([1, 1])).toBe(0);
    expect(GATE_INPUTS.map((x) => net.predict(x))).toEqual([0, 1, 1, 0]);
    expect(lastCost).toBeCloseTo(0.064171846, 8); // Σ(A − Y)² before the last update
    expect(net.errors[0]).toBeCloseTo(2.603555156, 8);
  });

  it('after 1000 epochs (1, 1) is still wrong', () => {
    const net = new NMNetwork().configure(2, 3, 2);
    net.trainEpochs(XOR, 1000);
    expect(net.predict([1, 1])).toBe(1);
    expect(GATE_INPUTS.map((x) => net.predict(x))).toEqual([0, 1, 1, 1]);
  });
});

describe('the chapter’s iris script: 4-6-3, 3000 epochs, raw features', () => {
  it('runs, and classifies 147 of the 150 rows it trained on (accuracy 0.98)', () => {
    // The book says only "same as before". Trained on all 150 rows in file order
    // (no normalisation, no split, as the script), the network gets every setosa
    // and virginica right and 3 versicolor wrong.
    const rows = labelledRows(irisDataset());
    const net = new NMNetwork().configure(4, 6, 3);
    net.trainEpochs(rows, 3000);
    const predictions = rows.map((row) => net.predict(row.slice(0, -1)));
    const correct = predictions.filter((p, r) => p === rows[r]!.at(-1)).length;
    expect(correct).toBe(147);
    expect([0, 1, 2].map((k) => predictions.filter((p, r) => p === k && rows[r]!.at(-1) === k).length)).toEqual([50, 47, 50]);
    expect(net.errors.at(-1)!).toBeLessThan(net.errors[0]! / 40);
  });

  it('one-hot over the network’s outputs: a subset without a class still trains (the book counted labels and failed)', () => {
    const setosaAndVersicolor = labelledRows(irisDataset()).slice(0, 100);
    const net = new NMNetwork().configure(4, 6, 3);
    expect(() => net.trainEpochs(setosaAndVersicolor, 5)).not.toThrow();
    expect(net.errors).toHaveLength(5);
  });
});

describe('the README’s matrix example', () => {
  it('prints, multiplies and trains as the README says', () => {
    const m = MMatrix.newFromArrays([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(m.add(m).printString()).toBe('(2.0 4.0 6.0\n8.0 10.0 12.0 )');
    expect(m.dot(m.transposed()).asStructuredArray()).toEqual([
      [14, 32],
      [32, 77],
    ]);
    const xor = new NMNetwork().configure(2, 3, 2);
    xor.trainEpochs(XOR, 5000);
    expect([xor.predict([1, 0]), xor.predict([1, 1])]).toEqual([1, 0]);
  });
});
