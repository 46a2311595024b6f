/**
 * A learning-rate schedule: the rate of each epoch, from the trainer's
 * `learningRate` (the base rate). Given to any trainer as the option
 * `schedule`, with any optimizer: the trainer asks for the rate of epoch e
 * before the epoch and every step of it uses that rate. PyTorch's
 * `torch.optim.lr_scheduler`, counted in epochs from 1 (epoch 1 uses the base
 * rate, as PyTorch's epoch 0).
 *
 * A schedule checks its settings in its constructor; a new one is one subclass,
 * registered by name (`schedules.register`) for the CLI and for code that names it.
 */
export abstract class LearningRateSchedule {
  /** The name under which the schedule is registered. */
  abstract readonly name: string;

  /**
   * The learning rate of epoch `epoch` (1 … `epochs`), given the base rate and
   * how many epochs the run has; never negative.
   */
  abstract rateAt(epoch: number, baseRate: number, epochs: number): number;

  /**
   * Whether every epoch's rate is the base rate. A trainer may then run
   * several epochs in one call to the model (`TrainingRun.trainsEpochsInPlace`),
   * with the same result; false unless a schedule says so.
   */
  isConstant(): boolean {
    return false;
  }

  /** Settings needed to rebuild this schedule by name; none by default. */
  config(): Record<string, number> {
    return {};
  }
}
