import { InvalidArgumentError, InvalidSizeError } from '../errors.js';

/** What early stopping can watch: an epoch's loss or accuracy, on the training rows or the validation rows. */
export type MonitoredValue = 'loss' | 'accuracy' | 'validationLoss' | 'validationAccuracy';

const MONITORED: readonly MonitoredValue[] = ['loss', 'accuracy', 'validationLoss', 'validationAccuracy'];

/** The trainer option `earlyStopping`. */
export interface EarlyStoppingOptions {
  /** How many epochs in a row without improvement end training; an integer ≥ 1. */
  patience: number;
  /** What to watch; 'validationLoss' when there are validation rows, otherwise 'loss'. */
  monitor?: MonitoredValue;
  /** An improvement must be larger than this (a loss must fall below best − minDelta); 0 by default. */
  minDelta?: number;
  /** Put back the parameters of the best epoch when training ends; true by default. */
  restoreBestWeights?: boolean;
}

/** What the data of a run offers to watch. */
export interface MonitorableData {
  /** Whether there are validation rows. */
  validation: boolean;
  /** Whether the rows have labels (accuracy). */
  labels: boolean;
}

/**
 * Early stopping for one training run (Keras's `EarlyStopping`): after each
 * epoch it is shown the monitored value; it remembers the best one, and a copy
 * of the parameters then, and says stop once `patience` epochs in a row have
 * not beaten it by more than `minDelta`. Losses improve downwards, accuracies upwards.
 */
export class EarlyStopping {
  readonly patience: number;
  readonly monitor: MonitoredValue;
  readonly minDelta: number;
  readonly restoreBestWeights: boolean;
  /** The epoch of the best value so far (undefined before the first). */
  bestEpoch: number | undefined;
  /** The best value so far. */
  best = Number.NaN;
  private waited = 0;
  private lastEpoch = 0;
  private bestParameters: Float64Array[] | undefined;

  /**
   * Checks every setting against what the run's data offers.
   * @throws InvalidSizeError for a patience that is not an integer ≥ 1;
   *   InvalidArgumentError naming `earlyStopping.monitor` (unknown, or validation
   *   or accuracy the data does not have) or `earlyStopping.minDelta` (negative).
   */
  constructor(options: EarlyStoppingOptions, data: MonitorableData) {
    this.patience = options.patience;
    this.monitor = options.monitor ?? (data.validation ? 'validationLoss' : 'loss');
    this.minDelta = options.minDelta ?? 0;
    this.restoreBestWeights = options.restoreBestWeights ?? true;
    if (!Number.isInteger(this.patience) || this.patience < 1) throw new InvalidSizeError('earlyStopping.patience', this.patience);
    if (!MONITORED.includes(this.monitor)) {
      throw new InvalidArgumentError('earlyStopping.monitor', `must be one of ${MONITORED.join(', ')}, got ${String(this.monitor)}`);
    }
    if (this.monitor.startsWith('validation') && !data.validation) {
      throw new InvalidArgumentError('earlyStopping.monitor', `is '${this.monitor}' but there are no validation rows: give validationData or validationFraction`);
    }
    if (this.monitor.endsWith('ccuracy') && !data.labels) {
      throw new InvalidArgumentError('earlyStopping.monitor', `is '${this.monitor}' but the data has no labels to count hits with`);
    }
    if (!(this.minDelta >= 0 && Number.isFinite(this.minDelta))) {
      throw new InvalidArgumentError('earlyStopping.minDelta', `must be a finite number ≥ 0, got ${String(this.minDelta)}`);
    }
  }

  /**
   * Notes epoch `epoch`'s value and, when it is the best so far, a copy of
   * `parameters`. Returns whether training should stop now.
   */
  observe(epoch: number, value: number, parameters: readonly Float64Array[]): boolean {
    this.lastEpoch = epoch;
    if (this.bestEpoch === undefined || this.improves(value)) {
      this.best = value;
      this.bestEpoch = epoch;
      this.waited = 0;
      // Stryker disable next-line ConditionalExpression: a copy kept without restoreBestWeights is never read, `restore` returns first (the `false` variant, which the restore tests kill, is turned off with it)
      if (this.restoreBestWeights) this.keep(parameters);
      return false;
    }
    this.waited++;
    return this.waited >= this.patience;
  }

  /** Puts back the best epoch's parameters, if asked to and the last epoch was not the best. Returns whether it did. */
  restore(parameters: readonly Float64Array[]): boolean {
    if (!this.restoreBestWeights || this.bestParameters === undefined || this.bestEpoch === this.lastEpoch) return false;
    parameters.forEach((p, k) => p.set(this.bestParameters![k]!));
    return true;
  }

  private improves(value: number): boolean {
    return this.monitor.endsWith('ccuracy') ? value > this.best + this.minDelta : value < this.best - this.minDelta;
  }

  private keep(parameters: readonly Float64Array[]): void {
    this.bestParameters ??= parameters.map((p) => new Float64Array(p.length));
    parameters.forEach((p, k) => this.bestParameters![k]!.set(p));
  }
}
