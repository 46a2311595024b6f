import { Trainer, type EpochResult, type TrainingRun } from './trainer.js';

/**
 * Gradient descent, as the chapter's line-fitting script: each epoch makes one
 * update from the gradient of the mean loss over the whole data set. The loss
 * recorded for an epoch is the loss *after* its update, as the book plots it.
 * (`batchSize` and `shuffle` do not apply.)
 */
export class GradientDescentTrainer extends Trainer {
  protected runEpoch(run: TrainingRun, epoch: number): EpochResult {
    if (epoch === 1) this.computeFullGradient(run);
    this.applyGradient(run);
    // The pass that measures the new loss also gives the next epoch's gradient.
    return this.computeFullGradient(run);
  }

  private computeFullGradient(run: TrainingRun): EpochResult {
    run.startEpoch();
    run.computeGradient(0, run.size);
    return run.epochResult();
  }
}
