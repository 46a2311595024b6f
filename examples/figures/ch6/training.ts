// Chapter 6's training runs: a network's learning curve, the book's rule on raw
// (unnormalised) rows.
import { HalfSquaredError, NNetwork, oneHot, StochasticGradientDescentTrainer } from '../../../src/index.js';

/** A learning curve: the network's `errors` and `precisions` after training (copies). */
export interface Curve {
  errors: number[];
  precisions: number[];
}

/** A network of the book's shape, seeded like the book (`new Random(42)` in `configure`). */
export function network(nbOfInputs: number, hidden: number, nbOfOutputs: number, learningRate = 0.1): NNetwork {
  const net = new NNetwork().configure(nbOfInputs, hidden, nbOfOutputs);
  net.learningRate = learningRate;
  return net;
}

/** The book's `train:nbEpochs:` (normalising) and the curve it leaves in `errors` and `precisions`. */
export function learningCurve(net: NNetwork, rows: number[][], nbOfEpochs: number): Curve {
  net.trainEpochs(rows, nbOfEpochs);
  return { errors: [...net.errors], precisions: [...net.precisions] };
}

/**
 * The book's `train:nbEpochs:` without its normalisation (the chapter's first
 * version): online training in order, one-hot targets, the network's learning
 * rate — the SGD trainer with batch 1 and the half squared error, the same rule
 * as `trainEpochs` — on the rows as they are. Fills `errors` (Σ over rows of
 * Σ (t − o)², i.e. 2 · rows · mean loss) and `precisions` like `trainEpochs`.
 */
export function learningCurveWithoutNormalisation(net: NNetwork, rows: number[][], nbOfEpochs: number): Curve {
  const labels = rows.map((row) => row.at(-1)!);
  const history = new StochasticGradientDescentTrainer().train(
    net,
    {
      inputs: rows.map((row) => row.slice(0, -1)),
      targets: labels.map((label) => oneHot(label, net.numberOfOutputs())),
      labels,
    },
    { epochs: nbOfEpochs, learningRate: net.learningRate, batchSize: 1, loss: new HalfSquaredError() },
  );
  net.errors.push(...history.loss.map((loss) => 2 * loss * rows.length));
  net.precisions.push(...history.accuracy);
  return { errors: [...net.errors], precisions: [...net.precisions] };
}

/** The first epoch (1-based) whose value is at least `target`, e.g. precision 1; undefined if none is. */
export function firstEpochReaching(values: readonly number[], target: number): number | undefined {
  const i = values.findIndex((v) => v >= target);
  return i < 0 ? undefined : i + 1;
}

/** Epochs whose error is above both neighbours': the peaks of a learning curve. */
export function peaks(errors: readonly number[]): number {
  return errors.filter((e, i) => i > 0 && i < errors.length - 1 && e > errors[i - 1]! && e > errors[i + 1]!).length;
}
