// The counts issue 16 asks for, measured on a fixed catalogue of bad inputs
// (API calls, malformed model files, malformed CSV files), of diverging
// training runs and of CLI misuses: how many are rejected with a typed error
// and the model unchanged, how many divergences leave a non-finite parameter,
// how many CLI runs print a stack trace. The counts are printed, then held.
// (Absent options, null or undefined, take their defaults: they are not bad input.)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdentityAF, registerActivation, unregisterActivation } from '../../src/activation/index.js';
import { NMNetwork } from '../../src/core/nm-network.js';
import { NNetwork } from '../../src/core/nnetwork.js';
import { Normalization } from '../../src/core/normalization.js';
import { Random } from '../../src/core/random.js';
import { AgileNeuronsError, DivergenceError } from '../../src/errors.js';
import { readFeatureCsv, readLabelledCsv } from '../../src/io/csv.js';
import { modelFromJson, modelToJson } from '../../src/io/model-file.js';
import { GradientDescentTrainer, LinearModel, StochasticGradientDescentTrainer } from '../../src/training/index.js';
import { IRIS, runBuiltCli, runBuiltCliIntoClosingPipe, runBuiltCliIntoFile, writeManyIrisRows } from '../cli/run-built-cli.js';

/** Parameters as bytes (−0 and NaN payloads count). */
function bytes(parameters: readonly ArrayLike<number>[]): string {
  return parameters.map((p) => Buffer.from(new Float64Array(Array.from(p)).buffer).toString('hex')).join('|');
}

interface BadInput {
  name: string;
  /** The parameters the call must leave as they were. */
  parameters: () => readonly ArrayLike<number>[];
  call: () => unknown;
}

/** Whether the call threw one of our errors and left the parameters bit for bit as they were. */
function rejectedTypedAndUnchanged({ parameters, call }: BadInput): boolean {
  const before = bytes(parameters());
  try {
    call();
  } catch (error) {
    return error instanceof AgileNeuronsError && bytes(parameters()) === before;
  }
  return false;
}

const net = () => new NNetwork().configure(2, 3, 2);
const POINTS = { inputs: [[1], [3], [2], [4]], targets: [[3], [5.2], [4.1], [7.5]] };

function apiCases(): BadInput[] {
  const cases: BadInput[] = [];
  const onNetwork = (name: string, call: (n: NNetwork) => unknown, make: () => NNetwork = net) => {
    const n = make();
    cases.push({ name, parameters: () => n.parameters(), call: () => call(n) });
  };
  const bad: [string, unknown][] = [['NaN', Number.NaN], ['Infinity', Infinity], ['-Infinity', -Infinity], ['null', null], ['undefined', undefined], ['a string', '1'], ['an object', {}]];
  for (const [what, v] of bad) {
    onNetwork(`feed with ${what}`, (n) => n.feed([1, v as number]));
    onNetwork(`feed of ${what}`, (n) => n.feed(v as number[]));
    onNetwork(`train input ${what}`, (n) => n.train([v as number, 1], [0, 1]));
    onNetwork(`train target ${what}`, (n) => n.train([1, 1], [v as number, 1]));
    onNetwork(`predict ${what}`, (n) => n.predict([v as number, 0]));
    onNetwork(`learning rate ${what}`, (n) => (n.learningRate = v as number));
    onNetwork(`weights with ${what}`, (n) => (n.layers[0]!.neurons[0]!.weights = [1, v as number]));
    onNetwork(`bias ${what}`, (n) => (n.layers[0]!.neurons[0]!.bias = v as number));
    onNetwork(`trainEpochs row with ${what}`, (n) => n.trainEpochs([[1, 2, 0], [3, v as number, 1]], 2));
    onNetwork(`configure with ${what}`, (n) => n.configure(2, v as number, 1));
    const line = new LinearModel(0.5, 3);
    if (v !== null && v !== undefined) cases.push({ name: `trainer learning rate ${what}`, parameters: () => line.parameters(), call: () => new GradientDescentTrainer().train(line, POINTS, { epochs: 2, learningRate: v as number }) });
    const line2 = new LinearModel(0.5, 3);
    cases.push({ name: `trainer epochs ${what}`, parameters: () => line2.parameters(), call: () => new StochasticGradientDescentTrainer().train(line2, POINTS, { epochs: v as number }) });
    const line3 = new LinearModel(0.5, 3);
    cases.push({ name: `trainer target ${what}`, parameters: () => line3.parameters(), call: () => new GradientDescentTrainer().train(line3, { inputs: [[1], [2]], targets: [[1], [v as number]] }, { epochs: 2 }) });
  }
  onNetwork('feed of three inputs to two', (n) => n.feed([1, 2, 3]));
  onNetwork('train with ragged rows', (n) => n.trainEpochs([[1, 2, 0], [1, 1]], 1));
  onNetwork('trainEpochs with no rows', (n) => n.trainEpochs([], 1));
  onNetwork('trainEpochs with a label out of range', (n) => n.trainEpochs([[1, 2, 5]], 1));
  onNetwork('trainEpochs with 0 epochs', (n) => n.trainEpochs([[1, 2, 0], [2, 1, 1]], 0));
  onNetwork('configure 2-1e10-1', (n) => n.configure(2, 1e10, 1));
  onNetwork('configure with an activation named by a string', (n) => n.configure(2, 2, 1, { activation: 'relu' as never }));
  onNetwork('configure with null options', (n) => n.configure(2, 2, 1, null as never));
  onNetwork('configure with a string for hidden sizes', (n) => n.configure(2, '3' as never, 1));
  onNetwork('feed overflowing weights', (n) => n.feed([1e308, 1e308]), () => {
    const n = new NNetwork().configure(2, 1, 2, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
    n.layers[1]!.parameters().set([1e308, 0, -1e308, 0]);
    n.layers[0]!.parameters().set([1e308, 1e308, 0]);
    return n;
  });
  onNetwork('train([1e200], [1]) on an identity 1-2-1 network', (n) => n.train([1e200], [1]), () => new NNetwork().configure(1, 2, 1, { activation: new IdentityAF(), outputActivation: new IdentityAF() }));
  const scaling = new Normalization();
  scaling.normalizeData([[-1e307, 0], [0, 1]]);
  const fitted = () => [scaling.min, scaling.max];
  cases.push({ name: 'normalizeInputs NaN', parameters: fitted, call: () => scaling.normalizeInputs([Number.NaN]) });
  cases.push({ name: 'normalizeInputs far outside', parameters: fitted, call: () => scaling.normalizeInputs([1.7e308]) });
  cases.push({ name: 'normalizeData −1e308…1e308', parameters: fitted, call: () => scaling.normalizeData([[-1e308, 0], [1e308, 1]]) });
  cases.push({ name: 'normalizeData constant column', parameters: fitted, call: () => scaling.normalizeData([[1, 0], [1, 1]]) });
  cases.push({ name: 'normalizeData null', parameters: fitted, call: () => scaling.normalizeData(null as never) });
  const nm = new NMNetwork(new Random(42)).configure(2, 2, 1);
  cases.push({ name: 'NMNetwork configure 2-1e10-1', parameters: () => nm.parameters(), call: () => nm.configure(2, 1e10, 1) });
  cases.push({ name: 'NMNetwork feed null', parameters: () => nm.parameters(), call: () => nm.feed(null as never) });
  cases.push({ name: 'registerActivation empty name', parameters: () => [], call: () => registerActivation('', () => new IdentityAF()) });
  cases.push({ name: 'registerActivation null factory', parameters: () => [], call: () => registerActivation('counts-null', null as never) });
  const line = new LinearModel();
  cases.push({ name: 'trainer without options', parameters: () => line.parameters(), call: () => new GradientDescentTrainer().train(line, POINTS, undefined as never) });
  cases.push({ name: 'trainer with null data', parameters: () => line.parameters(), call: () => new GradientDescentTrainer().train(line, null as never, { epochs: 1 }) });
  cases.push({ name: 'trainer with a null row', parameters: () => line.parameters(), call: () => new GradientDescentTrainer().train(line, { inputs: [null], targets: [[1]] } as never, { epochs: 1 }) });
  cases.push({ name: 'trainer with epochs "10"', parameters: () => line.parameters(), call: () => new GradientDescentTrainer().train(line, POINTS, { epochs: '10' as never }) });
  const withNaN = net();
  withNaN.layers[0]!.parameters()[0] = Number.NaN;
  cases.push({ name: 'save a NaN weight', parameters: () => withNaN.parameters(), call: () => modelToJson(withNaN) });
  return cases;
}

function modelFileCases(): BadInput[] {
  const valid = JSON.parse(modelToJson(net(), { classLabels: ['a', 'b'] })) as Record<string, unknown>;
  const edits: [string, (doc: Record<string, any>) => unknown][] = [
    ['not an object', () => [1, 2]],
    ['no format', (d) => delete d.format],
    ['another format', (d) => (d.format = 'keras')],
    ['version 2', (d) => (d.version = 2)],
    ['version as a string', (d) => (d.version = '1')],
    ['inputs 0', (d) => (d.inputs = 0)],
    ['inputs 1e9', (d) => (d.inputs = 1e9)],
    ['inputs as a string', (d) => (d.inputs = '2')],
    ['learning rate 0', (d) => (d.learningRate = 0)],
    ['learning rate null', (d) => (d.learningRate = null)],
    ['no layers', (d) => delete d.layers],
    ['empty layers', (d) => (d.layers = [])],
    ['a layer that is not an object', (d) => (d.layers[0] = 3)],
    ['no activation', (d) => delete d.layers[0].activation],
    ['an unknown activation', (d) => (d.layers[0].activation.name = 'swish')],
    ['an empty activation name', (d) => (d.layers[0].activation.name = '')],
    ['activation config null', (d) => (d.layers[0].activation.config = null)],
    ['activation config string', (d) => (d.layers[0].activation.config = { slope: 'x' })],
    ['no neurons', (d) => (d.layers[0].neurons = [])],
    ['weights missing', (d) => delete d.layers[0].neurons[0].weights],
    ['one weight too many', (d) => d.layers[0].neurons[0].weights.push(1)],
    ['one weight too few', (d) => d.layers[1].neurons[0].weights.pop()],
    ['a null weight', (d) => (d.layers[0].neurons[0].weights[0] = null)],
    ['a string weight', (d) => (d.layers[0].neurons[0].weights[0] = '1')],
    ['a bias 1e999 (Infinity once read)', (d) => (d.layers[0].neurons[0].bias = Infinity)],
    ['bias missing', (d) => delete d.layers[1].neurons[1].bias],
    ['normalization min too short', (d) => (d.normalization = { min: [0], max: [1, 1] })],
    ['normalization min equals max', (d) => (d.normalization = { min: [0, 1], max: [0, 2] })],
    ['normalization as a number', (d) => (d.normalization = 5)],
    ['class labels too few', (d) => (d.classLabels = ['a'])],
    ['class labels repeated', (d) => (d.classLabels = ['a', 'a'])],
    ['class label empty', (d) => (d.classLabels = ['a', ''])],
  ];
  const texts: [string, string][] = edits.map(([name, edit]) => {
    const doc = structuredClone(valid);
    const replaced = edit(doc);
    return [name, JSON.stringify(Array.isArray(replaced) ? replaced : doc)];
  });
  const text = modelToJson(net());
  texts.push(['empty file', ''], ['not JSON', 'weights: 1'], ['cut in half', text.slice(0, text.length / 2)], ['NaN written out', text.replace(/-?\d\.\d+/, 'NaN')], ['a trailing comma', text.replace(/\n}\n$/, ',\n}\n')]);
  return texts.map(([name, body]) => ({ name: `model file: ${name}`, parameters: () => [], call: () => modelFromJson(body) }));
}

function csvCases(): BadInput[] {
  const texts: [string, string][] = [
    ['empty', ''],
    ['blank lines only', '\n\n  \n'],
    ['a header only', 'a,b,class\n'],
    ['ragged', 'a,b,class\n1,2,x\n1,x\n'],
    ['a word among numbers', 'a,b,class\n1,2,x\n1,abc,y\n'],
    ['NaN', 'a,b,class\n1,NaN,x\n'],
    ['Infinity', 'a,b,class\n1,Infinity,x\n'],
    ['1e999', 'a,b,class\n1,1e999,x\n'],
    ['hexadecimal', 'a,b,class\n1,0x10,x\n'],
    ['an empty cell', 'a,b,class\n1,,x\n'],
    ['an empty label', 'a,b,class\n1,2,\n'],
    ['an unclosed quote', 'a,b,class\n1,"2,x\n'],
    ['text after a quote', 'a,b,class\n1,"2"z,x\n'],
    ['one column only', 'class\nx\ny\n'],
    ['a single column of numbers', '1\n2\n'],
  ];
  const cases: BadInput[] = texts.map(([name, text]) => ({ name: `CSV: ${name}`, parameters: () => [], call: () => readLabelledCsv(text) }));
  const iris = 'a,b,c,d,class\n5.1,3.5,1.4,0.2,setosa\n';
  cases.push(
    { name: 'CSV: label column 9', parameters: () => [], call: () => readLabelledCsv(iris, { label: 9 }) },
    { name: 'CSV: label column by an unknown name', parameters: () => [], call: () => readLabelledCsv(iris, { label: 'kind' }) },
    { name: 'CSV: label by name without a header', parameters: () => [], call: () => readLabelledCsv('1,2,x\n', { label: 'class' }) },
    { name: 'CSV: an empty delimiter', parameters: () => [], call: () => readLabelledCsv(iris, { delimiter: '' }) },
    { name: 'CSV: a label not among the classes', parameters: () => [], call: () => readLabelledCsv(iris, { classLabels: ['x', 'y'] }) },
    { name: 'CSV: too few columns for the model', parameters: () => [], call: () => readLabelledCsv('1,2,3\n', { featureCount: 4 }) },
    { name: 'CSV: too many columns for the model', parameters: () => [], call: () => readFeatureCsv('1,2,3,4,5,6\n', { featureCount: 4 }) },
    { name: 'CSV: a numeric header taken as a header leaves no rows', parameters: () => [], call: () => readLabelledCsv('1,2,3\n', { header: true }) },
  );
  return cases;
}

/** Training runs that diverge: on each, DivergenceError and every parameter finite. */
function divergingRuns(): { name: string; run: () => readonly ArrayLike<number>[] }[] {
  const runs: { name: string; run: () => readonly ArrayLike<number>[] }[] = [];
  const models = {
    line: () => new LinearModel(0.5, 3),
    network: () => new NNetwork().configure(1, 3, 1, { activation: new IdentityAF(), outputActivation: new IdentityAF() }),
    'matrix network': () => new NMNetwork(new Random(42)).configure(1, 3, 1),
  };
  const data = { inputs: [[1], [3], [2], [4]], targets: [[3], [5.2], [4.1], [7.5]] };
  const big = { inputs: [[1e150], [3e150]], targets: [[1], [0]] };
  for (const [modelName, make] of Object.entries(models)) {
    for (const [trainerName, trainer, batchSize] of [['GD', () => new GradientDescentTrainer(), 1], ['mini-batch SGD', () => new StochasticGradientDescentTrainer(), 2], ['online SGD', () => new StochasticGradientDescentTrainer(), 1]] as const) {
      for (const [dataName, rows, rate] of [['lr 1e308', data, 1e308], ['inputs 1e150, lr 1e6', big, 1e6]] as const) {
        runs.push({
          name: `${trainerName} on a ${modelName}, ${dataName}`,
          run: () => {
            const model = make();
            try {
              trainer().train(model as never, rows, { epochs: 20, learningRate: rate, batchSize });
            } catch (error) {
              if (!(error instanceof DivergenceError)) throw error;
            }
            return model.parameters();
          },
        });
      }
    }
  }
  runs.push({
    name: "the book's train, 100 steps at lr 1e6",
    run: () => {
      const network = new NNetwork().configure(1, 2, 1, { activation: new IdentityAF(), outputActivation: new IdentityAF() });
      network.learningRate = 1e6;
      try {
        for (let i = 0; i < 100; i++) network.train([1], [1]);
      } catch (error) {
        if (!(error instanceof DivergenceError)) throw error;
      }
      return network.parameters();
    },
  });
  return runs;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agile-neurons-counts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  unregisterActivation('counts-null');
});

/** CLI misuses; each must answer with one line on stderr (no stack trace) and its documented exit code. */
async function cliMisuses(): Promise<{ name: string; args: string[]; code: number }[]> {
  const files = {
    ragged: 'a,b,class\n1,2,x\n1,x\n',
    nan: 'a,b,class\n1,NaN,x\n2,3,y\n',
    constant: 'a,b,class\n1,2,x\n1,3,y\n1,4,x\n',
    two: 'a,b,class\n1,2,x\n3,4,y\n',
    notJson: '{ nope',
    nanModel: '{"format":"agile-neurons/model","version":1,"inputs":1,"learningRate":0.1,"layers":[{"activation":{"name":"sigmoid","config":{}},"neurons":[{"weights":[null],"bias":0}]}],"normalization":null,"classLabels":null}',
  };
  const paths: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    paths[name] = join(dir, `${name}.${name.endsWith('odel') || name === 'notJson' ? 'json' : 'csv'}`);
    await writeFile(paths[name]!, text);
  }
  const model = join(dir, 'iris.json');
  await runBuiltCli(['train', IRIS, '--epochs', '5', '-q', '-o', model]);
  await writeFile(join(dir, 'blocker'), 'a file');
  return [
    { name: 'no command', args: [], code: 2 },
    { name: 'unknown command', args: ['fit'], code: 2 },
    { name: '--epochs 0', args: ['train', IRIS, '--epochs', '0'], code: 2 },
    { name: '--epochs ten', args: ['train', IRIS, '--epochs', 'ten'], code: 2 },
    { name: '--hidden 0', args: ['train', IRIS, '--hidden', '0'], code: 2 },
    { name: '--learning-rate NaN', args: ['train', IRIS, '--learning-rate', 'NaN'], code: 2 },
    { name: '--test-fraction 1', args: ['train', IRIS, '--test-fraction', '1'], code: 2 },
    { name: '--seed 0', args: ['train', IRIS, '--seed', '0'], code: 2 },
    { name: '--label 99', args: ['train', IRIS, '--label', '99', '-q'], code: 2 },
    { name: '--label nosuch', args: ['train', IRIS, '--label', 'nosuch', '-q'], code: 2 },
    { name: '--label 0', args: ['evaluate', model, IRIS, '--label', '0'], code: 2 },
    { name: 'predict --label 42', args: ['predict', model, IRIS, '--label', '42'], code: 2 },
    { name: 'unknown activation', args: ['train', IRIS, '--activation', 'swish'], code: 2 },
    { name: 'one training row', args: ['train', paths.two!, '--test-fraction', '0.5', '-q'], code: 2 },
    { name: 'missing data file', args: ['train', join(dir, 'missing.csv')], code: 1 },
    { name: 'ragged CSV', args: ['train', paths.ragged!, '-q'], code: 1 },
    { name: 'NaN in CSV', args: ['train', paths.nan!, '-q'], code: 1 },
    { name: 'constant column', args: ['train', paths.constant!, '-q', '--test-fraction', '0'], code: 1 },
    { name: 'model not JSON', args: ['predict', paths.notJson!, IRIS], code: 1 },
    { name: 'model with a null weight', args: ['predict', paths.nanModel!, IRIS], code: 1 },
    { name: 'evaluate on too few columns', args: ['evaluate', model, paths.two!], code: 1 },
    { name: 'output under a file', args: ['train', IRIS, '-q', '-o', join(dir, 'blocker', 'm.json')], code: 1 },
    { name: 'figures under a file', args: ['figures', join(dir, 'blocker', 'figures')], code: 1 },
    { name: 'export to a path under a file', args: ['export', model, '-o', join(dir, 'blocker', 'tfjs')], code: 1 },
    { name: 'import a missing model', args: ['import', join(dir, 'none.json'), '-o', join(dir, 'x.json')], code: 1 },
  ];
}

/** Lines of a Node stack trace or of V8's fatal report. */
const STACK_TRACE = /^\s+at |Unhandled 'error' event|node:internal|FATAL ERROR/m;

describe('issue 16: the counts', () => {
  it('every bad API input, model file and CSV file is rejected with a typed error, the model unchanged', () => {
    const cases = [...apiCases(), ...modelFileCases(), ...csvCases()];
    const failed = cases.filter((c) => !rejectedTypedAndUnchanged(c)).map((c) => c.name);
    console.log(`bad inputs rejected typed and unchanged: ${cases.length - failed.length} of ${cases.length}${failed.length ? `; not: ${failed.join('; ')}` : ''}`);
    expect(failed).toEqual([]);
  });

  it('no diverging training run leaves a non-finite parameter', () => {
    const runs = divergingRuns();
    const nonFinite = runs.filter(({ run }) => !run().every((p) => Array.from(p).every(Number.isFinite))).map((r) => r.name);
    console.log(`diverging runs with a non-finite parameter: ${nonFinite.length} of ${runs.length}${nonFinite.length ? `: ${nonFinite.join('; ')}` : ''}`);
    expect(nonFinite).toEqual([]);
  });

  it('no CLI misuse prints a stack trace, and each exits with its documented code', async () => {
    const misuses = await cliMisuses();
    const runs = await Promise.all(misuses.map(async (m) => ({ ...m, run: await runBuiltCli(m.args, dir) })));
    // Standard output that fails: the reader goes away (exit 0, silent), or the disk is full (exit 1, one line).
    const model = join(dir, 'iris.json');
    const rows = join(dir, 'many-rows.csv');
    await writeManyIrisRows(rows);
    runs.push(
      { name: 'predict | head -1', args: [], code: 0, run: await runBuiltCliIntoClosingPipe(['predict', model, rows]) },
      { name: 'predict > /dev/full', args: [], code: 1, run: await runBuiltCliIntoFile(['predict', model, IRIS], '/dev/full') },
      { name: 'evaluate > /dev/full', args: [], code: 1, run: await runBuiltCliIntoFile(['evaluate', model, IRIS], '/dev/full') },
      { name: 'train > /dev/full', args: [], code: 1, run: await runBuiltCliIntoFile(['train', IRIS, '--epochs', '3', '-q'], '/dev/full') },
    );
    const traces = runs.filter(({ run }) => STACK_TRACE.test(run.stderr)).map((r) => r.name);
    const wrongCodes = runs.filter(({ run, code }) => run.code !== code).map((r) => `${r.name} (${r.run.code}, documented ${r.code})`);
    console.log(`CLI misuses with a stack trace: ${traces.length} of ${runs.length}; with another exit code than documented: ${wrongCodes.length}${wrongCodes.length ? `: ${wrongCodes.join('; ')}` : ''}`);
    expect(traces).toEqual([]);
    expect(wrongCodes).toEqual([]);
  });
});
