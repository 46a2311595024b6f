import { describe, expect, it } from 'vitest';
import { LinearModel, NNetwork, PlainStep, StochasticGradientDescentTrainer, type TrainerOptions } from '../../src/index.js';
import { noisyLine } from '../../src/io/index.js';
import { snapshot, XOR_ONE_HOT } from '../helpers.js';

// The Theory on Learning chapter's SGD script: the 100 points around y = x,
// from a = 0.5, b = 3, batches of 5 in order, lr 0.01, 1000 epochs.
const points = noisyLine(100);
const bookRun: TrainerOptions = { epochs: 1000, learningRate: 0.01, batchSize: 5 };

function fit(options: TrainerOptions) {
  const line = new LinearModel(0.5, 3);
  const history = new StochasticGradientDescentTrainer().train(line, points, options);
  return { line, history };
}

/**
 * The chapter's script written out by hand: after each batch's update, add that
 * batch's squared error / N to the epoch's cost.
 */
function bookScript(epochs: number): number[] {
  const xs = points.inputs.map((row) => row[0]!);
  const ys = points.targets.map((row) => row[0]!);
  let a = 0.5;
  let b = 3;
  const costs: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    let cost = 0;
    for (let i = 0; i < xs.length; i += 5) {
      let da = 0;
      let db = 0;
      for (let k = i; k < i + 5; k++) {
        const error = ys[k]! - (a * xs[k]! + b);
        da += -2 * xs[k]! * error;
        db += -2 * error;
      }
      a -= (0.01 * da) / 5;
      b -= (0.01 * db) / 5;
      let squared = 0;
      for (let k = i; k < i + 5; k++) squared += (ys[k]! - (a * xs[k]! + b)) ** 2;
      cost += squared / xs.length;
    }
    costs.push(cost);
  }
  return costs;
}

describe("SGD's epoch loss: before or after each batch's update", () => {
  it("afterUpdate is the book's measure: 0.012550742943069624 after 1000 epochs", () => {
    const { history } = fit({ ...bookRun, measureLoss: 'afterUpdate' });
    expect(history.loss).toHaveLength(1000);
    expect(history.loss.at(-1)).toBeCloseTo(0.012550742943069624, 15);
  });

  it('beforeUpdate (the default) gives 0.012673427372776548 on the same run', () => {
    expect(fit(bookRun).history.loss.at(-1)).toBeCloseTo(0.012673427372776548, 15);
    expect(fit({ ...bookRun, measureLoss: 'beforeUpdate' }).history.loss).toEqual(fit(bookRun).history.loss);
  });

  it('afterUpdate equals the hand-written script epoch by epoch', () => {
    const expected = bookScript(30);
    const { history } = fit({ ...bookRun, epochs: 30, measureLoss: 'afterUpdate' });
    history.loss.forEach((loss, i) => expect(loss).toBeCloseTo(expected[i]!, 14));
    // The first epoch by itself: the loss after each batch is well below the loss before it.
    expect(fit({ ...bookRun, epochs: 1 }).history.loss[0]).toBeCloseTo(5.024273283043762, 12);
    expect(history.loss[0]).toBeCloseTo(4.784607767383071, 12);
  });

  it('the measure changes what is recorded, never the parameters', () => {
    const before = fit({ ...bookRun, epochs: 50 });
    const after = fit({ ...bookRun, epochs: 50, measureLoss: 'afterUpdate' });
    expect([after.line.a, after.line.b]).toEqual([before.line.a, before.line.b]);
  });

  it('works on every path: a network learning online, and through an optimizer that takes the gradient buffer', () => {
    class PlainRuleByHand extends PlainStep {
      override step(parameters: readonly Float64Array[], gradients: readonly Float64Array[], learningRate: number): void {
        super.step(parameters, gradients, learningRate);
      }
    }
    const train = (optimizer: PlainStep) => {
      const net = new NNetwork().configure(2, 3, 2);
      const history = new StochasticGradientDescentTrainer().train(net, XOR_ONE_HOT, { epochs: 20, learningRate: 0.5, measureLoss: 'afterUpdate', optimizer });
      return { history, parameters: snapshot(net) };
    };
    const online = train(new PlainStep());
    const general = train(new PlainRuleByHand());
    expect(general.parameters).toEqual(online.parameters);
    general.history.loss.forEach((loss, i) => expect(loss).toBeCloseTo(online.history.loss[i]!, 12));
    // After each update the network is nearer its target on the example it just saw.
    const beforeUpdates = new StochasticGradientDescentTrainer().train(new NNetwork().configure(2, 3, 2), XOR_ONE_HOT, { epochs: 20, learningRate: 0.5 });
    expect(online.history.loss[0]).toBeLessThan(beforeUpdates.loss[0]!);
  });
});
