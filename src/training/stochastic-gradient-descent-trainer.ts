import { DivergenceError } from '../errors.js';
import type { PackedData } from './dataset.js';
import { Trainer, type EpochResult, type TrainingRun } from './trainer.js';

/**
 * Mini-batch stochastic gradient descent: each epoch walks the data in batches
 * of `batchSize` (in order, or shuffled with a seeded `Random`) and makes one
 * update per batch from the batch's mean gradient. Batch size 1 is the book's
 * online training. The epoch's loss is the mean of the losses met on the way,
 * as the chapter's SGD script sums them.
 */
export class StochasticGradientDescentTrainer extends Trainer {
  protected runEpoch(run: TrainingRun): EpochResult {
    const { batchSize, shuffle } = run.settings;
    const data = shuffle ? run.shuffledData() : run.data;
    run.startEpoch();
    if (this.updatesByPlainRule() && run.canStepInPlace(batchSize)) {
      this.runInPlace(run, data, batchSize);
      return run.epochResult();
    }
    for (let offset = 0; offset < run.size; offset += batchSize) {
      run.computeGradient(offset, Math.min(batchSize, run.size - offset), data.inputs, data.targets, data.labels);
      this.applyGradient(run);
    }
    return run.epochResult();
  }

  /** The book's loop: the model updates itself after each batch (same numbers, no gradient buffer). */
  private runInPlace(run: TrainingRun, data: PackedData, batchSize: number): void {
    for (let offset = 0; offset < run.size; offset += batchSize) {
      if (!run.stepInPlace(offset, Math.min(batchSize, run.size - offset), data.inputs, data.targets, data.labels)) {
        throw new DivergenceError(run.epoch, run.settings.learningRate, run.lastBatchLoss);
      }
    }
  }
}
