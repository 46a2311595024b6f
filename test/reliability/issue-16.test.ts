// The ten reproductions of issue 16 ("nothing non-finite in a model or a file,
// every failure typed"), one block per item, each as the issue states it.
// Imports name files that existed before the fix too, so this file runs
// against the old code and shows each repro failing there.
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdentityAF, registerActivation, unregisterActivation } from '../../src/activation/index.js';
import { NNetwork } from '../../src/core/nnetwork.js';
import { Normalization } from '../../src/core/normalization.js';
import * as errors from '../../src/errors.js';
import { readLabelledCsv } from '../../src/io/csv.js';
import { modelFromJson, modelToJson, saveModel } from '../../src/io/model-file.js';
import { GradientDescentTrainer, LinearModel, StochasticGradientDescentTrainer } from '../../src/training/index.js';
import { writeFileAtomic } from '../../src/util/atomic-write.js';
import { BUILT_CLI, IRIS, runBuiltCli, runBuiltCliIntoClosingPipe, runBuiltCliIntoFile, runNode, writeManyIrisRows } from '../cli/run-built-cli.js';

const { AgileNeuronsError, DivergenceError } = errors;

/** Every parameter of a network, as the bytes of its Float64Arrays (−0 and NaN payloads count). */
function bytesOf(network: NNetwork): number[] {
  return network.layers.flatMap((layer) => Array.from(new Uint8Array(new Float64Array(layer.parameters()).buffer)));
}

function allFinite(values: ArrayLike<number>): boolean {
  return Array.from(values).every(Number.isFinite);
}

const POINTS = { inputs: [[1], [3], [2], [4]], targets: [[3.0], [5.2], [4.1], [7.5]] };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agile-neurons-issue16-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('1. divergence leaves no infinity: the model is as before the failing step', () => {
  it.each([
    ['gradient descent', () => new GradientDescentTrainer(), {}],
    ['mini-batch SGD', () => new StochasticGradientDescentTrainer(), { batchSize: 2 }],
    ['online SGD', () => new StochasticGradientDescentTrainer(), { batchSize: 1 }],
  ] as const)('%s at learning rate 1e308 throws DivergenceError and keeps finite parameters', (_name, trainer, options) => {
    const line = new LinearModel(0.5, 3);
    expect(() => trainer().train(line, POINTS, { epochs: 5, learningRate: 1e308, ...options })).toThrow(DivergenceError);
    expect(allFinite([line.a, line.b]), `a = ${line.a}, b = ${line.b}`).toBe(true);
  });

  it('gradient descent refuses its very first step, so the line is exactly the initial one', () => {
    const line = new LinearModel(0.5, 3);
    expect(() => new GradientDescentTrainer().train(line, POINTS, { epochs: 5, learningRate: 1e308 })).toThrow(DivergenceError);
    expect([line.a, line.b]).toEqual([0.5, 3]);
  });
});

describe("2. the book's train checks its steps", () => {
  const identity = () => ({ activation: new IdentityAF(), outputActivation: new IdentityAF() });

  it('train([1e200], [1]) on an identity 1-2-1 network throws DivergenceError and changes no bit', () => {
    const network = new NNetwork().configure(1, 2, 1, identity());
    const before = bytesOf(network);
    expect(() => network.train([1e200], [1])).toThrow(DivergenceError);
    expect(bytesOf(network)).toEqual(before);
  });

  it('100 steps at learning rate 1e6 stop with DivergenceError, every parameter finite', () => {
    const network = new NNetwork().configure(1, 2, 1, identity());
    network.learningRate = 1e6;
    expect(() => {
      for (let i = 0; i < 100; i++) network.train([1], [1]);
    }).toThrow(DivergenceError);
    expect(network.layers.every((layer) => allFinite(layer.parameters()))).toBe(true);
  });
});

describe('3. saveModel refuses what loadModel refuses', () => {
  it('a NaN weight: a typed error naming the field, and the good file on disk stays', async () => {
    const path = join(dir, 'kept.json');
    const network = new NNetwork().configure(2, 2, 1);
    await saveModel(path, network);
    network.layers[0]!.parameters()[1] = Number.NaN;
    const error = await saveModel(path, network).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgileNeuronsError);
    expect(String(error)).toMatch(/layers\[0\]\.neurons\[0\]\.weights\[1\]: must be a finite number, got NaN/);
    expect(modelFromJson(await readFile(path, 'utf8')).network.layers[0]!.parameters()[1]).not.toBeNaN();
  });

  it('an activation under the empty name is refused when registered', () => {
    expect(() => registerActivation('', () => new IdentityAF())).toThrow(AgileNeuronsError);
    unregisterActivation('');
  });
});

describe('4. the CLI ends quietly when its reader goes away, and in one line when the output fails', () => {
  let model: string;
  let rows: string;
  beforeAll(async () => {
    model = join(dir, 'iris-model.json');
    const trained = await runBuiltCli(['train', IRIS, '--epochs', '5', '-q', '-o', model]);
    expect(trained.code, trained.stderr).toBe(0);
    rows = join(dir, 'many-rows.csv');
    await writeManyIrisRows(rows);
  });

  it('predict | head -1: exit 0, nothing on stderr', async () => {
    const run = await runBuiltCliIntoClosingPipe(['predict', model, rows]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it.each(['predict', 'evaluate'])('%s > /dev/full: one line on stderr, exit 1', async (command) => {
    const run = await runBuiltCliIntoFile([command, model, IRIS], '/dev/full');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^agile-neurons (predict|evaluate): cannot write the output: no space left on the device\n$/);
  });
});

describe('5. configure is atomic', () => {
  it('configure(2, 1e10, 1) on a configured network throws a typed error and keeps the layers', () => {
    const network = new NNetwork().configure(2, 3, 1);
    const before = bytesOf(network);
    expect(() => network.configure(2, 1e10, 1)).toThrow(AgileNeuronsError);
    expect(network.layers).toHaveLength(2);
    expect(bytesOf(network)).toEqual(before);
  });
});

describe('6. NaN never comes out silently', () => {
  const overflowing = () => {
    const network = new NNetwork().configure(1, 1, 2, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
    network.layers[0]!.parameters().set([1e308, 0]);
    network.layers[1]!.parameters().set([1e308, 0, -1e308, 0]);
    return network;
  };

  it('feed with finite weights that overflow throws a typed error', () => {
    expect(() => overflowing().feed([10])).toThrow(AgileNeuronsError);
  });

  it('predict does not turn NaN outputs into class 0', () => {
    expect(() => overflowing().predict([1e10])).toThrow(AgileNeuronsError);
  });

  it('a column spanning −1e308…1e308 is refused, not scaled to NaN', () => {
    expect(() => new Normalization().normalizeData([[-1e308, 0], [1e308, 1], [0, 0]])).toThrow(AgileNeuronsError);
  });

  it('normalizeInputs refuses NaN instead of passing it through', () => {
    const scaling = new Normalization();
    scaling.normalizeData([[0, 0], [1, 1]]);
    expect(() => scaling.normalizeInputs([Number.NaN])).toThrow(AgileNeuronsError);
  });
});

describe('7. JavaScript callers get typed errors', () => {
  it('a null factory is refused when registered', () => {
    expect(() => registerActivation('issue16-null', null as never)).toThrow(AgileNeuronsError);
    unregisterActivation('issue16-null');
  });

  it.each([
    ['null weights', () => (new NNetwork().configure(2, 2, 1).layers[0]!.neurons[0]!.weights = null as never)],
    ['omitted trainer options', () => new GradientDescentTrainer().train(new LinearModel(), POINTS, undefined as never)],
    ['null training data', () => new GradientDescentTrainer().train(new LinearModel(), null as never, { epochs: 1 })],
    ['a null row', () => new GradientDescentTrainer().train(new LinearModel(), { inputs: [null], targets: [[1]] } as never, { epochs: 1 })],
    ['null rows for trainEpochs', () => new NNetwork().configure(2, 2, 1).trainEpochs(null as never, 1)],
    ['null data to normalise', () => new Normalization().normalizeData(null as never)],
  ])('%s', (_what, call) => {
    expect(call).toThrow(AgileNeuronsError);
  });
});

describe('8. CLI wording and exit codes', () => {
  it.each([
    ['99', /--label 99: .*iris\.csv has 5 columns: give a column number from 1 to 5/],
    ['nosuch', /--label nosuch: .*iris\.csv has no column named 'nosuch'/],
  ])('--label %s is a usage error (exit 2) naming the column as typed', async (label, message) => {
    const run = await runBuiltCli(['train', IRIS, '--epochs', '1', '-q', '--label', label]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('figures into a path under a file: one typed line, no raw Node error', async () => {
    const blocker = join(dir, 'blocker');
    await writeFile(blocker, 'a file');
    const run = await runBuiltCli(['figures', join(blocker, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^agile-neurons figures: cannot write .*blocker\/out: a part of the path is a file, not a folder\n$/);
  });

  it('evaluate on too few columns says so, not that a number is an unknown label', async () => {
    const model = join(dir, 'iris-for-evaluate.json');
    expect((await runBuiltCli(['train', IRIS, '--epochs', '5', '-q', '-o', model])).code).toBe(0);
    const few = join(dir, 'few.csv');
    await writeFile(few, '5.1,3.5,1.4\n4.9,3.0,1.4\n');
    const run = await runBuiltCli(['evaluate', model, few]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/few\.csv: line 1: has 3 columns but 4 features and a label \(5 columns\) are expected/);
  });

  it('a single training row is named as such, not as "column 0 is constant"', async () => {
    const two = join(dir, 'two.csv');
    await writeFile(two, 'a,b,class\n1,2,x\n3,4,y\n');
    const run = await runBuiltCli(['train', two, '-q', '--test-fraction', '0.5']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--test-fraction 0\.5 leaves 1 training row out of 2/);
  });

  it('epochs "10" is shown as the string it is', () => {
    expect(() => new GradientDescentTrainer().train(new LinearModel(), POINTS, { epochs: '10' as never })).toThrow('epochs must be a positive integer, got "10"');
  });
});

describe('9. format edges', () => {
  it('a model file with a byte order mark loads', () => {
    const text = modelToJson(new NNetwork().configure(2, 2, 1));
    expect(modelFromJson(`\uFEFF${text}`).network.numberOfInputs()).toBe(2);
  });

  it('a −0 weight comes back −0', () => {
    const network = new NNetwork().configure(2, 2, 1);
    network.layers[0]!.parameters()[0] = -0;
    expect(Object.is(modelFromJson(modelToJson(network)).network.layers[0]!.parameters()[0], -0)).toBe(true);
  });

  it('a numeric header row is read as a header with header: true', () => {
    const read = readLabelledCsv('1,2,3,4,class\n5.1,3.5,1.4,0.2,a\n7,3.2,4.7,1.4,b\n', { header: true });
    expect(read.features).toHaveLength(2);
    expect(read.featureNames).toEqual(['1', '2', '3', '4']);
  });

  it('and with --header on the command line', async () => {
    const model = join(dir, 'iris-for-header.json');
    expect((await runBuiltCli(['train', IRIS, '--epochs', '5', '-q', '-o', model])).code).toBe(0);
    const numbered = join(dir, 'numbered.csv');
    await writeFile(numbered, '1,2,3,4,class\n5.1,3.5,1.4,0.2,setosa\n');
    const run = await runBuiltCli(['evaluate', model, numbered, '--header']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/accuracy: .*\(\d\/1\)/);
  });
});

describe('10. leftovers', () => {
  it('the next save to a folder removes our stale temporary files, and only ours', async () => {
    const own = await mkdtemp(join(dir, 'stale-'));
    const stale = ['.model.json.4242.0123456789ab.tmp', '.figure.png.77.abcdefabcdef.bak'];
    const kept = ['.model.json.4242.0123456789ab.tmp.mine', 'notes.tmp', '.fresh.json.1.aaaaaaaaaaaa.tmp'];
    for (const name of [...stale, ...kept]) await writeFile(join(own, name), 'x');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    for (const name of [...stale, ...kept.slice(0, 2)]) await utimes(join(own, name), hourAgo, hourAgo);
    await writeFileAtomic(join(own, 'model.json'), '{}');
    expect((await readdir(own)).sort()).toEqual([...kept, 'model.json'].sort());
  });

  it('training 1,000,000 rows under a 512 MB heap fails with one typed line, not a V8 report', async () => {
    const big = join(dir, 'big.csv');
    const row = '5.1,3.5,1.4,0.2,setosa\n6.2,2.9,4.3,1.3,versicolor\n';
    await writeFile(big, `a,b,c,d,class\n${row.repeat(500_000)}`);
    const run = await runNode(['--max-old-space-size=512', BUILT_CLI, 'train', big, '--epochs', '1', '-q']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^agile-neurons train: reading .*big\.csv \(1000001 rows, 5000005 cells\) needs about \d+ MiB of memory but Node allows only \d+ MiB more: run it with NODE_OPTIONS=--max-old-space-size=\d+, or use fewer rows\n$/);
  });
});
