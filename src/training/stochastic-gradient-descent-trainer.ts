import { injectable } from '../di.js';
import { DivergenceError } from '../errors.js';
import type { PackedData } from './dataset.js';
import { Trainer, type EpochResult, type TrainingRun } from './trainer.js';

/**
 * Mini-batch stochastic gradient descent: each epoch walks the data in batches
 * of `batchSize` (in order, or shuffled with a seeded `Random`) and makes one
 * update per batch from the batch's mean gradient. Batch size 1 is the book's
 * online training. The epoch's loss is the mean over the examples of the losses
 * met on the way: each batch's loss before its update by default, or after it
 * with `measureLoss: 'afterUpdate'`, as the Theory on Learning chapter's SGD
 * script adds them up.
 */
@injectable()
export class StochasticGradientDescentTrainer extends Trainer {
  protected runEpoch(run: TrainingRun): EpochResult {
    const { batchSize, shuffle, measureLoss } = run.settings;
    const data = shuffle ? run.shuffledData() : run.data;
    const afterEachUpdate = measureLoss === 'afterUpdate';
    let lossAfterUpdates = 0;
    run.startEpoch();
    const inPlace = this.updatesByPlainRule() && run.canStepInPlace(batchSize);
    for (let offset = 0; offset < run.size; offset += batchSize) {
      const count = Math.min(batchSize, run.size - offset);
      if (inPlace) this.stepInPlace(run, data, offset, count);
      else this.step(run, data, offset, count);
      // The book's sum: Σ over batches of (batch loss / N), in that order.
      if (afterEachUpdate) lossAfterUpdates += batchLoss(run, data, offset, count) / run.size;
    }
    const result = run.epochResult();
    return afterEachUpdate ? { ...result, loss: lossAfterUpdates } : result;
  }

  /** One update from the batch's gradient, through `applyGradient` (optimizers may override it). */
  private step(run: TrainingRun, data: PackedData, offset: number, count: number): void {
    run.computeGradient(offset, count, data.inputs, data.targets, data.labels);
    this.applyGradient(run);
  }

  /** The book's loop: the model updates itself after the batch (same numbers, no gradient buffer). */
  private stepInPlace(run: TrainingRun, data: PackedData, offset: number, count: number): void {
    if (!run.stepInPlace(offset, count, data.inputs, data.targets, data.labels)) {
      throw new DivergenceError(run.epoch, run.settings.learningRate, run.lastBatchLoss);
    }
  }
}

/** The sum of the losses of rows `offset…offset+count` with the model's current parameters. */
function batchLoss(run: TrainingRun, data: PackedData, offset: number, count: number): number {
  const outputs = run.model.forwardBatch(data.inputs, offset, count);
  return run.settings.loss.batchValue(outputs, data.targets, offset, count, run.model.numberOfOutputs());
}
