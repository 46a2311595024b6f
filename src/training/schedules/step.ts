import { InvalidArgumentError } from '../../errors.js';
import { checkPositive } from '../../util/validate.js';
import { schedules } from './registry.js';
import { LearningRateSchedule } from './schedule.js';

/**
 * The rate multiplied by `gamma` every `stepSize` epochs (PyTorch's `StepLR`):
 * baseRate · gamma^⌊(epoch − 1) / stepSize⌋.
 */
export class StepSchedule extends LearningRateSchedule {
  static readonly registeredName = 'step';
  readonly name: string = StepSchedule.registeredName;

  /**
   * @param stepSize epochs between two cuts, a positive integer.
   * @param gamma what each cut multiplies the rate by, a finite number > 0; 0.1 by default.
   * @throws InvalidArgumentError naming `stepSize` or `gamma`.
   */
  constructor(
    readonly stepSize: number,
    readonly gamma = 0.1,
  ) {
    super();
    if (!Number.isInteger(stepSize) || stepSize < 1) {
      throw new InvalidArgumentError('stepSize', `must be a positive integer (epochs between two cuts), got ${String(stepSize)}`);
    }
    checkPositive('gamma', gamma);
  }

  rateAt(epoch: number, baseRate: number): number {
    return baseRate * this.gamma ** Math.floor((epoch - 1) / this.stepSize);
  }

  override config(): Record<string, number> {
    return { stepSize: this.stepSize, gamma: this.gamma };
  }
}

schedules.registerBuiltIn(StepSchedule.registeredName, (config) => new StepSchedule(config.stepSize!, config.gamma));
