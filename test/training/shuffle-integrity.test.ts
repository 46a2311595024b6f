// Shuffled training moves whole rows: an example's inputs, targets and label
// stay together, in the order the book's generator gives. The order is worked
// out here by hand (Park–Miller draws, Fisher–Yates from the end, as Pharo's
// `shuffleBy:`), and shuffled training is compared, bit for bit, with training
// epoch by epoch on the rows permuted by hand.
import { describe, expect, it } from 'vitest';
import {
  LinearModel,
  NNetwork,
  StochasticGradientDescentTrainer,
  type TrainableModel,
  type TrainerOptions,
  type TrainingData,
  type TrainingHistory,
} from '../../src/index.js';
import { snapshot, withoutShortcuts } from '../helpers.js';

const MODULUS = 2147483647;

/**
 * The order of the rows in each of `epochs` shuffled epochs, by hand: the
 * trainer keeps one index array and shuffles it again each epoch with one
 * generator, position i (from the end) swapped with nextInt(i).
 * `swaps[e][k]` is [i, j] of the k-th swap of epoch e. With `restartEachEpoch`
 * (not what the trainer does) each epoch shuffles the rows' own order instead.
 */
function handShuffle(
  seed: number,
  size: number,
  epochs: number,
  { restartEachEpoch } = { restartEachEpoch: false },
): { orders: number[][]; swaps: [number, number][][] } {
  let state = seed;
  const identity = () => Array.from({ length: size }, (_, i) => i);
  let order = identity();
  const orders: number[][] = [];
  const swaps: [number, number][][] = [];
  for (let e = 0; e < epochs; e++) {
    if (restartEachEpoch) order = identity();
    const epochSwaps: [number, number][] = [];
    for (let i = size; i >= 2; i--) {
      state = (16807 * state) % MODULUS;
      const j = Math.floor((state / MODULUS) * i) + 1;
      [order[i - 1], order[j - 1]] = [order[j - 1]!, order[i - 1]!];
      epochSwaps.push([i, j]);
    }
    orders.push([...order]);
    swaps.push(epochSwaps);
  }
  return { orders, swaps };
}

/** `data`'s rows in `order`; `parts` says which of inputs, targets, labels are permuted (the others stay as given). */
function permuted(data: TrainingData, order: number[], parts: { inputs: boolean; targets: boolean; labels: boolean }): TrainingData {
  const pick = <T>(rows: readonly T[], move: boolean): T[] => (move ? order.map((i) => rows[i]!) : [...rows]);
  return {
    inputs: pick(data.inputs, parts.inputs),
    targets: pick(data.targets, parts.targets),
    ...(data.labels === undefined ? {} : { labels: pick(data.labels, parts.labels) }),
  };
}

const WHOLE_ROWS = { inputs: true, targets: true, labels: true };

/** Trains `model` one unshuffled epoch at a time on each epoch's hand-permuted rows; the histories joined. */
function trainOnHandOrders(
  model: TrainableModel,
  data: TrainingData,
  options: TrainerOptions,
  orders: number[][],
  parts = WHOLE_ROWS,
): Pick<TrainingHistory, 'loss' | 'accuracy'> {
  const joined = { loss: [] as number[], accuracy: [] as number[] };
  for (const order of orders) {
    const history = new StochasticGradientDescentTrainer().train(model, permuted(data, order, parts), { ...options, epochs: 1, shuffle: false });
    joined.loss.push(...history.loss);
    joined.accuracy.push(...history.accuracy);
  }
  return joined;
}

// Six distinct rows of three classes (one-hot targets and labels): no two rows
// are interchangeable, so a row trained with another's target or label shows.
const SIX: TrainingData = {
  inputs: [[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.2], [0.2, 0.9]],
  targets: [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]],
  labels: [0, 1, 2, 0, 1, 2],
};
// A seed whose first epoch makes six real swaps (the last one included: see the first test).
const SEED = 12;
const EPOCHS = 4;
const { orders: ORDERS, swaps: SWAPS } = handShuffle(SEED, 6, EPOCHS);

const network = () => new NNetwork().configure(2, 4, 3);

describe('the shuffled order', () => {
  it('the chosen seed swaps every position of the first epoch with another (none is a no-op, the last included)', () => {
    const first = SWAPS[0]!;
    expect(first.map(([i]) => i)).toEqual([6, 5, 4, 3, 2]);
    expect(first.every(([i, j]) => j !== i)).toBe(true);
    expect(first.at(-1)).toEqual([2, 1]);
    // Each epoch visits a new order.
    expect(new Set(ORDERS.map((o) => o.join())).size).toBe(EPOCHS);
  });

  it('each step sees the hand-shuffled rows, every input row with its own target row', () => {
    const seen: { inputs: number[]; targets: number[] }[] = [];
    const net = network();
    const recording: TrainableModel = {
      ...withoutShortcuts(net),
      // The general path: one forward pass per batch (here one row), then the backward pass with the targets.
      forwardBatch: (rows) => {
        seen.push({ inputs: Array.from(rows.inputs.subarray(rows.offset * 2, (rows.offset + 1) * 2)), targets: [] });
        return net.forwardBatch(rows);
      },
      backwardBatch: (rows, outputGradients, gradients, lossAtOutputs) => {
        seen.at(-1)!.targets = Array.from(lossAtOutputs!.targets.subarray(rows.offset * 3, (rows.offset + 1) * 3));
        net.backwardBatch(rows, outputGradients, gradients, lossAtOutputs);
      },
    };
    new StochasticGradientDescentTrainer().train(recording, SIX, { epochs: EPOCHS, learningRate: 0.5, shuffle: true, seed: SEED });
    const expected = ORDERS.flatMap((order) => order.map((i) => ({ inputs: SIX.inputs[i], targets: SIX.targets[i] })));
    expect(seen).toEqual(expected);
  });
});

describe('shuffled training is training on the rows permuted by hand, bit for bit', () => {
  const paths: [string, () => TrainableModel, Partial<TrainerOptions>][] = [
    ['online (NNetwork.trainOnline)', network, { batchSize: 1 }],
    ['online, loss measured after each update', network, { batchSize: 1, measureLoss: 'afterUpdate' }],
    ['mini-batches of 4 (6 rows: 4 then 2)', network, { batchSize: 4 }],
    ['the general path, batches of 2', () => withoutShortcuts(network()), { batchSize: 2 }],
  ];
  for (const [name, makeModel, extra] of paths) {
    it(`${name}: the same weights, losses and accuracies`, () => {
      const options: TrainerOptions = { epochs: EPOCHS, learningRate: 0.5, shuffle: true, seed: SEED, ...extra };
      const shuffled = makeModel();
      const history = new StochasticGradientDescentTrainer().train(shuffled, SIX, options);
      const byHand = makeModel();
      const expected = trainOnHandOrders(byHand, SIX, options, ORDERS);
      expect(snapshot(shuffled)).toEqual(snapshot(byHand));
      expect(history.loss).toEqual(expected.loss);
      expect(history.accuracy).toEqual(expected.accuracy);
    });
  }

  it('a line in mini-batches (LinearModel.descend, no labels): the same line and losses', () => {
    const line: TrainingData = { inputs: [[1], [3], [2], [4], [-1], [0.5]], targets: [[3], [5.2], [4.1], [7.5], [-0.4], [2.2]] };
    const options: TrainerOptions = { epochs: EPOCHS, learningRate: 0.02, batchSize: 4, shuffle: true, seed: SEED };
    const shuffled = new LinearModel(0.5, 0.1);
    const history = new StochasticGradientDescentTrainer().train(shuffled, line, options);
    const byHand = new LinearModel(0.5, 0.1);
    const expected = trainOnHandOrders(byHand, line, options, ORDERS);
    expect([shuffled.a, shuffled.b]).toEqual([byHand.a, byHand.b]);
    expect(history.loss).toEqual(expected.loss);
  });
});

describe('the comparison can tell rows apart', () => {
  const options: TrainerOptions = { epochs: EPOCHS, learningRate: 0.5, shuffle: true, seed: SEED, batchSize: 2 };
  const shuffledRun = () => {
    const net = network();
    const history = new StochasticGradientDescentTrainer().train(net, SIX, options);
    return { weights: snapshot(net), history };
  };

  it('input rows moved without their targets train other weights', () => {
    const { weights } = shuffledRun();
    const inputsOnly = network();
    trainOnHandOrders(inputsOnly, SIX, options, ORDERS, { inputs: true, targets: false, labels: false });
    expect(snapshot(inputsOnly)).not.toEqual(weights);
    const targetsOnly = network();
    trainOnHandOrders(targetsOnly, SIX, options, ORDERS, { inputs: false, targets: true, labels: true });
    expect(snapshot(targetsOnly)).not.toEqual(weights);
  });

  it('rows moved without their labels: the same weights (labels only count hits) but other accuracies', () => {
    const { weights, history } = shuffledRun();
    const labelsLeft = network();
    const other = trainOnHandOrders(labelsLeft, SIX, options, ORDERS, { inputs: true, targets: true, labels: false });
    expect(snapshot(labelsLeft)).toEqual(weights);
    expect(other.loss).toEqual(history.loss);
    expect(other.accuracy).not.toEqual(history.accuracy);
  });

  it('the first order every epoch, or the rows in order reshuffled every epoch, would be other runs', () => {
    const { weights } = shuffledRun();
    const firstOrderEveryEpoch = network();
    trainOnHandOrders(firstOrderEveryEpoch, SIX, options, ORDERS.map(() => ORDERS[0]!));
    expect(snapshot(firstOrderEveryEpoch)).not.toEqual(weights);
    const fromRowOrderEachEpoch = network();
    trainOnHandOrders(fromRowOrderEachEpoch, SIX, options, handShuffle(SEED, 6, EPOCHS, { restartEachEpoch: true }).orders);
    expect(snapshot(fromRowOrderEachEpoch)).not.toEqual(weights);
  });
});
