// A trainer of the library run a few epochs at a time. `Trainer.train` runs
// every epoch in one call; the lab must hand the page back to the browser
// between frames, and still get the numbers of one long run (the same seeded
// shuffles, the same history). So a session keeps the library's `TrainingRun`
// between calls and runs the trainer's own `runEpoch` on it.
//
// This is general-purpose (any program that trains in the background wants
// it); it belongs in the library as `Trainer.start(model, data, options)`.
import {
  DivergenceError,
  GradientDescentTrainer,
  StochasticGradientDescentTrainer,
  TrainingRun,
  type TrainableModel,
  type TrainerOptions,
  type TrainerSettings,
  type TrainingData,
} from '../../../src/index.js';
// Not in the package's API: what `Trainer.train` does to the data before its run.
import { packData } from '../../../src/training/dataset.js';

/** The loss and accuracy of every epoch so far, as `Trainer.train`'s history records them. */
export interface SessionHistory {
  loss: number[];
  /** Empty when the data has no labels. */
  accuracy: number[];
}

/** A training in progress: `advance(n)` runs n more epochs. */
export interface TrainingSession {
  readonly history: SessionHistory;
  /** Epochs run so far. */
  readonly epochs: number;
  /**
   * Runs `epochs` more epochs, exactly as the same epochs of one `train` call.
   * @throws DivergenceError as `Trainer.train` (the model keeps its parameters from before the failing step).
   */
  advance(epochs: number): void;
}

/**
 * A session of a trainer whose settings are `settings` and whose epoch is
 * `runEpoch`: the loop of `Trainer.train`, one `advance` at a time.
 */
function startSession(
  model: TrainableModel,
  data: TrainingData,
  settings: TrainerSettings,
  runEpoch: (run: TrainingRun) => void,
): TrainingSession {
  const run = new TrainingRun(model, packData(data, model), settings);
  const history: SessionHistory = { loss: [], accuracy: [] };
  let epochs = 0;
  return {
    history,
    get epochs() {
      return epochs;
    },
    advance(count: number) {
      for (let i = 0; i < count; i++) {
        run.epoch = epochs + 1;
        runEpoch(run);
        const loss = run.epochLoss();
        if (!Number.isFinite(loss)) throw new DivergenceError(run.epoch, settings.learningRate, loss);
        history.loss.push(loss);
        const accuracy = run.epochAccuracy();
        if (accuracy !== undefined) history.accuracy.push(accuracy);
        epochs++;
      }
    },
  };
}

/** What `start` takes: the trainer's options but the epochs (each `advance` says how many). */
export type SessionOptions = Omit<TrainerOptions, 'epochs'>;

/** Gradient descent, run a few epochs at a time. */
export class ResumableGradientDescent extends GradientDescentTrainer {
  /** A session training `model` on `data` with `options`, checked now as `train` checks them. */
  start(model: TrainableModel, data: TrainingData, options: SessionOptions): TrainingSession {
    return startSession(model, data, this.settingsFrom({ ...options, epochs: 1 }), (run) => this.runEpoch(run));
  }
}

/** Mini-batch SGD, run a few epochs at a time. */
export class ResumableStochasticGradientDescent extends StochasticGradientDescentTrainer {
  /** A session training `model` on `data` with `options`, checked now as `train` checks them. */
  start(model: TrainableModel, data: TrainingData, options: SessionOptions): TrainingSession {
    return startSession(model, data, this.settingsFrom({ ...options, epochs: 1 }), (run) => this.runEpoch(run));
  }
}

/** The trainers the lab offers, by the library's registered names. */
export const RESUMABLE_TRAINERS = {
  gd: ResumableGradientDescent,
  sgd: ResumableStochasticGradientDescent,
} as const;
