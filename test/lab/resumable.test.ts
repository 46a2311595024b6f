// The lab trains a few epochs per animation frame: its sessions must give the
// numbers of one `Trainer.train` call, bit for bit.
import { describe, expect, it } from 'vitest';
import {
  BinaryCrossEntropy,
  DivergenceError,
  GradientDescentTrainer,
  LinearModel,
  NNetwork,
  StochasticGradientDescentTrainer,
  oneHot,
} from '../../src/index.js';
import { ResumableGradientDescent, ResumableStochasticGradientDescent } from '../../lab/src/training/resumable.js';

const FOUR_POINTS = { inputs: [[1], [3], [2], [4]], targets: [[3.0], [5.2], [4.1], [7.5]] };
const XOR = { inputs: [[0, 0], [0, 1], [1, 0], [1, 1]], labels: [0, 1, 1, 0] };
const XOR_DATA = { ...XOR, targets: XOR.labels.map((k) => oneHot(k, 2)) };

/** Runs a session in chunks of the given sizes. */
function inChunks(session: { advance(n: number): void }, chunks: readonly number[]): void {
  for (const n of chunks) session.advance(n);
}

describe('a resumable trainer', () => {
  it('gradient descent in chunks of 1, 10 and 989 iterations is one train of 1000: the book’s line (1.4292, 1.3906)', () => {
    const whole = new LinearModel(0.5, 3);
    const history = new GradientDescentTrainer().train(whole, FOUR_POINTS, { epochs: 1000, learningRate: 0.01 });
    const stepped = new LinearModel(0.5, 3);
    const session = new ResumableGradientDescent().start(stepped, FOUR_POINTS, { learningRate: 0.01 });
    inChunks(session, [1, 10, 989]);
    expect(session.epochs).toBe(1000);
    expect([stepped.a, stepped.b]).toEqual([whole.a, whole.b]);
    expect(session.history.loss).toEqual(history.loss);
    expect(session.history.accuracy).toEqual([]);
    expect(stepped.a.toFixed(4)).toBe('1.4292');
    expect(stepped.b.toFixed(4)).toBe('1.3906');
  });

  it('shuffled mini-batch SGD in chunks keeps the seeded order of one long run (weights, loss and accuracy)', () => {
    const options = { learningRate: 0.5, batchSize: 2, shuffle: true, seed: 7, loss: new BinaryCrossEntropy() };
    const whole = new NNetwork().configure(2, 3, 2);
    const history = new StochasticGradientDescentTrainer().train(whole, XOR_DATA, { ...options, epochs: 300 });
    const stepped = new NNetwork().configure(2, 3, 2);
    const session = new ResumableStochasticGradientDescent().start(stepped, XOR_DATA, options);
    inChunks(session, [1, 2, 97, 200]);
    expect(stepped.parameters()).toEqual(whole.parameters());
    expect(session.history.loss).toEqual(history.loss);
    expect(session.history.accuracy).toEqual(history.accuracy);
  });

  it('checks its options before anything moves, as train does', () => {
    const line = new LinearModel(0.5, 3);
    expect(() => new ResumableGradientDescent().start(line, FOUR_POINTS, { learningRate: -1 })).toThrow(/learning rate/);
    expect([line.a, line.b]).toEqual([0.5, 3]);
  });

  it('stops a diverging run with the DivergenceError of train, at the same epoch, leaving the same line', () => {
    const failure = (run: (line: LinearModel) => void) => {
      const line = new LinearModel(0.5, 3);
      try {
        run(line);
      } catch (error) {
        return { error: error as DivergenceError, line: [line.a, line.b] };
      }
      throw new Error('did not diverge');
    };
    const whole = failure((line) => new GradientDescentTrainer().train(line, FOUR_POINTS, { epochs: 200, learningRate: 1e6 }));
    const stepped = failure((line) => inChunks(new ResumableGradientDescent().start(line, FOUR_POINTS, { learningRate: 1e6 }), Array(200).fill(1)));
    expect(stepped.error).toBeInstanceOf(DivergenceError);
    expect([stepped.error.epoch, stepped.error.learningRate]).toEqual([whole.error.epoch, 1e6]);
    expect(stepped.line).toEqual(whole.line);
    expect(stepped.line.every(Number.isFinite)).toBe(true);
  });
});
