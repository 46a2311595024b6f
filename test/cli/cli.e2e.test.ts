// End-to-end: the built CLI in a child process, as a reader would run it.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { irisDataset } from '../../src/io/datasets.js';
import { loadModel, modelToJson } from '../../src/io/model-file.js';
import { accuracyLine, confusionTable, IRIS, runBuiltCli, type CliRun } from './run-built-cli.js';

// Settings that reach ≥ 95 % training accuracy on iris in well under a second.
const IRIS_SETTINGS = ['--hidden', '6', '--trainer', 'sgd', '--learning-rate', '0.3', '--epochs', '500', '--seed', '42'];

let dir: string;
let model: string;
let trainRun: CliRun;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agile-neurons-cli-'));
  model = join(dir, 'iris-model.json');
  trainRun = await runBuiltCli(['train', IRIS, ...IRIS_SETTINGS, '--test-fraction', '0', '--output', model]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Every test runs its own child processes; run them side by side.
describe.concurrent('train, predict, evaluate on iris', () => {
  it('train reaches at least 95 % training accuracy with a fixed seed and saves the model', () => {
    expect(trainRun.code, trainRun.stderr).toBe(0);
    const training = accuracyLine(trainRun.stdout, 'training accuracy:');
    expect(training.total).toBe(150);
    expect(training.percent).toBeGreaterThanOrEqual(95);
    expect(trainRun.stdout).toContain('read ' + IRIS + ': 150 rows, 4 features, 3 classes (setosa, versicolor, virginica)');
    expect(trainRun.stdout).toContain(`saved the model to ${model}`);
    expect(existsSync(model)).toBe(true);
  });

  it('prints plain progress lines when stderr is not a terminal', () => {
    const lines = trainRun.stderr.trim().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(/^epoch 50\/500: loss \d\.\d+(e-\d+)?, accuracy \d+\.\d\d%$/);
    expect(lines.at(-1)).toMatch(/^epoch 500\/500: /);
  });

  it('evaluate with the saved model gets the accuracy and confusion matrix train printed', async () => {
    const run = await runBuiltCli(['evaluate', model, IRIS]);
    expect(run.code, run.stderr).toBe(0);
    expect(accuracyLine(run.stdout, 'accuracy:').text).toBe(accuracyLine(trainRun.stdout, 'training accuracy:').text);
    expect(confusionTable(run.stdout, 'confusion matrix', 3)).toEqual(confusionTable(trainRun.stdout, 'confusion matrix', 3));
    expect(run.stderr).toBe('');
  });

  it('predict prints one label per row, right as often as evaluate says', async () => {
    const run = await runBuiltCli(['predict', model, IRIS]);
    expect(run.code, run.stderr).toBe(0);
    const predicted = run.stdout.trimEnd().split('\n');
    const iris = irisDataset();
    expect(predicted).toHaveLength(150);
    const correct = predicted.filter((label, i) => label === iris.classLabels[iris.labels[i]!]).length;
    expect(correct).toBe(accuracyLine(trainRun.stdout, 'training accuracy:').correct);
  });

  it('predict --probabilities prints a CSV of each class’s share, summing to 1', async () => {
    const run = await runBuiltCli(['predict', model, IRIS, '--probabilities']);
    expect(run.code, run.stderr).toBe(0);
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header).toBe('label,setosa,versicolor,virginica');
    expect(rows).toHaveLength(150);
    for (const row of rows) {
      const [label, ...shares] = row.split(',');
      expect(['setosa', 'versicolor', 'virginica']).toContain(label);
      expect(shares.reduce((sum, s) => sum + Number(s), 0)).toBeCloseTo(1, 3);
    }
  });

  it('predict reads rows without a label column too', async () => {
    const rows = join(dir, 'rows.csv');
    await writeFile(rows, 'a,b,c,d\n5.1,3.5,1.4,0.2\n6.3,3.3,6.0,2.5\n');
    const run = await runBuiltCli(['predict', model, rows]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('setosa\nvirginica\n');
  });

  it('the saved model round-trips exactly: loading and saving again gives the same bytes', async () => {
    const text = await readFile(model, 'utf8');
    const loaded = await loadModel(model);
    expect(modelToJson(loaded.network, { classLabels: loaded.classLabels! })).toBe(text);
    expect(loaded.network.normalization?.min).toEqual([4.3, 2, 1, 0.1]);
    expect(loaded.network.normalization?.max).toEqual([7.9, 4.4, 6.9, 2.5]);
  });

  it('the same seed trains the same model, byte for byte', async () => {
    const again = join(dir, 'again.json');
    const run = await runBuiltCli(['train', IRIS, ...IRIS_SETTINGS, '--test-fraction', '0', '--output', again, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(await readFile(again, 'utf8')).toBe(await readFile(model, 'utf8'));
  });

  it('with a test fraction it reports training and test accuracy and the test confusion matrix', async () => {
    const run = await runBuiltCli(['train', IRIS, ...IRIS_SETTINGS, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('training on 120 rows, testing on 30 (shuffled with seed 42)');
    expect(accuracyLine(run.stdout, 'training accuracy:').total).toBe(120);
    expect(accuracyLine(run.stdout, 'test accuracy:').total).toBe(30);
    const table = confusionTable(run.stdout, 'confusion matrix on the test rows', 3);
    expect(table[0]).toMatch(/^actual \\ predicted\s+setosa\s+versicolor\s+virginica$/);
    const counts = table.slice(1).flatMap((line) => line.trim().split(/\s+/).slice(1).map(Number));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(30);
  });

  it('writes the learning curve as a PNG', async () => {
    const curve = join(dir, 'curve.png');
    const run = await runBuiltCli(['train', IRIS, '--epochs', '20', '--quiet', '--curve', curve]);
    expect(run.code, run.stderr).toBe(0);
    expect((await readFile(curve)).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('trains with gd, two hidden layers, tanh, binary cross-entropy and mini-batches', async () => {
    const common = ['--epochs', '30', '--quiet', '--test-fraction', '0.3'];
    for (const args of [
      ['--trainer', 'gd', '--hidden', '8,4', '--activation', 'tanh', '--loss', 'binaryCrossEntropy'],
      ['--trainer', 'sgd', '--batch-size', '16', '--no-shuffle', '--label', 'species'],
    ]) {
      const run = await runBuiltCli(['train', IRIS, ...args, ...common]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/test accuracy: /);
    }
  });
});

describe('softmax, cross-entropy, an optimizer, validation rows and early stopping', () => {
  it('train saves a softmax model, stops early, reports validation; predict gives probabilities that sum to 1', async () => {
    const saved = join(dir, 'softmax-model.json');
    const curve = join(dir, 'validation-curve.png');
    const args = ['--output-activation', 'softmax', '--loss', 'categoricalCrossEntropy', '--optimizer', 'adam', '--learning-rate', '0.01'];
    const run = await runBuiltCli(['train', IRIS, ...args, '--epochs', '300', '--validation-fraction', '0.2', '--early-stop', '20', '-q', '-o', saved, '--curve', curve]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('sigmoid hidden layers, softmax outputs; trainer sgd, loss categoricalCrossEntropy, optimizer adam');
    expect(run.stdout).toContain('0.2 of the training rows validate; early stopping after 20 epochs without improvement');
    const [, stopped, best] = /stopped early after epoch (\d+); the weights of epoch (\d+), the best, are kept/.exec(run.stdout)!;
    expect(Number(stopped)).toBe(Number(best) + 20);
    expect(run.stdout).toMatch(new RegExp(`validation loss \\d\\.\\d+, validation accuracy \\d+\\.\\d\\d% \\(epoch ${best}\\)`));
    expect(accuracyLine(run.stdout, 'test accuracy:').percent).toBeGreaterThanOrEqual(90);
    expect(JSON.parse(await readFile(saved, 'utf8')).layers[1].activation).toEqual({ name: 'softmax', config: {} });
    expect((await readFile(curve)).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const predict = await runBuiltCli(['predict', saved, IRIS, '--probabilities']);
    expect(predict.code, predict.stderr).toBe(0);
    const rows = predict.stdout.trim().split('\n').slice(1).map((line) => line.split(',').slice(1).map(Number));
    expect(rows).toHaveLength(150);
    for (const row of rows) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
  });
});

describe('plugins register activations and trainers by name', () => {
  let plugin: string;
  let softplusModel: string;
  beforeAll(async () => {
    plugin = join(dir, 'softplus-plugin.mjs');
    softplusModel = join(dir, 'softplus.json');
    await writeFile(
      plugin,
      `export function register({ container, lib }) {
        class SoftplusAF extends lib.ActivationFunction {
          name = 'softplus';
          eval(z) { return Math.log1p(Math.exp(z)); }
          derivative(output) { return 1 - Math.exp(-output); }
        }
        lib.registerActivation('softplus', () => new SoftplusAF());
        class HalfRateSgd extends lib.StochasticGradientDescentTrainer {
          settingsFrom(options) { const settings = super.settingsFrom(options); return { ...settings, learningRate: settings.learningRate / 2 }; }
        }
        lib.registerTrainer('halfRateSgd', () => new HalfRateSgd());
      }\n`,
    );
  });

  it('train uses them, and predict loads the model with the plugin', async () => {
    const train = await runBuiltCli(['train', IRIS, '--plugin', plugin, '--activation', 'softplus', '--trainer', 'halfRateSgd', '--epochs', '50', '-q', '-o', softplusModel]);
    expect(train.code, train.stderr).toBe(0);
    expect(JSON.parse(await readFile(softplusModel, 'utf8')).layers[0].activation.name).toBe('softplus');
    const predict = await runBuiltCli(['predict', softplusModel, IRIS, '--plugin', plugin]);
    expect(predict.code, predict.stderr).toBe(0);
    expect(predict.stdout.trimEnd().split('\n')).toHaveLength(150);
  });

  it('without the plugin the model cannot load, and the error names the field and the activation', async () => {
    const run = await runBuiltCli(['predict', softplusModel, IRIS]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/layers\[0\]\.activation\.name is 'softplus', an activation that is not registered/);
  });

  it('a plugin that cannot load is a failure', async () => {
    const run = await runBuiltCli(['train', IRIS, '--plugin', join(dir, 'missing.mjs')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^agile-neurons train: cannot load plugin /);
  });
});

describe.concurrent('help', () => {
  it.each([[[]], [['train']], [['predict']], [['evaluate']], [['figures']]])('--help %j', async (command) => {
    const run = await runBuiltCli([...command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: agile-neurons ${command.join(' ')}`));
  });

  it('--version', async () => {
    const run = await runBuiltCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe.concurrent('bad input: one line on stderr and the documented exit code, no files left', () => {
  let data: Record<string, string>;
  let models: Record<string, string>;

  beforeAll(async () => {
    const files: Record<string, string> = {
      ragged: 'a,b,label\n1,2,x\n3,4,y\n5,z\n',
      text: 'a,b,label\n1,2,x\n3,abc,y\n',
      empty: '',
      headerOnly: 'a,b,label\n',
      oneClass: 'a,b,label\n1,2,x\n3,4,x\n',
      constant: 'a,b,label\n1,2,x\n1,4,y\n1,5,x\n',
      threeColumns: '1,2,3\n4,5,6\n',
      unknownLabel: 'a,b,c,d,species\n5.1,3.5,1.4,0.2,daisy\n',
    };
    data = {};
    for (const [name, text] of Object.entries(files)) {
      data[name] = join(dir, `${name}.csv`);
      await writeFile(data[name]!, text);
    }
    const valid = JSON.parse(await readFile(model, 'utf8'));
    const variants: Record<string, unknown> = {
      version: { ...valid, version: 2 },
      weights: structuredClone(valid),
      nonFinite: structuredClone(valid),
      noLayers: { ...valid, layers: undefined },
    };
    (variants.weights as typeof valid).layers[1].neurons[2].weights.pop();
    (variants.nonFinite as typeof valid).layers[0].neurons[0].bias = null;
    models = { notJson: join(dir, 'not-json.json') };
    await writeFile(models.notJson!, '{"format": ');
    for (const [name, doc] of Object.entries(variants)) {
      models[name] = join(dir, `${name}-model.json`);
      await writeFile(models[name]!, JSON.stringify(doc));
    }
  });

  const usage: [string, () => string[], RegExp][] = [
    ['no command', () => [], /Usage: agile-neurons/],
    ['an unknown command', () => ['fit', IRIS], /^agile-neurons: unknown command 'fit'/],
    ['train without a data file', () => ['train'], /^agile-neurons train: missing required argument 'data'/],
    ['an unknown option', () => ['train', IRIS, '--epoch', '5'], /unknown option '--epoch' \(Did you mean --epochs\?\)/],
    ['zero epochs', () => ['train', IRIS, '--epochs', '0'], /'--epochs <n>' argument '0' is invalid/],
    ['a hidden size that is not a number', () => ['train', IRIS, '--hidden', '6,x'], /'--hidden <sizes>' argument '6,x' is invalid/],
    ['a negative learning rate', () => ['train', IRIS, '--learning-rate', '-1'], /'--learning-rate <rate>' argument '-1' is invalid/],
    ['a test fraction of 1', () => ['train', IRIS, '--test-fraction', '1'], /'--test-fraction <f>' argument '1' is invalid/],
    ['seed 0', () => ['train', IRIS, '--seed', '0'], /'--seed <n>' argument '0' is invalid/],
    ['an unknown activation', () => ['train', IRIS, '--activation', 'swish'], /unknown activation 'swish'; known: sigmoid/],
    ['an unknown loss', () => ['train', IRIS, '--loss', 'hinge'], /unknown loss 'hinge'/],
    ['an unknown trainer', () => ['train', IRIS, '--trainer', 'adam'], /unknown trainer 'adam'; known: gd, sgd/],
    ['an unknown optimizer', () => ['train', IRIS, '--optimizer', 'nadam'], /unknown optimizer 'nadam'; known: plain, momentum, adam/],
    ['an unknown output activation', () => ['train', IRIS, '--output-activation', 'softmin'], /unknown activation 'softmin'; known: .*softmax/],
    ['a validation fraction of 0', () => ['train', IRIS, '--validation-fraction', '0'], /'--validation-fraction <f>' argument '0' is invalid/],
    ['an early-stop patience of 0', () => ['train', IRIS, '--early-stop', '0'], /'--early-stop <patience>' argument '0' is invalid/],
    ['predict without rows', () => ['predict', model], /missing required argument 'data'/],
    ['evaluate with a column 0', () => ['evaluate', model, IRIS, '--label', '0'], /column numbers count from 1/],
    ['an unknown label column', () => ['train', IRIS, '--label', 'kind'], /^agile-neurons train: --label kind: .*iris\.csv has no column named 'kind'; its header has sepal_length/],
  ];

  const failures: [string, () => string[], RegExp][] = [
    ['a missing data file', () => ['train', join(dir, 'missing.csv')], /cannot read .*missing\.csv: no such file\n$/],
    ['a ragged row', () => ['train', data.ragged!], /ragged\.csv: line 4: has 2 cells but line 1 has 3/],
    ['a non-numeric cell', () => ['train', data.text!], /text\.csv: line 3: column 2 \(b\): 'abc' is not a number/],
    ['an empty file', () => ['train', data.empty!], /empty\.csv: line 1: the file has no rows/],
    ['a header without rows', () => ['train', data.headerOnly!], /headerOnly\.csv: line 2: the file has a header but no rows/],
    ['a single class', () => ['train', data.oneClass!], /a classifier needs at least two classes/],
    ['a constant feature', () => ['train', data.constant!, '--test-fraction', '0'], /constant\.csv: column 1 \(a\) has the same value \(1\) in every training row/],
    ['a missing model', () => ['predict', join(dir, 'nope.json'), IRIS], /cannot read .*nope\.json: no such file/],
    ['a model that is not JSON', () => ['predict', models.notJson!, IRIS], /not-json\.json: not a valid model file: it is not JSON/],
    ['a model of an unknown version', () => ['evaluate', models.version!, IRIS], /not a valid model file: version is 2, an unknown version/],
    ['a model with a wrong weight count', () => ['predict', models.weights!, IRIS], /layers\[1\]\.neurons\[2\]\.weights must have 6 entries \(the size of layers\[0\]\), got 5/],
    ['a model with a non-finite number', () => ['predict', models.nonFinite!, IRIS], /layers\[0\]\.neurons\[0\]\.bias must be a finite number, got null/],
    ['a model without layers', () => ['evaluate', models.noLayers!, IRIS], /not a valid model file: layers is missing/],
    ['rows of the wrong width', () => ['predict', model, data.threeColumns!], /line 1: has 3 columns but 4 features are expected/],
    ['a label the model does not know', () => ['evaluate', model, data.unknownLabel!], /line 2: label 'daisy' is not one of the classes setosa, versicolor, virginica/],
  ];

  it.each(usage)('wrong arguments, exit 2: %s', async (_what, args, message) => {
    const run = await runBuiltCli(args());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    if (args().length > 0) expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
    expect(run.stdout).toBe('');
  });

  it.each(failures)('failure, exit 1: %s', async (_what, args, message) => {
    const argv = args();
    const run = await runBuiltCli(argv[0] === 'train' ? [...argv, '--quiet'] : argv);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
    expect(run.stderr).toMatch(/^agile-neurons (train|predict|evaluate): /);
    expect(run.stderr).toMatch(message);
  });

  it('an output path that cannot be written fails before training and leaves nothing', async () => {
    const own = await mkdtemp(join(dir, 'blocked-'));
    const blocker = join(own, 'blocker');
    await writeFile(blocker, 'a regular file');
    const run = await runBuiltCli(['train', IRIS, '--output', join(blocker, 'model.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^agile-neurons train: cannot write .*blocker\/model\.json: .*blocker is not a directory\n$/);
    expect(run.stdout).toBe(''); // nothing read or trained
    expect(await readdir(own)).toEqual(['blocker']);
  });

  it('a failed run never replaces an existing model or leaves a temporary file', async () => {
    const own = await mkdtemp(join(dir, 'kept-'));
    const kept = join(own, 'kept.json');
    const ok = await runBuiltCli(['train', IRIS, '--epochs', '5', '-q', '-o', kept]);
    expect(ok.code, ok.stderr).toBe(0);
    const before = await readFile(kept, 'utf8');
    for (const args of [
      ['train', data.ragged!, '-o', kept],
      ['train', IRIS, '--activation', 'swish', '-o', kept],
      ['train', IRIS, '--epochs', '5', '-q', '-o', kept, '--curve', own], // the curve path is a folder
    ]) {
      const run = await runBuiltCli(args);
      expect(run.code, run.stderr).not.toBe(0);
    }
    expect(await readFile(kept, 'utf8')).toBe(before);
    expect(await readdir(own)).toEqual(['kept.json']);
  });
});
