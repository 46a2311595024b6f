import { DivergenceError, InvalidArgumentError } from '../errors.js';
import { checkLearningRate, checkPositiveInteger } from '../util/validate.js';
import { Random } from '../core/random.js';
import { packData, type PackedData, type TrainingData } from './dataset.js';
import type { Loss } from './losses/loss.js';
import { MeanSquaredError } from './losses/mean-squared-error.js';
import type { TrainableModel } from './trainable-model.js';

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
  /**
   * When SGD measures each batch's loss for the epoch's loss: 'beforeUpdate'
   * (the default: the loss the batch's gradient comes from, at no extra cost) or
   * 'afterUpdate' (the Theory on Learning chapter's SGD script: the batch's loss
   * again once the batch has updated the parameters, one more forward pass per
   * batch). Gradient descent always records the loss after its update.
   */
  measureLoss?: LossMeasure;
}

/** The two moments at which SGD can measure a batch's loss (see `TrainerOptions.measureLoss`). */
export type LossMeasure = 'beforeUpdate' | 'afterUpdate';

const LOSS_MEASURES: readonly LossMeasure[] = ['beforeUpdate', 'afterUpdate'];

/** Settings after defaults and checks. */
export type TrainerSettings = Required<TrainerOptions>;

/** What a listener hears after each epoch. */
export interface EpochEvent {
  epoch: number;
  /** Mean loss per example over the epoch. */
  loss: number;
  /** Fraction predicted right, when the data has labels. */
  accuracy: number | undefined;
}

/** The record of a training run. */
export interface TrainingHistory {
  /** Mean loss per example, one per epoch. */
  loss: number[];
  /** Fraction predicted right per epoch; empty when the data has no labels. */
  accuracy: number[];
  elapsedMs: number;
}

export type EpochListener = (event: EpochEvent) => void;

/**
 * A training strategy: the epoch loop, events, history and safety checks are
 * here; a subclass says what one epoch is (`runEpoch`), and may change how
 * parameters move (`updateParameters`, the optimizer's `step` in PyTorch).
 * A new optimizer is one subclass registered in the container.
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
   * If the loss or a gradient stops being finite, throws `DivergenceError` and
   * leaves the model with its last finite parameters.
   */
  train(model: TrainableModel, data: TrainingData, options: TrainerOptions): TrainingHistory {
    const settings = this.settingsFrom(options);
    const run = new TrainingRun(model, packData(data, model), settings);
    const history: TrainingHistory = { loss: [], accuracy: [], elapsedMs: 0 };
    const started = performance.now();
    this.beforeTraining(run.parameters);
    for (let epoch = 1; epoch <= settings.epochs; epoch++) {
      run.epoch = epoch;
      const result = this.runEpoch(run, epoch);
      if (!Number.isFinite(result.loss)) throw new DivergenceError(epoch, settings.learningRate, result.loss);
      history.loss.push(result.loss);
      if (result.accuracy !== undefined) history.accuracy.push(result.accuracy);
      if (this.listeners.size > 0) this.tellListeners({ epoch, ...result }, history, started);
    }
    history.elapsedMs = performance.now() - started;
    return history;
  }

  /** Keeps `elapsedMs` current for listeners that read the history, then calls each. */
  private tellListeners(event: EpochEvent, history: TrainingHistory, started: number): void {
    history.elapsedMs = performance.now() - started;
    for (const listener of this.listeners) listener(event);
  }

  /** One epoch: update the parameters and say the epoch's mean loss (and accuracy). */
  protected abstract runEpoch(run: TrainingRun, epoch: number): EpochResult;

  /** Called once before the first epoch: a place to set up per-parameter state. */
  protected beforeTraining(_parameters: readonly Float64Array[]): void {}

  /** Moves every parameter against its gradient: p ← p − learningRate · g. */
  protected updateParameters(parameters: readonly Float64Array[], gradients: readonly Float64Array[], learningRate: number): void {
    for (let k = 0; k < parameters.length; k++) {
      const p = parameters[k]!;
      const g = gradients[k]!;
      for (let i = 0; i < p.length; i++) p[i]! -= learningRate * g[i]!;
    }
  }

  /** Checks the gradient of the last `run.computeGradient`, then lets `updateParameters` apply it. */
  protected applyGradient(run: TrainingRun): void {
    if (!run.lastBatchIsFinite()) {
      throw new DivergenceError(run.epoch, run.settings.learningRate, run.lastBatchLoss);
    }
    this.updateParameters(run.parameters, run.gradients, run.settings.learningRate);
  }

  /**
   * Whether this trainer moves parameters by the plain rule p ← p − learningRate · g
   * (it overrides neither `applyGradient` nor `updateParameters`), so that a model
   * may apply the rule itself, in place. An optimizer with state (momentum, Adam)
   * overrides `updateParameters` and so always gets the gradient buffer.
   */
  protected updatesByPlainRule(): boolean {
    return this.applyGradient === Trainer.prototype.applyGradient && this.updateParameters === Trainer.prototype.updateParameters;
  }

  /** Applies defaults and checks every option. */
  protected settingsFrom(options: TrainerOptions): TrainerSettings {
    const settings: TrainerSettings = {
      epochs: options.epochs,
      learningRate: options.learningRate ?? 0.1,
      batchSize: options.batchSize ?? 1,
      shuffle: options.shuffle ?? false,
      seed: options.seed ?? 42,
      loss: options.loss ?? new MeanSquaredError(),
      measureLoss: options.measureLoss ?? 'beforeUpdate',
    };
    checkPositiveInteger('epochs', settings.epochs);
    checkLearningRate(settings.learningRate);
    checkPositiveInteger('batch size', settings.batchSize);
    if (!LOSS_MEASURES.includes(settings.measureLoss)) {
      throw new InvalidArgumentError('measureLoss', `must be 'beforeUpdate' or 'afterUpdate', got ${String(settings.measureLoss)}`);
    }
    new Random(settings.seed); // checks the seed now rather than mid-training
    return settings;
  }
}

/** An epoch's mean loss and, with labels, accuracy. */
export interface EpochResult {
  loss: number;
  accuracy: number | undefined;
}

/**
 * The state of one `train` call: the model, the packed data, and every buffer
 * the loop needs, allocated once. `computeGradient` is the one place where a
 * batch is fed forward and backpropagated.
 */
export class TrainingRun {
  readonly parameters: readonly Float64Array[];
  readonly gradients: Float64Array[];
  private readonly allGradients: Float64Array;
  readonly size: number;
  epoch = 0;
  private lastBatchSum = 0;
  private lastBatchCount = 1;
  private readonly outputGradients: Float64Array;
  private readonly width: number;
  private lossSum = 0;
  private correct = 0;
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
  }

  /**
   * The data in a new seeded order (rows moved together), for shuffling
   * trainers. The copies are made once per run and reused every epoch.
   */
  shuffledData(): PackedData {
    this.shuffled ??= new ShuffledCopy(this.data, this.settings.seed);
    return this.shuffled.reshuffle();
  }

  /** The mean loss of the last batch (divided only when asked: the hot loop never needs it). */
  get lastBatchLoss(): number {
    return this.lastBatchSum / this.lastBatchCount;
  }

  /** Starts counting the loss and accuracy of a new epoch. */
  startEpoch(): void {
    this.lossSum = 0;
    this.correct = 0;
  }

  /** The epoch's mean loss and accuracy so far, over `size` examples. */
  epochResult(): EpochResult {
    return {
      loss: this.lossSum / this.size,
      accuracy: this.data.labels === undefined ? undefined : this.correct / this.size,
    };
  }

  /**
   * Sets `gradients` to the gradient of the mean loss over rows `offset…offset+count`
   * of `inputs`/`targets` (the packed data, or a shuffled copy) and adds the
   * batch's loss and hits to the epoch's.
   */
  computeGradient(
    offset: number,
    count: number,
    inputs: Float64Array = this.data.inputs,
    targets: Float64Array = this.data.targets,
    labels: Int32Array | undefined = this.data.labels,
  ): void {
    // The gradient of the batch's mean: the loss scales by 1/count as it writes (one pass fewer).
    const { model } = this;
    const loss =
      labels === undefined && model.lossAndGradient !== undefined
        ? model.lossAndGradient(inputs, targets, offset, count, this.settings.loss, this.gradients, 1 / count)
        : this.forwardLossBackward(inputs, targets, labels, offset, count);
    this.recordBatchLoss(loss, count);
  }

  /**
   * One step with the plain rule p ← p − learningRate · g over rows
   * `offset…offset+count`, applied by the model in place, as the book's `train`
   * does: no gradient buffer to zero, fill, check and apply. A line descends a
   * whole batch (`descend`); a network updates online (`updateOnline`, one row).
   * Returns false, with nothing changed, when the loss or a step is not finite.
   */
  stepInPlace(offset: number, count: number, inputs: Float64Array, targets: Float64Array, labels: Int32Array | undefined): boolean {
    const { model, settings } = this;
    if (this.descendsBatches(labels)) {
      const loss = model.descend!(inputs, targets, offset, count, settings.loss, settings.learningRate);
      this.recordBatchLoss(loss, count);
      return !Number.isNaN(loss);
    }
    const outputs = model.forwardBatch(inputs, offset, 1);
    const loss = settings.loss.batchValueAndGradient(outputs, targets, offset, 1, this.width, this.outputGradients);
    if (labels !== undefined) this.correct += countCorrect(outputs, labels, offset, 1, this.width);
    this.recordBatchLoss(loss, 1);
    return Number.isFinite(loss) && model.updateOnline!(inputs, offset, this.outputGradients, settings.learningRate);
  }

  /** Whether the model can take `stepInPlace` with batches of `batchSize`. */
  canStepInPlace(batchSize: number): boolean {
    return this.descendsBatches(this.data.labels) || (batchSize === 1 && this.model.updateOnline !== undefined);
  }

  /** Whether `stepInPlace` uses the model's `descend`: not with labels, whose accuracy needs the outputs `descend` keeps to itself. */
  private descendsBatches(labels: Int32Array | undefined): boolean {
    return this.model.descend !== undefined && labels === undefined;
  }

  /** Notes a batch's summed loss, for the epoch's mean and for `lastBatchLoss`. */
  private recordBatchLoss(loss: number, count: number): void {
    this.lastBatchSum = loss;
    this.lastBatchCount = count;
    this.lossSum += loss;
  }

  /** The general path: the model's forward pass, the loss, the model's backward pass; returns the batch's loss. */
  private forwardLossBackward(
    inputs: Float64Array,
    targets: Float64Array,
    labels: Int32Array | undefined,
    offset: number,
    count: number,
  ): number {
    zero(this.allGradients);
    const outputs = this.model.forwardBatch(inputs, offset, count);
    const loss = this.settings.loss.batchValueAndGradient(outputs, targets, offset, count, this.width, this.outputGradients, 1 / count);
    if (labels !== undefined) this.correct += countCorrect(outputs, labels, offset, count, this.width);
    this.model.backwardBatch(inputs, offset, count, this.outputGradients, this.gradients);
    return loss;
  }

  /** Whether the last batch's loss and every gradient entry are finite. */
  lastBatchIsFinite(): boolean {
    if (!Number.isFinite(this.lastBatchSum)) return false;
    // Entry by entry, with no running sum: a sum is a chain of dependent additions,
    // several times slower than independent tests on a long gradient.
    const g = this.allGradients;
    for (let i = 0; i < g.length; i++) if (!Number.isFinite(g[i]!)) return false;
    return true;
  }
}

/**
 * Sets every entry to 0. `fill` is a memset, the fastest way for long arrays, but
 * calling it costs more than a few plain stores, and small models zero their
 * gradients once per example.
 */
function zero(values: Float64Array): void {
  if (values.length > 32) values.fill(0);
  else for (let i = 0; i < values.length; i++) values[i] = 0;
}

/** Examples whose largest output (or, with one output, output ≥ 0.5) is their label. */
function countCorrect(outputs: Float64Array, labels: Int32Array, offset: number, count: number, width: number): number {
  let correct = 0;
  for (let r = 0; r < count; r++) {
    let predicted = 0;
    if (width === 1) {
      predicted = outputs[r]! >= 0.5 ? 1 : 0;
    } else {
      for (let j = 1; j < width; j++) if (outputs[r * width + j]! > outputs[r * width + predicted]!) predicted = j;
    }
    if (predicted === labels[offset + r]) correct++;
  }
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
