import { checkPositive } from '../../util/validate.js';
import { schedules } from './registry.js';
import { LearningRateSchedule } from './schedule.js';

/** The rate multiplied by `gamma` after every epoch (PyTorch's `ExponentialLR`): baseRate · gamma^(epoch − 1). */
export class ExponentialSchedule extends LearningRateSchedule {
  static readonly registeredName = 'exponential';
  readonly name: string = ExponentialSchedule.registeredName;

  /**
   * @param gamma what each epoch multiplies the rate by, a finite number > 0 (below 1 to decay); 0.99 by default.
   * @throws InvalidArgumentError naming `gamma`.
   */
  constructor(readonly gamma = 0.99) {
    super();
    checkPositive('gamma', gamma);
  }

  rateAt(epoch: number, baseRate: number): number {
    return baseRate * this.gamma ** (epoch - 1);
  }

  override config(): Record<string, number> {
    return { gamma: this.gamma };
  }
}

schedules.registerBuiltIn(ExponentialSchedule.registeredName, (config) => new ExponentialSchedule(config.gamma));
