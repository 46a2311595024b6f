import { Trainer } from './trainer.js';
import type { TrainingRun } from './training-run.js';
import { trainers } from './trainers.js';

/**
 * Gradient descent, as the chapter's line-fitting script: each epoch makes one
 * update from the gradient of the mean loss over the whole data set. The loss
 * recorded for an epoch is the loss *after* its update, as the book plots it.
 * (`batchSize` and `shuffle` do not apply.)
 */
export class GradientDescentTrainer extends Trainer {
  static readonly registeredName = 'gd';

  protected runEpoch(run: TrainingRun): void {
    if (run.epoch === 1) this.measure(run);
    run.applyGradient();
    // The pass that measures the new loss also gives the next epoch's gradient.
    this.measure(run);
  }

  private measure(run: TrainingRun): void {
    run.startEpoch();
    run.computeGradient(0, run.size);
  }
}

trainers.registerBuiltIn(GradientDescentTrainer.registeredName, () => new GradientDescentTrainer());
