// saveTfjsModel and loadTfjsModel: the two files on disk, read back, and the
// typed errors of files that are missing, unreadable or refused before writing.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportToTfjs, InputFileError, ModelFormatError, NNetwork, Normalization, OutputFileError, Random, StepAF, TanhAF, UnsupportedActivationError, UnsupportedModelError } from '../../src/index.js';
import { loadTfjsModel, saveTfjsModel } from '../../src/io/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agile-neurons-tfjs-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function network(): NNetwork {
  const net = new NNetwork().configure(4, 5, 3, { activation: new TanhAF(), random: new Random(3) });
  net.normalization = Object.assign(new Normalization(), { min: [1, 2, 3, 4], max: [2, 3, 4, 5] });
  return net;
}

describe('saveTfjsModel then loadTfjsModel', () => {
  it('writes model.json and group1-shard1of1.bin into the folder, creating it, and nothing else', async () => {
    const out = join(dir, 'new', 'iris-tfjs');
    const saved = await saveTfjsModel(out, network(), { classLabels: ['a', 'b', 'c'] });
    expect(saved).toEqual({ modelPath: join(out, 'model.json'), weightsPath: join(out, 'group1-shard1of1.bin') });
    expect((await readdir(out)).sort()).toEqual(['group1-shard1of1.bin', 'model.json']);
    const { modelJson, weightData } = exportToTfjs(network(), { classLabels: ['a', 'b', 'c'] });
    expect(JSON.parse(await readFile(saved.modelPath, 'utf8'))).toEqual(modelJson);
    expect(new Uint8Array(await readFile(saved.weightsPath))).toEqual(new Uint8Array(weightData));
  });

  it('reads back the network (weights to float32), its normalisation and class names', async () => {
    const out = join(dir, 'round-trip');
    await saveTfjsModel(out, network(), { classLabels: ['a', 'b', 'c'] });
    const { network: back, classLabels } = await loadTfjsModel(join(out, 'model.json'));
    expect(back.parameters().map((p) => Array.from(p))).toEqual(network().parameters().map((p) => Array.from(p, Math.fround)));
    expect(back.layers.map((layer) => layer.activationFunction.name)).toEqual(['tanh', 'sigmoid']);
    expect(back.normalization?.max).toEqual([2, 3, 4, 5]);
    expect(classLabels).toEqual(['a', 'b', 'c']);
  });

  it('reads weights sharded over several files, in manifest order', async () => {
    const out = join(dir, 'sharded');
    const { modelJson, weightData } = exportToTfjs(network());
    const bytes = new Uint8Array(weightData);
    modelJson.weightsManifest[0]!.paths = ['group1-shard1of2.bin', 'group1-shard2of2.bin'];
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'model.json'), JSON.stringify(modelJson));
    await writeFile(join(out, 'group1-shard1of2.bin'), bytes.subarray(0, 40));
    await writeFile(join(out, 'group1-shard2of2.bin'), bytes.subarray(40));
    const { network: back } = await loadTfjsModel(join(out, 'model.json'));
    expect(back.parameters().map((p) => Array.from(p))).toEqual(network().parameters().map((p) => Array.from(p, Math.fround)));
  });

  it('overwrites an earlier export in the same folder', async () => {
    const out = join(dir, 'again');
    await saveTfjsModel(out, new NNetwork().configure(2, 2, 1));
    await saveTfjsModel(out, network());
    expect((await loadTfjsModel(join(out, 'model.json'))).network.numberOfInputs()).toBe(4);
    expect((await readdir(out)).sort()).toEqual(['group1-shard1of1.bin', 'model.json']);
  });
});

describe('bad files and refusals', () => {
  it('a step activation is refused before the folder is even created', async () => {
    const out = join(dir, 'never');
    const stepped = new NNetwork().configure(2, 2, 1);
    stepped.layers[0]!.activationFunction = new StepAF();
    await expect(saveTfjsModel(out, stepped)).rejects.toThrow(UnsupportedActivationError);
    await expect(readdir(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('an unwritable target: OutputFileError, and no temporary file left', async () => {
    const out = join(dir, 'blocked');
    await mkdir(join(out, 'model.json'), { recursive: true }); // a folder where model.json should go
    await expect(saveTfjsModel(out, network())).rejects.toThrow(OutputFileError);
    expect(await readdir(out)).toEqual(['model.json']);
  });

  it('a missing model.json or weights file: InputFileError naming it', async () => {
    await expect(loadTfjsModel(join(dir, 'nowhere', 'model.json'))).rejects.toThrow(InputFileError);
    const out = join(dir, 'no-weights');
    await saveTfjsModel(out, network());
    await rm(join(out, 'group1-shard1of1.bin'));
    await expect(loadTfjsModel(join(out, 'model.json'))).rejects.toThrow(`cannot read ${join(out, 'group1-shard1of1.bin')}: no such file`);
  });

  it('model.json that is not JSON, a truncated weights file, an unsupported layer: ModelFormatError', async () => {
    const out = join(dir, 'broken');
    await saveTfjsModel(out, network());
    const modelPath = join(out, 'model.json');
    const text = await readFile(modelPath, 'utf8');
    const weights = await readFile(join(out, 'group1-shard1of1.bin'));

    await writeFile(modelPath, text.slice(0, 100));
    expect(await loadTfjsModel(modelPath).catch((e) => e)).toMatchObject({ name: 'ModelFormatError', field: '(document)' });

    await writeFile(modelPath, text);
    await writeFile(join(out, 'group1-shard1of1.bin'), weights.subarray(0, weights.length - 1));
    const truncated = await loadTfjsModel(modelPath).catch((e) => e);
    expect(truncated).toBeInstanceOf(ModelFormatError);
    expect(truncated.detail).toMatch(/truncated/);

    await writeFile(join(out, 'group1-shard1of1.bin'), weights);
    await writeFile(modelPath, text.replace('"class_name": "Dense"', '"class_name": "Conv1D"'));
    expect(await loadTfjsModel(modelPath).catch((e) => e)).toBeInstanceOf(UnsupportedModelError);
  });
});
