// End-to-end: `export --format tfjs` and `import` with the built CLI, as a reader runs them.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NNetwork, StepAF } from '../../src/index.js';
import { irisDataset } from '../../src/io/datasets.js';
import { loadModel, saveModel } from '../../src/io/model-file.js';
import { loadTfjsModel } from '../../src/io/tfjs-files.js';
import { accuracyLine, IRIS, runBuiltCli } from './run-built-cli.js';

let dir: string;
let model: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agile-neurons-tfjs-cli-'));
  model = join(dir, 'iris-model.json');
  const iris = irisDataset();
  const network = new NNetwork().configure(4, 6, 3);
  network.trainEpochs(iris.features.map((row, i) => [...row, iris.labels[i]!]), 300);
  await saveModel(model, network, { classLabels: iris.classLabels });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.concurrent('export --format tfjs, then import', () => {
  it('export writes model.json and group1-shard1of1.bin and says where', async () => {
    const out = join(dir, 'exported');
    const run = await runBuiltCli(['export', model, '--format', 'tfjs', '--output', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      `exported ${model} (4 inputs → 6 sigmoid → 3 sigmoid) as a TensorFlow.js layers model:\n  ${join(out, 'model.json')}\n  ${join(out, 'group1-shard1of1.bin')}\n`,
    );
    expect((await readdir(out)).sort()).toEqual(['group1-shard1of1.bin', 'model.json']);
    const { classLabels, network } = await loadTfjsModel(join(out, 'model.json'));
    expect(classLabels).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(network.normalization?.min).toEqual([4.3, 2, 1, 0.1]);
  });

  it('import gives back a model file that classifies iris exactly as the original', async () => {
    const out = join(dir, 'round-trip');
    const back = join(dir, 'back.json');
    expect((await runBuiltCli(['export', model, '--output', out])).code).toBe(0); // --format tfjs is the default
    const run = await runBuiltCli(['import', join(out, 'model.json'), '--output', back]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`imported ${join(out, 'model.json')} (4 inputs → 6 sigmoid → 3 sigmoid) and saved it to ${back}\n`);
    const [original, imported] = await Promise.all([model, back].map((file) => runBuiltCli(['predict', file, IRIS, '--probabilities'])));
    const labels = (text: string) => text.trim().split('\n').map((line) => line.split(',')[0]);
    expect(labels(imported!.stdout)).toEqual(labels(original!.stdout));
    const evaluation = await runBuiltCli(['evaluate', back, IRIS]);
    expect(accuracyLine(evaluation.stdout, 'accuracy:').correct).toBeGreaterThanOrEqual(140);
    const loaded = await loadModel(back);
    expect(loaded.classLabels).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(loaded.network.parameters()).toEqual((await loadModel(model)).network.parameters().map((p) => p.map(Math.fround)));
  });

  it('a step activation: exit 1, one line naming the layer, and no folder written', async () => {
    const stepped = join(dir, 'stepped.json');
    const network = new NNetwork().configure(2, 2, 1);
    network.layers[1]!.activationFunction = new StepAF();
    await saveModel(stepped, network);
    const out = join(dir, 'stepped-tfjs');
    const run = await runBuiltCli(['export', stepped, '--output', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "agile-neurons export: layer 2 (network.layers[1]) uses activation 'step', which TensorFlow.js has no equivalent for; it can export sigmoid, tanh, relu, identity, leakyRelu, softmax\n",
    );
    expect(existsSync(out)).toBe(false);
  });

  it('a model with a layer we do not have: exit 1, one line naming the file and the layer, nothing written', async () => {
    const out = join(dir, 'conv');
    expect((await runBuiltCli(['export', model, '--output', out])).code).toBe(0);
    const modelJson = join(out, 'model.json');
    await writeFile(modelJson, (await readFile(modelJson, 'utf8')).replace('"class_name": "Dense"', '"class_name": "Conv1D"'));
    const target = join(dir, 'conv-model.json');
    const run = await runBuiltCli(['import', modelJson, '--output', target]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `agile-neurons import: ${modelJson}: a model an NNetwork cannot represent: modelTopology.config.layers[0].class_name is 'Conv1D' (layer 'dense_1'): only Dense and LeakyReLU layers (and a first InputLayer) can become an NNetwork\n`,
    );
    expect(existsSync(target)).toBe(false);
  });

  it.each([
    [['export', 'm.json'], "agile-neurons export: required option '-o, --output <dir>' not specified (see 'agile-neurons export --help')"],
    [['export', 'm.json', '--output', 'd', '--format', 'onnx'], "agile-neurons export: option '--format <name>' argument 'onnx' is invalid. Allowed choices are tfjs. (see 'agile-neurons export --help')"],
    [['import', 'd/model.json'], "agile-neurons import: required option '-o, --output <model.json>' not specified (see 'agile-neurons import --help')"],
    [['import', 'd/model.json', '--output', './d/model.json'], 'agile-neurons import: --output ./d/model.json is the TF.js model.json itself: name another file for the agile-neurons model'],
  ])('usage error %j: exit 2 and one line on stderr', async (args, line) => {
    const run = await runBuiltCli(args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${line}\n`);
    expect(run.stdout).toBe('');
  });

  it('--help of both commands: exit 0 with an example', async () => {
    for (const command of ['export', 'import']) {
      const run = await runBuiltCli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`$ agile-neurons ${command} `);
    }
  });
});
