import { describeValue, DivergenceError, InvalidArgumentError } from '../errors.js';
import { checkEpochs, checkLearningRate, checkMethods, checkOptions, checkPositiveInteger } from '../util/validate.js';
import { Random } from '../core/random.js';
import type { LossAtOutputs } from '../core/dense.js';
import { predictedClass, type Rows, type Tally } from '../core/rows.js';
import { packData, type PackedData, type TrainingData } from './dataset.js';
import { EarlyStopping, type EarlyStoppingOptions, type MonitoredValue } from './early-stopping.js';
import type { Loss } from './losses/loss.js';
import { MeanSquaredError } from './losses/mean-squared-error.js';
import type { Optimizer } from './optimizers/optimizer.js';
import { PlainStep } from './optimizers/plain-step.js';
import { ConstantSchedule } from './schedules/constant.js';
import type { LearningRateSchedule } from './schedules/schedule.js';
import type { TrainableModel } from './trainable-model.js';
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
    const stop = { requested: false };
    const requestStop = () => {
      stop.requested = true;
    };
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
    if (typeof settings.schedule?.rateAt !== 'function') {
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

/**
 * The state of one `train` call: the model, the packed data, and every buffer
 * the loop needs, allocated once. `step` and `stepThrough` are the one place
 * that decides how a step is taken: in place by the model (the book's way, when
 * the optimizer is the plain rule and the model can) or through a gradient
 * buffer and the optimizer.
 */
export class TrainingRun {
  readonly parameters: readonly Float64Array[];
  readonly gradients: Float64Array[];
  readonly size: number;
  epoch = 0;
  /** The learning rate of the current epoch (the schedule's). */
  learningRate: number;
  private readonly allGradients: Float64Array;
  private readonly width: number;
  private readonly outputGradients: Float64Array;
  private readonly inPlace: 'online' | 'batches' | undefined;
  // The range of rows being worked on, reused: no allocation per step.
  private readonly rows: Rows;
  private readonly lossAtOutputs: LossAtOutputs;
  private readonly tally: Tally = { loss: 0, correct: 0 };
  private backup: Float64Array | undefined;
  private lastBatchLoss = 0;
  private shuffled: ShuffledCopy | undefined;

  constructor(
    readonly model: TrainableModel,
    readonly data: PackedData,
    readonly settings: TrainerSettings,
  ) {
    this.parameters = model.parameters();
    // One buffer for every gradient entry, seen per parameter array through views:
    // checking a gradient is then one loop over one array.
    this.allGradients = new Float64Array(this.parameters.reduce((length, p) => length + p.length, 0));
    let start = 0;
    this.gradients = this.parameters.map((p) => this.allGradients.subarray(start, (start += p.length)));
    this.width = model.numberOfOutputs();
    this.size = data.size;
    this.outputGradients = new Float64Array(this.width * data.size);
    this.rows = { inputs: data.inputs, targets: data.targets, labels: data.labels, offset: 0, count: data.size };
    this.lossAtOutputs = { loss: settings.loss, targets: data.targets, gradientScale: 1 };
    this.inPlace = this.inPlaceStepping();
    this.learningRate = settings.learningRate;
  }

  /**
   * Sets the epoch number and its learning rate, before the epoch's steps.
   * @throws InvalidArgumentError naming `schedule` when it gives a rate that is not a finite number ≥ 0.
   */
  startEpochNumber(epoch: number): void {
    const { schedule, learningRate, epochs } = this.settings;
    const rate = schedule.rateAt(epoch, learningRate, epochs);
    if (typeof rate !== 'number' || !(rate >= 0 && Number.isFinite(rate))) {
      throw new InvalidArgumentError('schedule', `gave the learning rate ${String(rate)} for epoch ${epoch}; a rate must be a finite number ≥ 0`);
    }
    this.epoch = epoch;
    this.learningRate = rate;
  }

  /** The mean loss per row of `data` and, with labels, the fraction predicted right, with the parameters as they are now. */
  evaluate(data: PackedData): { loss: number; accuracy: number | undefined } {
    const outputs = this.model.forwardBatch(this.rowsOf(data, 0, data.size));
    const loss = this.settings.loss.batchValue(outputs, data.targets, 0, data.size, this.width) / data.size;
    const labels = data.labels;
    return { loss, accuracy: labels === undefined ? undefined : countCorrect(outputs, labels, 0, data.size, this.width) / data.size };
  }

  /**
   * How steps are taken in place, decided once: a model that can apply the
   * plain rule itself does, with no gradient buffer. `descend` keeps the outputs
   * to itself, so data with labels (accuracy) takes the general path.
   */
  private inPlaceStepping(): 'online' | 'batches' | undefined {
    const { model, settings, data } = this;
    if (!settings.optimizer.isPlainStep()) return undefined;
    if (model.descend !== undefined && data.labels === undefined) return 'batches';
    if (model.trainOnline !== undefined && settings.batchSize === 1) return 'online';
    return undefined;
  }

  /**
   * Every step of an epoch through `data` (the packed data, or a shuffled copy)
   * in batches of `batchSize`, in order. An online model takes the whole pass
   * in one call. With `measureLoss: 'afterUpdate'` the epoch's loss is, as the
   * chapter's SGD script adds it up, Σ over the batches of (the batch's loss
   * after its own update) / N.
   * @throws DivergenceError when the loss or a step is not finite (that step changed nothing).
   */
  stepThrough(data: PackedData, batchSize: number): void {
    const afterEachUpdate = this.settings.measureLoss === 'afterUpdate';
    if (this.inPlace === 'online' && !afterEachUpdate) {
      const loss = this.settings.loss;
      if (!this.model.trainOnline!(this.rowsOf(data, 0, this.size), loss, this.learningRate, this.tally)) this.diverged();
      return;
    }
    let lossAfterUpdates = 0;
    const rows = this.rowsOf(data, 0, batchSize); // the arrays set once; each batch moves the range
    for (let offset = 0; offset < this.size; offset += batchSize) {
      rows.offset = offset;
      rows.count = Math.min(batchSize, this.size - offset);
      this.stepRows(rows);
      if (afterEachUpdate) lossAfterUpdates += this.lossOf(offset, rows.count, data) / this.size;
    }
    if (afterEachUpdate) this.tally.loss = lossAfterUpdates * this.size;
  }

  /**
   * One step on rows `offset…offset+count` of `data`, adding the batch's loss
   * and hits to the epoch's.
   * @throws DivergenceError when the loss or the step is not finite (nothing moved).
   */
  step(offset: number, count: number, data: PackedData = this.data): void {
    this.stepRows(this.rowsOf(data, offset, count));
  }

  /** `step` on a range of rows already set up. */
  private stepRows(rows: Rows): void {
    if (this.inPlace === 'online') {
      if (!this.model.trainOnline!(rows, this.settings.loss, this.learningRate, this.tally)) this.diverged();
    } else if (this.inPlace === 'batches') {
      const loss = this.model.descend!(rows, this.settings.loss, this.learningRate);
      this.recordBatchLoss(loss);
      if (Number.isNaN(loss)) this.diverged();
    } else {
      this.computeGradientOf(rows);
      this.applyGradient();
    }
  }

  /** The data in a new seeded order (rows moved together), made once per run and reused. */
  shuffledData(): PackedData {
    this.shuffled ??= new ShuffledCopy(this.data, this.settings.seed);
    return this.shuffled.reshuffle();
  }

  /** Starts counting the loss and accuracy of a new epoch. */
  startEpoch(): void {
    this.tally.loss = 0;
    this.tally.correct = 0;
  }

  /** The epoch's mean loss so far, over `size` examples. */
  epochLoss(): number {
    return this.tally.loss / this.size;
  }

  /** The epoch's fraction of rows predicted right so far; undefined without labels. */
  epochAccuracy(): number | undefined {
    return this.data.labels === undefined ? undefined : this.tally.correct / this.size;
  }

  /**
   * Sets `gradients` to the gradient of the mean loss over rows
   * `offset…offset+count` of `data` and adds the batch's loss and hits to the epoch's.
   */
  computeGradient(offset: number, count: number, data: PackedData = this.data): void {
    this.computeGradientOf(this.rowsOf(data, offset, count));
  }

  private computeGradientOf(rows: Rows): void {
    const { model, settings } = this;
    const { offset, count } = rows;
    let loss: number;
    if (rows.labels === undefined && model.lossAndGradient !== undefined) {
      // The gradient of the batch's mean: the loss scales by 1/count as it writes.
      loss = model.lossAndGradient(rows, settings.loss, this.gradients, 1 / count);
    } else {
      const outputs = model.forwardBatch(rows);
      loss = settings.loss.batchValueAndGradient(outputs, rows.targets, offset, count, this.width, this.outputGradients, 1 / count);
      if (rows.labels !== undefined) this.tally.correct += countCorrect(outputs, rows.labels, offset, count, this.width);
      const lossAtOutputs = this.lossAtOutputs;
      lossAtOutputs.targets = rows.targets;
      lossAtOutputs.gradientScale = 1 / count;
      model.backwardBatch(rows, this.outputGradients, this.gradients, lossAtOutputs);
    }
    this.recordBatchLoss(loss);
  }

  /**
   * Lets the optimizer move the parameters by the last `computeGradient`'s
   * gradient, keeping their values from before the step if any new one is not finite.
   * @throws DivergenceError when the loss, the gradient or a new parameter is not finite.
   */
  applyGradient(): void {
    if (!this.lastBatchIsFinite()) this.diverged();
    const backup = this.copyOfParameters();
    this.settings.optimizer.step(this.parameters, this.gradients, this.learningRate);
    if (!this.parametersAreFinite()) {
      this.restoreParameters(backup);
      this.diverged();
    }
  }

  /** The summed loss of rows `offset…offset+count` of `data` with the parameters as they are now. */
  private lossOf(offset: number, count: number, data: PackedData): number {
    const outputs = this.model.forwardBatch(this.rowsOf(data, offset, count));
    return this.settings.loss.batchValue(outputs, data.targets, offset, count, this.width);
  }

  /** `rows`, pointed at rows `offset…offset+count` of `data`. */
  private rowsOf(data: PackedData, offset: number, count: number): Rows {
    const rows = this.rows;
    rows.inputs = data.inputs;
    rows.targets = data.targets;
    rows.labels = data.labels;
    rows.offset = offset;
    rows.count = count;
    return rows;
  }

  private diverged(): never {
    throw new DivergenceError(this.epoch, this.learningRate, this.lastBatchLoss);
  }

  /** Notes a batch's summed loss, for the epoch's mean and for a divergence report. */
  private recordBatchLoss(loss: number): void {
    this.lastBatchLoss = loss;
    this.tally.loss += loss;
  }

  /** Whether the last batch's loss and every gradient entry are finite. */
  private lastBatchIsFinite(): boolean {
    if (!Number.isFinite(this.lastBatchLoss)) return false;
    // Entry by entry, with no running sum: independent tests are faster than a chain of additions.
    const g = this.allGradients;
    for (let i = 0; i < g.length; i++) if (!Number.isFinite(g[i]!)) return false;
    return true;
  }

  private copyOfParameters(): Float64Array {
    this.backup ??= new Float64Array(this.allGradients.length);
    let at = 0;
    for (const p of this.parameters) {
      this.backup.set(p, at);
      at += p.length;
    }
    return this.backup;
  }

  private restoreParameters(backup: Float64Array): void {
    let at = 0;
    for (const p of this.parameters) {
      p.set(backup.subarray(at, at + p.length));
      at += p.length;
    }
  }

  private parametersAreFinite(): boolean {
    for (const p of this.parameters) for (let i = 0; i < p.length; i++) if (!Number.isFinite(p[i]!)) return false;
    return true;
  }
}

/** How many of `count` rows of outputs predict their label. */
function countCorrect(outputs: Float64Array, labels: Int32Array, offset: number, count: number, width: number): number {
  let correct = 0;
  for (let r = 0; r < count; r++) if (predictedClass(outputs, r * width, width) === labels[offset + r]) correct++;
  return correct;
}
/** A copy of the packed data that reorders itself with the book's `Random`. */
class ShuffledCopy {
  private readonly random: Random;
  private readonly order: Int32Array;
  private readonly copy: PackedData;

  constructor(
    private readonly source: PackedData,
    seed: number,
  ) {
    this.random = new Random(seed);
    this.order = Int32Array.from({ length: source.size }, (_, i) => i);
    this.copy = {
      size: source.size,
      inputs: new Float64Array(source.inputs.length),
      targets: new Float64Array(source.targets.length),
      labels: source.labels && new Int32Array(source.labels.length),
    };
  }

  reshuffle(): PackedData {
    this.random.shuffleInPlace(this.order);
    const inWidth = this.source.inputs.length / this.source.size;
    const outWidth = this.source.targets.length / this.source.size;
    this.order.forEach((from, to) => {
      this.copy.inputs.set(this.source.inputs.subarray(from * inWidth, (from + 1) * inWidth), to * inWidth);
      this.copy.targets.set(this.source.targets.subarray(from * outWidth, (from + 1) * outWidth), to * outWidth);
      if (this.copy.labels) this.copy.labels[to] = this.source.labels![from]!;
    });
    return this.copy;
  }
}
