/**
 * `agile-neurons train`: the Data Classification chapter's recipe (chapter 5)
 * on any CSV. Shuffle with the book's seeded `Random`, split, fit min–max
 * scaling on the training rows, train a classifier (one output per class,
 * one-hot targets), report, save.
 */
import type { ActivationFunction } from '../activation/activation-function.js';
import { createActivation, createAnyActivation, type LayerActivation } from '../activation/index.js';
import { NNetwork } from '../core/nnetwork.js';
import { Normalization } from '../core/normalization.js';
import { oneHot } from '../core/one-hot.js';
import { Random } from '../core/random.js';
import type { DependencyContainer } from '../di.js';
import { InvalidArgumentError, UnknownNameError } from '../errors.js';
import { labelledRows, readLabelledCsv, type ColumnRef, type LabelledData } from '../io/csv.js';
import { checkWritable } from '../io/files.js';
import { saveModel } from '../io/model-file.js';
import { shuffleRows, splitByFraction, type Split } from '../io/split.js';
import { createLoss, createTrainer, optimizers } from '../training/index.js';
import type { Loss } from '../training/losses/loss.js';
import type { Optimizer } from '../training/optimizers/optimizer.js';
import type { Trainer, TrainingHistory } from '../training/trainer.js';
import { evaluateClassifier, type Evaluation } from './classify.js';
import { UsageError, type CliIo } from './cli-io.js';
import { csvOptions } from './csv-options.js';
import { inColumns, inFile } from './file-errors.js';
import { readDataFile } from './memory.js';
import { createProgressReporter, type ProgressReporter } from './progress.js';
import { formatAccuracy, formatConfusionMatrix } from './report.js';

/** Everything `train` was asked to do (the parsed command line). */
export interface TrainSettings {
  data: string;
  hidden: number[];
  activation: string;
  /** The output layer's activation: a neuron's (sigmoid) or a layer's (softmax). */
  outputActivation: string;
  loss: string;
  optimizer: string;
  trainer: string;
  batchSize: number;
  learningRate: number;
  epochs: number;
  seed: number;
  testFraction: number;
  /** Share of the training rows to validate on after every epoch. */
  validationFraction?: number;
  /** Patience of early stopping (epochs without improvement). */
  earlyStop?: number;
  /** Shuffle the rows before the split and in every epoch; false keeps the file's order (the book's first-rows split). */
  shuffle: boolean;
  label?: ColumnRef;
  /** Whether the file's first row is a header; detected when undefined (a row with no number in it). */
  header?: boolean;
  output?: string;
  curve?: string;
  quiet: boolean;
}

/** The registered pieces `train` names on its command line. */
export interface TrainingParts {
  activation: ActivationFunction;
  outputActivation: ActivationFunction | LayerActivation;
  loss: Loss;
  optimizer: Optimizer;
  trainer: Trainer;
}

/** One labelled row of raw features. */
export interface Example {
  features: number[];
  label: number;
}

/** A trained classifier and how it did. */
export interface TrainingOutcome {
  network: NNetwork;
  history: TrainingHistory;
  training: Evaluation;
  /** Undefined when no row was held out. */
  test: Evaluation | undefined;
}

/** Runs `train` end to end; writes the report to `io.stdout`, progress to `io.stderr`. */
export async function runTrain(settings: TrainSettings, io: CliIo, container: DependencyContainer): Promise<void> {
  const parts = resolveTrainingParts(settings);
  for (const target of [settings.output, settings.curve]) if (target !== undefined) await checkWritable(target);
  const data = await inFile(settings.data, async () => readLabelledCsv(await readDataFile(settings.data), csvOptions(settings)));
  checkClasses(data);
  const split = splitExamples(data, settings);
  io.stdout.write(describeData(settings.data, data, split, settings));

  const progress = createProgressReporter(io.stderr, settings.epochs, settings.quiet);
  const outcome = inColumns(settings.data, data, () => trainClassifier(split, data.classLabels.length, parts, settings, progress));
  io.stdout.write(describeOutcome(outcome, data.classLabels));

  const curve = settings.curve === undefined ? undefined : await renderLearningCurve(outcome.history, container, settings);
  if (settings.output !== undefined) {
    await saveModel(settings.output, outcome.network, { classLabels: data.classLabels });
    io.stdout.write(`saved the model to ${settings.output}\n`);
  }
  if (curve !== undefined) {
    await curve.save(settings.curve!);
    io.stdout.write(`saved the learning curve to ${settings.curve}\n`);
  }
}

/**
 * The activations, loss, optimizer and trainer named in `settings`.
 * @throws UsageError when a name is not registered (listing the known ones).
 */
export function resolveTrainingParts(
  settings: Pick<TrainSettings, 'activation' | 'outputActivation' | 'loss' | 'optimizer' | 'trainer'>,
): TrainingParts {
  try {
    return {
      activation: createActivation(settings.activation),
      outputActivation: createAnyActivation(settings.outputActivation),
      loss: createLoss(settings.loss),
      optimizer: optimizers.create(settings.optimizer),
      trainer: createTrainer(settings.trainer),
    };
  } catch (e) {
    if (e instanceof UnknownNameError) throw new UsageError(`${e.message.replace(/ Register it first\.$/, '')} (a --plugin can register more)`);
    throw e;
  }
}

/** The rows, shuffled with `Random(seed)` unless `shuffle` is false, then cut: the first round(N·(1 − testFraction)) train. */
export function splitExamples(data: LabelledData, settings: Pick<TrainSettings, 'testFraction' | 'seed' | 'shuffle'>): Split<Example> {
  const examples = data.features.map((features, i) => ({ features, label: data.labels[i]! }));
  const ordered = settings.shuffle ? shuffleRows(examples, settings.seed) : examples;
  const split = splitByFraction(ordered, 1 - settings.testFraction);
  if (split.train.length < 2) {
    throw new UsageError(
      `--test-fraction ${settings.testFraction} leaves ${split.train.length} training row${split.train.length === 1 ? '' : 's'} out of ${examples.length}; ` +
        'scaling the columns needs at least two: use a smaller fraction or more rows',
    );
  }
  return split;
}

/**
 * Fits min–max scaling on the training rows, builds the network (weights from
 * `Random(seed)`), trains it, and scores it on both parts of the split.
 */
export function trainClassifier(
  split: Split<Example>,
  classes: number,
  parts: TrainingParts,
  settings: Pick<TrainSettings, 'hidden' | 'seed' | 'epochs' | 'learningRate' | 'batchSize' | 'shuffle' | 'validationFraction' | 'earlyStop'>,
  progress: ProgressReporter,
): TrainingOutcome {
  const normalization = new Normalization();
  normalization.normalizeData(labelledRows({ features: split.train.map((e) => e.features), labels: split.train.map((e) => e.label) }));
  const inputs = normalization.min.length;
  const network = new NNetwork().configure(inputs, settings.hidden, classes, {
    activation: parts.activation,
    outputActivation: parts.outputActivation,
    random: new Random(settings.seed),
  });
  network.learningRate = settings.learningRate;
  network.normalization = normalization;

  const stopListening = parts.trainer.onEpoch((event) => progress.update(event));
  let history: TrainingHistory;
  try {
    history = parts.trainer.train(
      network,
      {
        inputs: split.train.map((e) => normalization.normalizeInputs(e.features)),
        targets: split.train.map((e) => oneHot(e.label, classes)),
        labels: split.train.map((e) => e.label),
      },
      {
        epochs: settings.epochs,
        learningRate: settings.learningRate,
        batchSize: settings.batchSize,
        shuffle: settings.shuffle,
        seed: settings.seed,
        loss: parts.loss,
        optimizer: parts.optimizer,
        ...(settings.validationFraction === undefined ? {} : { validationFraction: settings.validationFraction }),
        ...(settings.earlyStop === undefined ? {} : { earlyStopping: { patience: settings.earlyStop } }),
      },
    );
  } finally {
    stopListening();
    progress.stop();
  }
  const score = (examples: readonly Example[]): Evaluation =>
    evaluateClassifier(
      network,
      examples.map((e) => e.features),
      examples.map((e) => e.label),
    );
  return { network, history, training: score(split.train), test: split.test.length === 0 ? undefined : score(split.test) };
}

function checkClasses(data: LabelledData): void {
  if (data.classLabels.length < 2) {
    throw new InvalidArgumentError('labels', `every row has the label '${data.classLabels[0]}': a classifier needs at least two classes`);
  }
}

function describeData(path: string, data: LabelledData, split: Split<Example>, settings: TrainSettings): string {
  const order = settings.shuffle ? `shuffled with seed ${settings.seed}` : 'in file order';
  return (
    `read ${path}: ${data.features.length} rows, ${data.features[0]!.length} features, ` +
    `${data.classLabels.length} classes (${data.classLabels.join(', ')})\n` +
    `training on ${split.train.length} rows, testing on ${split.test.length} (${order})\n` +
    `network ${[data.features[0]!.length, ...settings.hidden, data.classLabels.length].join('-')}, ${settings.activation} hidden layers, ` +
    `${settings.outputActivation} outputs; trainer ${settings.trainer}, loss ${settings.loss}, optimizer ${settings.optimizer}, ` +
    `batch size ${settings.batchSize}, learning rate ${settings.learningRate}, ${settings.epochs} epochs` +
    describeValidation(settings) +
    '\n'
  );
}

function describeValidation(settings: TrainSettings): string {
  const validation = settings.validationFraction === undefined ? '' : `; ${settings.validationFraction} of the training rows validate`;
  return settings.earlyStop === undefined ? validation : `${validation}; early stopping after ${settings.earlyStop} epochs without improvement`;
}

function describeOutcome(outcome: TrainingOutcome, classLabels: readonly string[]): string {
  const { history } = outcome;
  const lines: string[] = [];
  if (history.stoppedAtEpoch !== undefined) {
    const best = history.bestEpoch === undefined ? '' : `; the weights of epoch ${history.bestEpoch}, the best, are kept`;
    lines.push(`stopped early after epoch ${history.stoppedAtEpoch}${best}`);
  }
  if (history.validationLoss.length > 0) {
    const at = (history.bestEpoch ?? history.validationLoss.length) - 1;
    const accuracy = history.validationAccuracy[at];
    const accuracyText = accuracy === undefined ? '' : `, validation accuracy ${(100 * accuracy).toFixed(2)}%`;
    lines.push(`validation loss ${history.validationLoss[at]!.toPrecision(4)}${accuracyText} (epoch ${at + 1})`);
  }
  lines.push(`training accuracy: ${formatAccuracy(outcome.training)}`);
  if (outcome.test !== undefined) lines.push(`test accuracy: ${formatAccuracy(outcome.test)}`);
  const shown = outcome.test ?? outcome.training;
  lines.push(`confusion matrix on the ${outcome.test ? 'test' : 'training'} rows:`, formatConfusionMatrix(shown.confusion, classLabels));
  return `${lines.join('\n')}\n`;
}

/** A rendered learning curve, ready to save. */
interface RenderedCurve {
  save(path: string): Promise<void>;
}

/** Renders the loss and accuracy per epoch with the plot module (loaded only when a curve is asked for). */
async function renderLearningCurve(
  history: TrainingHistory,
  container: DependencyContainer,
  settings: Pick<TrainSettings, 'data' | 'loss'>,
): Promise<RenderedCurve> {
  const { PlotService, PLOT_DEFAULTS, registerPlotting } = await import('../plot/index.js');
  if (!container.isRegistered(PLOT_DEFAULTS, true)) registerPlotting(container);
  const plot = container.resolve(PlotService);
  const png = await plot.learningCurve({
    errors: history.loss,
    precisions: history.accuracy,
    validationErrors: history.validationLoss,
    validationPrecisions: history.validationAccuracy,
    validationLabels: { error: 'Validation loss', precision: 'Validation precision' },
    title: `Learning curve: ${settings.data}`,
    yLabel: `Loss (${settings.loss})`,
  });
  return { save: (path) => plot.save(png, path) };
}
