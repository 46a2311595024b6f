import { Trainer } from './trainer.js';
import type { TrainingRun } from './training-run.js';
import { trainers } from './trainers.js';

/**
 * Mini-batch stochastic gradient descent: each epoch walks the data in batches
 * of `batchSize` (in order, or shuffled with a seeded `Random`) and makes one
 * update per batch from the batch's mean gradient. Batch size 1 is the book's
 * online training. The epoch's loss is the mean of the losses met on the way,
 * as the chapter's SGD script sums them.
 */
export class StochasticGradientDescentTrainer extends Trainer {
  static readonly registeredName = 'sgd';

  protected runEpoch(run: TrainingRun): void {
    const { batchSize, shuffle } = run.settings;
    const data = shuffle ? run.shuffledData() : run.data;
    run.startEpoch();
    run.stepThrough(data, batchSize);
  }

  protected override epochIsOnePassInOrder(run: TrainingRun): boolean {
    return !run.settings.shuffle;
  }
}

trainers.registerBuiltIn(StochasticGradientDescentTrainer.registeredName, () => new StochasticGradientDescentTrainer());
