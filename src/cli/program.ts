/**
 * The command line: commander parses, each command's handler calls one
 * `run…` function. Exit codes: 0 success, 1 failure (a bad file or model,
 * training that diverged), 2 wrong arguments. Every error is one line on stderr.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { activationNames, anyActivationNames } from '../activation/index.js';
import type { DependencyContainer } from '../di.js';
import { packageRoot } from '../io/datasets.js';
import { lossNames, optimizers } from '../training/index.js';
import {
  collect,
  parseColumn,
  parseHiddenSizes,
  parseOpenFraction,
  parsePositiveInteger,
  parsePositiveNumber,
  parseSeed,
  parseTestFraction,
} from './arguments.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, isClosedByReader, oneLine, processIo, UsageError, type CliIo } from './cli-io.js';
import { describeFileProblem } from '../errors.js';
import { csvOptions, type CsvSettings } from './csv-options.js';
import type { TrainSettings } from './train-command.js';
import type { ExportSettings } from './tfjs-commands.js';

// The commands, the container and the plugins are imported when a command runs,
// not at start: `--help` and argument errors answer at once, and only
// `train --curve` loads the plot module (and, at its render, chartjs-node-canvas).

const NAME = 'agile-neurons';

/**
 * Runs the CLI on `args` (without `node` and the script) and returns the exit
 * code. Output goes to `io`, so tests can run it in-process.
 */
export async function runCli(args: readonly string[], io: CliIo = processIo): Promise<number> {
  const context: CommandContext = { io, running: NAME };
  const code = await runCommand(args, context);
  return settleOutput(code, context);
}

/** Parses and runs the command; every failure becomes one line on stderr and an exit code. */
async function runCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { io } = context;
  try {
    await buildProgram(context).parseAsync(args, { from: 'user' });
    return EXIT_OK;
  } catch (e) {
    // commander has already printed its own errors (and help and version).
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(`${context.running}: ${oneLine(message)}\n`);
    if (process.env.AGILE_NEURONS_DEBUG && e instanceof Error) io.stderr.write(`${e.stack}\n`);
    return e instanceof UsageError ? EXIT_USAGE : EXIT_FAILURE;
  }
}

/**
 * Waits until standard output has taken everything (or failed). A reader that
 * went away (EPIPE: `| head -1`) changes nothing, as `head` expects of a
 * producer; any other write failure is one line and exit code 1.
 */
async function settleOutput(code: number, context: CommandContext): Promise<number> {
  const failure = await context.io.stdout.settled?.();
  if (failure === undefined || isClosedByReader(failure)) return code;
  context.io.stderr.write(`${context.running}: cannot write the output: ${oneLine(describeFileProblem(failure))}\n`);
  return code === EXIT_OK ? EXIT_FAILURE : code;
}

/** What every command handler gets. */
interface CommandContext {
  io: CliIo;
  /** Made on first use (see `containerOf`). */
  container?: DependencyContainer;
  /** The command being run, for error messages. */
  running: string;
}

/** The run's container: a fresh `createContainer()`, made once. */
async function containerOf(context: CommandContext): Promise<DependencyContainer> {
  if (context.container === undefined) {
    const { createContainer } = await import('../container.js');
    context.container = createContainer();
  }
  return context.container;
}

/** Loads the `--plugin` modules, if any, into the run's container. */
async function loadPluginsOf(context: CommandContext, plugins: readonly string[] | undefined): Promise<void> {
  if (plugins === undefined || plugins.length === 0) return;
  const { loadPlugins } = await import('./plugins.js');
  await loadPlugins(plugins, await containerOf(context));
}

/** The commander program with its commands. */
function buildProgram(context: CommandContext): Command {
  const program = new Command(NAME)
    .description("Train the book's neural networks on your own CSV files, keep them, and use them later.")
    .version(packageVersion(), '-V, --version');
  configure(program, NAME, context.io);
  program.hook('preAction', (_program, command) => {
    context.running = `${NAME} ${command.name()}`;
  });
  addTrainCommand(program, context);
  addPredictCommand(program, context);
  addEvaluateCommand(program, context);
  addExportCommand(program, context);
  addImportCommand(program, context);
  addFiguresCommand(program, context);
  return program;
}

function addTrainCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('train')
    .description('train a classifier on a CSV of numeric features and a label column, then report its accuracy')
    .argument('<data>', 'CSV file: numeric feature columns and a label column, with or without a header row')
    .addOption(new Option('--hidden <sizes>', 'hidden layer sizes, e.g. 6 or 8,4').argParser(parseHiddenSizes).default([6], '6'))
    .option('--activation <name>', `activation of the hidden layers (${activationNames().join(', ')}, or registered by a plugin)`, 'sigmoid')
    .option('--output-activation <name>', `activation of the output layer (${anyActivationNames().join(', ')}); softmax makes one probability per class`, 'sigmoid')
    .option('--loss <name>', `loss to minimise (${lossNames().join(', ')}, or registered by a plugin)`, 'mse')
    .option('--optimizer <name>', `how a step moves the weights (${optimizers.names().join(', ')}, or registered by a plugin)`, 'plain')
    .option('--trainer <name>', 'training strategy: gd (full batch), sgd (mini-batch), or registered by a plugin', 'sgd')
    .option('--batch-size <n>', 'examples per update for sgd (1 is the book’s online training)', parsePositiveInteger, 1)
    .option('--learning-rate <rate>', 'step size', parsePositiveNumber, 0.1)
    .option('--epochs <n>', 'passes over the training rows', parsePositiveInteger, 1000)
    .option('--seed <n>', "seed of the book's Random: row shuffling, initial weights, epoch order", parseSeed, 42)
    .option('--test-fraction <f>', 'share of the rows held out to test, in [0, 1)', parseTestFraction, 0.2)
    .option('--validation-fraction <f>', 'share of the training rows held out to validate on after every epoch, in (0, 1)', parseOpenFraction)
    .option('--early-stop <patience>', 'stop once the validation loss (without validation rows, the training loss) has not improved for this many epochs, keeping the best weights', parsePositiveInteger)
    .option('--no-shuffle', "keep the file's row order: the last rows test (the book's unshuffled split)")
    .option('--label <column>', 'label column: a header name or a column number from 1 (default: the last)', parseColumn)
    .option('--header', 'the first row is a header (column names), even if it holds numbers')
    .option('--no-header', 'the first row is data, even if it holds no number')
    .option('-o, --output <model.json>', 'save the trained model there (written atomically)')
    .option('--curve <file.png>', 'save the learning curve (loss and accuracy per epoch, on the validation rows too if any) as a PNG')
    .option('-q, --quiet', 'no progress bar or progress lines')
    .option('--plugin <module>', 'ES module that registers activations, losses or trainers first (repeatable)', collect)
    .addHelpText('after', `\nExample:\n  $ ${NAME} train data/iris.csv --hidden 6 --epochs 1000 --output iris-model.json`)
    .action(async (data: string, options: TrainOptions) => {
      await loadPluginsOf(context, options.plugin);
      const { runTrain } = await import('./train-command.js');
      await runTrain(trainSettings(data, options), context.io, await containerOf(context));
    });
  configure(command, `${NAME} train`, context.io);
}

function addPredictCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('predict')
    .description('print the predicted label of every row of a CSV, one per line')
    .argument('<model>', 'model file saved by train --output')
    .argument('<data>', "CSV file of feature rows (a label column, if there is one, is ignored)")
    .option('--probabilities', "print a CSV instead: the label and each class's share of the outputs")
    .option('--label <column>', 'a label column to ignore: a header name or a column number from 1', parseColumn)
    .option('--header', 'the first row is a header (column names), even if it holds numbers')
    .option('--no-header', 'the first row is data, even if it holds no number')
    .option('--plugin <module>', 'ES module that registers the activations the model uses (repeatable)', collect)
    .addHelpText('after', `\nExample:\n  $ ${NAME} predict iris-model.json data/iris.csv`)
    .action(async (model: string, data: string, options: { probabilities?: boolean; plugin?: string[] } & CsvSettings) => {
      await loadPluginsOf(context, options.plugin);
      const { runPredict } = await import('./predict-command.js');
      await runPredict({ model, data, probabilities: options.probabilities === true, ...csvOptions(options) }, context.io);
    });
  configure(command, `${NAME} predict`, context.io);
}

function addEvaluateCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('evaluate')
    .description('print the accuracy and confusion matrix of a saved model on a labelled CSV')
    .argument('<model>', 'model file saved by train --output')
    .argument('<data>', 'CSV file of feature rows and their labels')
    .option('--label <column>', 'label column: a header name or a column number from 1 (default: the last)', parseColumn)
    .option('--header', 'the first row is a header (column names), even if it holds numbers')
    .option('--no-header', 'the first row is data, even if it holds no number')
    .option('--plugin <module>', 'ES module that registers the activations the model uses (repeatable)', collect)
    .addHelpText('after', `\nExample:\n  $ ${NAME} evaluate iris-model.json data/iris.csv`)
    .action(async (model: string, data: string, options: { plugin?: string[] } & CsvSettings) => {
      await loadPluginsOf(context, options.plugin);
      const { runEvaluate } = await import('./evaluate-command.js');
      await runEvaluate({ model, data, ...csvOptions(options) }, context.io);
    });
  configure(command, `${NAME} evaluate`, context.io);
}

function addExportCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('export')
    .description('write a saved model as TensorFlow.js layers-model files (model.json and its weights), for tf.loadLayersModel or Keras')
    .argument('<model>', 'model file saved by train --output')
    .addOption(new Option('--format <name>', 'the format to write').choices(['tfjs']).default('tfjs'))
    .requiredOption('-o, --output <dir>', 'folder to write model.json and group1-shard1of1.bin into (both or neither)')
    .addHelpText('after', `\nExample:\n  $ ${NAME} export iris-model.json --format tfjs --output iris-tfjs/`)
    .action(async (model: string, options: Omit<ExportSettings, 'model'>) => {
      const { runExport } = await import('./tfjs-commands.js');
      await runExport({ model, ...options }, context.io);
    });
  configure(command, `${NAME} export`, context.io);
}

function addImportCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('import')
    .description('read a TensorFlow.js layers model (Dense layers) and save it as an agile-neurons model file')
    .argument('<model.json>', "a TF.js model.json, with its weights files beside it")
    .requiredOption('-o, --output <model.json>', 'the agile-neurons model file to write (atomically)')
    .addHelpText('after', `\nExample:\n  $ ${NAME} import iris-tfjs/model.json --output iris-model.json`)
    .action(async (model: string, options: { output: string }) => {
      const { runImport } = await import('./tfjs-commands.js');
      await runImport({ model, output: options.output }, context.io);
    });
  configure(command, `${NAME} import`, context.io);
}

function addFiguresCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('figures')
    .description("render every figure of the book into a folder, as 'npm run figures' does")
    .argument('[outDir]', 'where to write the PNGs and their index pages', 'figures')
    .option('--lang <languages>', 'the languages to draw the charts in: en, zh-CN (into outDir/zh-CN/) or all', 'en')
    .action(async (outDir: string, options: { lang: string }) => {
      const { runFigures } = await import('./figures-command.js');
      await runFigures(outDir, context.io, undefined, options.lang);
    });
  configure(command, `${NAME} figures`, context.io);
}

/** `train`'s options as commander parses them: the settings less the data file, plus the CLI's own. */
type TrainOptions = Omit<TrainSettings, 'data' | 'quiet'> & { quiet?: boolean; plugin?: string[] };

function trainSettings(data: string, options: TrainOptions): TrainSettings {
  const { plugin: _plugin, quiet, ...rest } = options;
  return { ...rest, data, quiet: quiet === true };
}

/**
 * Makes `command` throw instead of exiting, write to `io`, and print parse
 * errors on one line with a pointer to its help.
 */
function configure(command: Command, path: string, io: CliIo): void {
  command.exitOverride().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    outputError: (text, write) => write(`${path}: ${oneLine(text.replace(/^error: /, ''))} (see '${path} --help')\n`),
  });
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
