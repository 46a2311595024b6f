import { describeValue, DivergenceError, InvalidArgumentError } from '../errors.js';
import { checkEpochs, checkLearningRate, checkMethods, checkOptions, checkPositiveInteger } from '../util/validate.js';
import { Random } from '../core/random.js';
import { packData, type PackedData, type TrainingData } from './dataset.js';
import { EarlyStopping, type EarlyStoppingOptions, type MonitoredValue } from './early-stopping.js';
import type { Loss } from './losses/loss.js';
import { MeanSquaredError } from './losses/mean-squared-error.js';
import type { Optimizer } from './optimizers/optimizer.js';
import { PlainStep } from './optimizers/plain-step.js';
import { ConstantSchedule } from './schedules/constant.js';
import type { LearningRateSchedule } from './schedules/schedule.js';
import type { TrainableModel } from './trainable-model.js';
import { TrainingRun } from './training-run.js';
import { validationSplit } from './validation-split.js';

/** How to train. Only `epochs` is required. */
export interface TrainerOptions {
  /** Epochs (passes over the data); for gradient descent, iterations. */
  epochs: number;
  /** Step size; 0.1 by default, as the book's neurons. */
  learningRate?: number;
  /** Examples per update, for mini-batch trainers; 1 (online, as the book) by default. */
  batchSize?: number;
  /** Visit the examples in a new seeded order each epoch; false by default, as the book's scripts. */
  shuffle?: boolean;
  /** Seed of the shuffling `Random`; 42 by default. */
  seed?: number;
  /** What to minimise; mean squared error by default. */
  loss?: Loss;
  /** How parameters move given their gradient; the plain rule p ← p − learningRate · g by default. */
  optimizer?: Optimizer;
  /**
   * When SGD measures each batch's loss for the epoch's loss: 'beforeUpdate'
   * (the default: the loss the batch's gradient comes from, at no extra cost) or
   * 'afterUpdate' (the Theory on Learning chapter's SGD script: the batch's loss
   * again once the batch has updated the parameters, one more forward pass per
   * batch). Gradient descent always records the loss after its update.
   */
  measureLoss?: LossMeasure;
  /** The learning rate of each epoch, from `learningRate`; the same every epoch by default. */
  schedule?: LearningRateSchedule;
  /** Rows never trained on, whose loss (and accuracy) is measured after every epoch. */
  validationData?: TrainingData;
  /** Or: hold out this share of the data, in (0, 1), picked with `new Random(seed)`, to validate on. */
  validationFraction?: number;
  /** Stop once a monitored value has not improved for `patience` epochs (see `EarlyStoppingOptions`). */
  earlyStopping?: EarlyStoppingOptions;
}

/** The two moments at which SGD can measure a batch's loss (see `TrainerOptions.measureLoss`). */
export type LossMeasure = 'beforeUpdate' | 'afterUpdate';

const LOSS_MEASURES: readonly LossMeasure[] = ['beforeUpdate', 'afterUpdate'];

/** Settings after defaults and checks (the validation and early-stopping options have no default). */
export type TrainerSettings = Required<Omit<TrainerOptions, 'validationData' | 'validationFraction' | 'earlyStopping'>> &
  Pick<TrainerOptions, 'validationData' | 'validationFraction' | 'earlyStopping'>;

/** What a listener hears after each epoch. */
export interface EpochEvent {
  epoch: number;
  /** Mean loss per example over the epoch. */
  loss: number;
  /** Fraction predicted right, when the data has labels. */
  accuracy: number | undefined;
  /** Mean loss per validation row after the epoch, when there are validation rows. */
  validationLoss: number | undefined;
  /** Fraction of the validation rows predicted right, when they have labels. */
  validationAccuracy: number | undefined;
  /** The learning rate the epoch's steps used. */
  learningRate: number;
  /** Ends training after this epoch: `train` returns the history up to it. */
  stop(): void;
}

/** The record of a training run. */
export interface TrainingHistory {
  /** Mean loss per example, one per epoch. */
  loss: number[];
  /** Fraction predicted right per epoch; empty when the data has no labels. */
  accuracy: number[];
  /** Mean loss per validation row after each epoch; empty without validation rows. */
  validationLoss: number[];
  /** Fraction of the validation rows predicted right after each epoch; empty without validation rows or labels. */
  validationAccuracy: number[];
  /** The epoch after which a listener or early stopping asked to stop; undefined when none did. */
  stoppedAtEpoch: number | undefined;
  /**
   * With early stopping: the epoch of the best monitored value. With
   * `restoreBestWeights` (the default) the model ends with that epoch's
   * parameters, so its numbers are the history's at that epoch.
   */
  bestEpoch: number | undefined;
  elapsedMs: number;
}

export type EpochListener = (event: EpochEvent) => void;

/**
 * A training strategy: which rows make one step. The epoch loop, events,
 * history and safety checks are here; a subclass says what one epoch is
 * (`runEpoch`: the whole data set at once, mini-batches, …). How a step moves
 * the parameters is the optimizer's (`TrainerOptions.optimizer`).
 */
export abstract class Trainer {
  private readonly listeners = new Set<EpochListener>();

  /** Calls `listener` after every epoch; returns the function that unsubscribes it. */
  onEpoch(listener: EpochListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Trains `model` on `data`. Everything is checked before any parameter moves.
   * If the loss or a step stops being finite, throws `DivergenceError` and
   * leaves the model with its parameters from before that step.
   */
  train(model: TrainableModel, data: TrainingData, options: TrainerOptions): TrainingHistory {
    checkMethods('model', model, ['parameters', 'numberOfInputs', 'numberOfOutputs', 'forwardBatch', 'backwardBatch']);
    const settings = this.settingsFrom(options);
    const { training, validation } = validationSplit(data, settings);
    const run = new TrainingRun(model, packData(training, model), settings);
    const held = validation === undefined ? undefined : packData(validation, model);
    const stopping = settings.earlyStopping === undefined ? undefined : new EarlyStopping(settings.earlyStopping, monitorable(run.data, held));
    const history: TrainingHistory = {
      loss: [],
      accuracy: [],
      validationLoss: [],
      validationAccuracy: [],
      stoppedAtEpoch: undefined,
      bestEpoch: undefined,
      elapsedMs: 0,
    };
    const started = performance.now();
    // What a listener's `stop()` sets; made once per run, so a `stop` kept after the run changes nothing.
    // Stryker disable next-line ObjectLiteral: `{}` leaves `requested` undefined, as falsy as false until stop() sets it
    const stop = { requested: false };
    const requestStop = () => {
      stop.requested = true;
    };
    const quiet = held === undefined && stopping === undefined && this.listeners.size === 0;
    if (quiet && this.epochIsOnePassInOrder(run) && run.canTrainEpochsInPlace()) {
      run.trainEpochsInPlace(history);
      history.elapsedMs = performance.now() - started;
      return history;
    }
    for (let epoch = 1; epoch <= settings.epochs; epoch++) {
      run.startEpochNumber(epoch);
      this.runEpoch(run);
      const loss = run.epochLoss();
      if (!Number.isFinite(loss)) throw new DivergenceError(epoch, run.learningRate, loss);
      history.loss.push(loss);
      const accuracy = run.epochAccuracy();
      if (accuracy !== undefined) history.accuracy.push(accuracy);
      if (held !== undefined) recordValidation(history, run.evaluate(held));
      if (stopping?.observe(epoch, latest(history, stopping.monitor), run.parameters)) stop.requested = true;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: with no listener, tellListeners only builds an event nobody hears (the variants that skip the listeners there are, which the listener tests kill, are turned off with them)
      if (this.listeners.size > 0) this.tellListeners(epoch, run.learningRate, history, requestStop);
      if (stop.requested) {
        history.stoppedAtEpoch = epoch;
        break;
      }
    }
    if (stopping !== undefined) {
      stopping.restore(run.parameters);
      history.bestEpoch = stopping.bestEpoch;
    }
    history.elapsedMs = performance.now() - started;
    return history;
  }

  /** One epoch: every step of it, through `run` (`run.step`, or `computeGradient` then `applyGradient`). */
  protected abstract runEpoch(run: TrainingRun): void;

  /**
   * Whether `runEpoch` is `run.startEpoch()` then `run.stepThrough(run.data,
   * batchSize)`: one pass over the data in order. Then, when nothing looks at
   * the model between epochs, `train` may hand the model every epoch at once
   * (`TrainingRun.trainEpochsInPlace`), which gives the same bits; false by default.
   */
  // Stryker disable next-line BlockStatement: an empty body returns undefined, as falsy as false
  protected epochIsOnePassInOrder(_run: TrainingRun): boolean {
    return false;
  }

  /** Applies defaults and checks every option. */
  protected settingsFrom(options: TrainerOptions): TrainerSettings {
    checkOptions('trainer options', options);
    const settings: TrainerSettings = {
      epochs: options.epochs,
      learningRate: options.learningRate ?? 0.1,
      batchSize: options.batchSize ?? 1,
      shuffle: options.shuffle ?? false,
      seed: options.seed ?? 42,
      loss: options.loss ?? new MeanSquaredError(),
      optimizer: options.optimizer ?? new PlainStep(),
      measureLoss: options.measureLoss ?? 'beforeUpdate',
      schedule: options.schedule ?? new ConstantSchedule(),
      validationData: options.validationData,
      validationFraction: options.validationFraction,
      earlyStopping: options.earlyStopping,
    };
    checkEpochs('epochs', settings.epochs);
    checkLearningRate(settings.learningRate);
    checkPositiveInteger('batch size', settings.batchSize);
    if (!LOSS_MEASURES.includes(settings.measureLoss)) {
      throw new InvalidArgumentError('measureLoss', `must be 'beforeUpdate' or 'afterUpdate', got ${describeValue(settings.measureLoss)}`);
    }
    if (typeof settings.shuffle !== 'boolean') throw new InvalidArgumentError('shuffle', `must be true or false, got ${describeValue(settings.shuffle)}`);
    checkMethods('loss', settings.loss, ['batchValueAndGradient', 'batchValue', 'term', 'termGradient', 'scaleFor']);
    checkMethods('optimizer', settings.optimizer, ['step', 'isPlainStep']);
    new Random(settings.seed); // checks the seed now rather than mid-training
    if (typeof settings.schedule.rateAt !== 'function') {
      throw new InvalidArgumentError('schedule', `must be a LearningRateSchedule (e.g. new StepSchedule(10)), got ${String(settings.schedule)}`);
    }
    if (settings.earlyStopping !== undefined && (typeof settings.earlyStopping !== 'object' || settings.earlyStopping === null)) {
      throw new InvalidArgumentError('earlyStopping', `must be an object such as { patience: 10 }, got ${String(settings.earlyStopping)}`);
    }
    return settings;
  }

  /** Calls each listener with the epoch's numbers; a listener's `stop()` ends training after this epoch. */
  private tellListeners(epoch: number, learningRate: number, history: TrainingHistory, stop: () => void): void {
    const event: EpochEvent = {
      epoch,
      loss: history.loss.at(-1)!,
      accuracy: history.accuracy[epoch - 1],
      validationLoss: history.validationLoss[epoch - 1],
      validationAccuracy: history.validationAccuracy[epoch - 1],
      learningRate,
      stop,
    };
    for (const listener of this.listeners) listener(event);
  }
}

/** What the run's rows offer early stopping to watch. */
function monitorable(training: PackedData, validation: PackedData | undefined) {
  return { validation: validation !== undefined, labels: training.labels !== undefined && (validation === undefined || validation.labels !== undefined) };
}

function recordValidation(history: TrainingHistory, { loss, accuracy }: { loss: number; accuracy: number | undefined }): void {
  history.validationLoss.push(loss);
  if (accuracy !== undefined) history.validationAccuracy.push(accuracy);
}

/** The last recorded value of `monitor`. */
function latest(history: TrainingHistory, monitor: MonitoredValue): number {
  return history[monitor].at(-1)!;
}
