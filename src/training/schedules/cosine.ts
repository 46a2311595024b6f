import { InvalidArgumentError } from '../../errors.js';
import { schedules } from './registry.js';
import { LearningRateSchedule } from './schedule.js';

/** Settings of a cosine schedule. */
export interface CosineSettings {
  /** Epochs from the base rate down to `minimumRate`; the run's epochs by default. */
  period?: number;
  /** The rate at the end of the period and after it; 0 by default. */
  minimumRate?: number;
}

/**
 * Cosine annealing (PyTorch's `CosineAnnealingLR`, without restarts): from the
 * base rate down to `minimumRate` along half a cosine,
 * min + (base − min) · (1 + cos(π · (epoch − 1) / period)) / 2,
 * then `minimumRate` once the period is over.
 */
export class CosineSchedule extends LearningRateSchedule {
  static readonly registeredName = 'cosine';
  readonly name: string = CosineSchedule.registeredName;
  readonly period: number | undefined;
  readonly minimumRate: number;

  /** @throws InvalidArgumentError naming `period` (not a positive integer) or `minimumRate` (negative or not finite). */
  constructor(settings: CosineSettings = {}) {
    super();
    this.period = settings.period;
    this.minimumRate = settings.minimumRate ?? 0;
    if (this.period !== undefined && !(Number.isInteger(this.period) && this.period >= 1)) {
      throw new InvalidArgumentError('period', `must be a positive integer (epochs), got ${String(this.period)}`);
    }
    // Number.isFinite is false for anything but a number.
    if (!Number.isFinite(this.minimumRate) || this.minimumRate < 0) {
      throw new InvalidArgumentError('minimumRate', `must be a finite number ≥ 0, got ${String(this.minimumRate)}`);
    }
  }

  rateAt(epoch: number, baseRate: number, epochs: number): number {
    const period = this.period ?? epochs;
    const progress = Math.min(epoch - 1, period) / period;
    return this.minimumRate + ((baseRate - this.minimumRate) * (1 + Math.cos(Math.PI * progress))) / 2;
  }

  override config(): Record<string, number> {
    return this.period === undefined ? { minimumRate: this.minimumRate } : { period: this.period, minimumRate: this.minimumRate };
  }
}

schedules.registerBuiltIn(CosineSchedule.registeredName, (config) => new CosineSchedule(config));
