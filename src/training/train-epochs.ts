import { NNetwork } from '../core/nnetwork.js';
import { Normalization } from '../core/normalization.js';
import { oneHot } from '../core/one-hot.js';
import { HalfSquaredError } from './losses/half-squared-error.js';
import { StochasticGradientDescentTrainer } from './stochastic-gradient-descent-trainer.js';
import type { Trainer, TrainingHistory } from './trainer.js';

/** Rows of features followed by a class index, the book's format for `train:nbEpochs:`. */
export type LabelledRows = readonly (readonly number[])[];

/**
 * The book's `NNetwork>>train:nbEpochs:`. `rows` are features followed by a
 * class index. The features are min–max normalised (the `Normalization` used is
 * kept in `network.normalization`), the class becomes a one-hot target, and the
 * network learns online (batch 1, in order) at its own learning rate — the SGD
 * trainer with the half squared error, which is the book's delta rule.
 * Per epoch `network.errors` gets Σ over rows of Σ (target − output)² and
 * `network.precisions` the fraction predicted right before each row's update,
 * as the book computes them.
 */
export function trainEpochs(
  network: NNetwork,
  rows: LabelledRows,
  nbOfEpochs: number,
  trainer: Trainer = new StochasticGradientDescentTrainer(),
): TrainingHistory {
  const normalization = new Normalization();
  const history = learnRows(network, normalization.normalizeData(rows), nbOfEpochs, trainer);
  network.normalization = normalization;
  return history;
}

/**
 * The Data Classification chapter's first `train:nbEpochs:`, before it learns to
 * normalise: `trainEpochs` on the rows as they are. The chapter's iris figures
 * and its train/test split results (cut 0.8 → accuracy 0.9, cut 0.7 → 0.0) come
 * from this version. `network.normalization` is cleared: there is none to apply.
 */
export function trainEpochsWithoutNormalization(
  network: NNetwork,
  rows: LabelledRows,
  nbOfEpochs: number,
  trainer: Trainer = new StochasticGradientDescentTrainer(),
): TrainingHistory {
  const history = learnRows(network, rows, nbOfEpochs, trainer);
  network.normalization = undefined;
  return history;
}

/** The loop both versions share: one-hot targets, online SGD on ½Σ(t − o)², the book's errors and precisions. */
function learnRows(network: NNetwork, rows: LabelledRows, nbOfEpochs: number, trainer: Trainer): TrainingHistory {
  const labels = rows.map((row) => row[row.length - 1]!);
  const data = {
    inputs: rows.map((row) => row.slice(0, -1)),
    targets: labels.map((label) => oneHot(label, network.numberOfOutputs())),
    labels,
  };
  const stopListening = trainer.onEpoch(({ loss, accuracy }) => {
    network.errors.push(2 * loss * rows.length); // mean of ½Σ(t − o)² back to the book's sum of Σ(t − o)²
    network.precisions.push(accuracy!);
  });
  try {
    return trainer.train(network, data, {
      epochs: nbOfEpochs,
      learningRate: network.learningRate,
      batchSize: 1,
      loss: new HalfSquaredError(),
    });
  } finally {
    stopListening();
  }
}

// `network.trainEpochs(rows, n)` reads like the book; the methods are added here
// because core does not know trainers (see docs/design.md).
declare module '../core/nnetwork.js' {
  interface NNetwork {
    /** The book's `train:nbEpochs:` — see `trainEpochs`. */
    trainEpochs(rows: LabelledRows, nbOfEpochs: number): TrainingHistory;
    /** The chapter's first, non-normalising `train:nbEpochs:` — see `trainEpochsWithoutNormalization`. */
    trainEpochsWithoutNormalization(rows: LabelledRows, nbOfEpochs: number): TrainingHistory;
  }
}

NNetwork.prototype.trainEpochs = function (this: NNetwork, rows, nbOfEpochs) {
  return trainEpochs(this, rows, nbOfEpochs);
};

NNetwork.prototype.trainEpochsWithoutNormalization = function (this: NNetwork, rows, nbOfEpochs) {
  return trainEpochsWithoutNormalization(this, rows, nbOfEpochs);
};
