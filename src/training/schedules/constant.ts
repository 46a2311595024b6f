import { schedules } from './registry.js';
import { LearningRateSchedule } from './schedule.js';

/** The same rate every epoch: the base rate (what a trainer does without a schedule). */
export class ConstantSchedule extends LearningRateSchedule {
  static readonly registeredName = 'constant';
  readonly name: string = ConstantSchedule.registeredName;

  rateAt(_epoch: number, baseRate: number): number {
    return baseRate;
  }

  /** True unless a subclass gives epochs rates of its own. */
  override isConstant(): boolean {
    return this.rateAt === ConstantSchedule.prototype.rateAt;
  }
}

schedules.registerBuiltIn(ConstantSchedule.registeredName, () => new ConstantSchedule());
