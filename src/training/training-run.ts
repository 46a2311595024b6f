import { DivergenceError, InvalidArgumentError } from '../errors.js';
import type { LossAtOutputs } from '../core/dense.js';
import { predictedClass, type EpochTotals, type Rows, type Tally } from '../core/rows.js';
import type { PackedData } from './dataset.js';
import { ShuffledCopy } from './shuffled-copy.js';
import type { TrainableModel } from './trainable-model.js';
import type { TrainerSettings, TrainingHistory } from './trainer.js';

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
    // Stryker disable next-line ObjectLiteral: `rows` is only read through rowsOf, which sets all five fields first
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
    if (!(rate >= 0 && Number.isFinite(rate))) {
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
  // Stryker disable next-line BlockStatement: an empty body returns undefined, the general path, which gives the fast paths' bits (test/training/fast-paths.test.ts) and the same DivergenceError (divergence-fields.test.ts)
  private inPlaceStepping(): 'online' | 'batches' | undefined {
    const { model, settings, data } = this;
    // Stryker disable next-line ConditionalExpression: `true` always takes the general path, which gives the fast paths' bits (test/training/fast-paths.test.ts) and the same DivergenceError (divergence-fields.test.ts); the `false` variant (in place under another optimizer), which the optimizer tests kill, is turned off with it
    if (!settings.optimizer.isPlainStep()) return undefined;
    // Stryker disable next-line ConditionalExpression,StringLiteral: `false`, or '' for 'batches', takes the general path, which gives descend's bits and the same DivergenceError (fast-paths, divergence-fields tests); the variants that take descend with labels or without descend, which recorded-accuracy and the trainer tests kill, are turned off with them
    if (model.descend !== undefined && data.labels === undefined) return 'batches';
    // Stryker disable next-line ConditionalExpression,StringLiteral: `false`, or '' for 'online', takes the general path, which gives trainOnline's bits and the same DivergenceError (fast-paths, divergence-fields tests); the variants that take trainOnline without it or in batches, which the trainer tests kill, are turned off with them
    if (model.trainOnline !== undefined && settings.batchSize === 1) return 'online';
    return undefined;
  }

  /**
   * Whether the whole run can be handed to the model in a few calls
   * (`trainEpochsInPlace`): online steps in place, the loss measured before
   * each update, and the same rate every epoch. The trainer adds what only it
   * knows: that its epoch is one pass over the data in order, and that nothing
   * (a listener, validation, early stopping) looks at the model between epochs.
   */
  canTrainEpochsInPlace(): boolean {
    const { model, settings } = this;
    return this.inPlace === 'online' && model.trainOnlineEpochs !== undefined && settings.measureLoss === 'beforeUpdate' && settings.schedule.isConstant();
  }

  /**
   * Every epoch of the run, by `trainOnlineEpochs` over the data in order, a
   * block of epochs per call: what as many `startEpoch` and `stepThrough(data, 1)`
   * give, the same bits. Records each epoch's loss (and accuracy) in `history`.
   * @throws DivergenceError as those epochs would: at a refused example, or after an epoch whose loss is not finite.
   */
  trainEpochsInPlace(history: Pick<TrainingHistory, 'loss' | 'accuracy'>): void {
    const { epochs, loss } = this.settings;
    const block = this.epochsPerCall();
    const totals: EpochTotals = { losses: new Float64Array(block), correct: new Float64Array(block) };
    for (let first = 1; first <= epochs; first += block) {
      const count = Math.min(block, epochs - first + 1);
      const ran = this.model.trainOnlineEpochs!(this.rowsOf(this.data, 0, this.size), loss, this.learningRate, count, totals);
      for (let e = 0; e < ran; e++) {
        this.epoch = first + e;
        const epochLoss = totals.losses[e]! / this.size;
        if (!Number.isFinite(epochLoss)) throw new DivergenceError(this.epoch, this.learningRate, epochLoss);
        history.loss.push(epochLoss);
        if (this.data.labels !== undefined) history.accuracy.push(totals.correct[e]! / this.size);
      }
      if (ran < count) {
        this.epoch = first + ran;
        this.lastBatchLoss = totals.refusedLoss ?? Number.NaN;
        this.diverged();
      }
    }
  }

  /**
   * How many epochs `trainEpochsInPlace` hands the model per call: up to 1024,
   * and no more than about 2²⁰ multiply-adds (rows × parameters per epoch), at
   * least one. A call whose run diverges plays its epochs again to find the
   * step that failed; a large network gets one epoch per call, so that replay
   * never costs more than an epoch or a few milliseconds.
   */
  private epochsPerCall(): number {
    const workPerEpoch = this.size * this.allGradients.length;
    return Math.max(1, Math.min(this.settings.epochs, EPOCHS_PER_CALL, Math.floor(WORK_PER_CALL / workPerEpoch)));
  }

  /**
   * Every step of an epoch through `data` (the packed data, or a shuffled copy)
   * in batches of `batchSize`, in order. A model that steps in place
   * (`trainOnline`, `descend`) takes the whole pass in one call. With `measureLoss: 'afterUpdate'` the epoch's loss is, as the
   * chapter's SGD script adds it up, Σ over the batches of (the batch's loss
   * after its own update) / N.
   * @throws DivergenceError when the loss or a step is not finite (that step changed nothing).
   */
  stepThrough(data: PackedData, batchSize: number): void {
    const afterEachUpdate = this.settings.measureLoss === 'afterUpdate';
    // Stryker disable next-line ConditionalExpression,BlockStatement: without this one call for the epoch the loop below steps in place once per row or batch, the same steps and the same sums in the same order; the variants that step in place without a model method or with measureLoss 'afterUpdate', which the trainer and sgd-loss-measure tests kill, are turned off with them
    if (this.inPlace !== undefined && !afterEachUpdate) {
      this.stepInPlace(this.rowsOf(data, 0, this.size), batchSize);
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
    // Stryker disable next-line ConditionalExpression,BlockStatement: `false` or an empty block takes the general path for the rows, the same bits and DivergenceError (fast-paths, divergence-fields tests); the `true` variant, which calls a model method that is missing and which the tests kill, is turned off with them
    if (this.inPlace !== undefined) {
      this.stepInPlace(rows, rows.count);
      return;
    }
    this.computeGradientOf(rows);
    this.applyGradient();
  }

  /**
   * `rows` stepped through in place by the model's own method: `trainOnline`
   * (one example at a time) or `descend` (in batches of `batchSize`).
   * @throws DivergenceError when the model refuses a step (that step changed nothing).
   */
  private stepInPlace(rows: Rows, batchSize: number): void {
    const { model, settings, learningRate, tally } = this;
    const taken = this.inPlace === 'online' ? model.trainOnline!(rows, settings.loss, learningRate, tally) : model.descend!(rows, settings.loss, learningRate, batchSize, tally);
    if (!taken) this.refusedInPlace();
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
    // Stryker disable next-line ConditionalExpression: `false` takes forwardBatch, the loss and backwardBatch, which give lossAndGradient's bits (fast-paths tests); the variants that fuse with labels (no hits counted) or without lossAndGradient, which recorded-accuracy and the trainer tests kill, are turned off with it
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

  /** `trainOnline` or `descend` refused an example or a batch: its loss is the divergence's (NaN from a model that does not say). */
  private refusedInPlace(): never {
    this.lastBatchLoss = this.tally.refusedLoss ?? Number.NaN;
    this.diverged();
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

/** The most epochs per call of `trainEpochsInPlace`: enough that a call's cost vanishes, few enough that its totals stay small. */
const EPOCHS_PER_CALL = 1024;

/** The most multiply-adds (rows × parameters, per epoch) per call of `trainEpochsInPlace` (see `epochsPerCall`). */
const WORK_PER_CALL = 2 ** 20;

/** How many of `count` rows of outputs predict their label. */
function countCorrect(outputs: Float64Array, labels: Int32Array, offset: number, count: number, width: number): number {
  let correct = 0;
  for (let r = 0; r < count; r++) if (predictedClass(outputs, r * width, width) === labels[offset + r]) correct++;
  return correct;
}
