import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { thrownAs } from '../refusals.js';
import {
  ActivationFunction,
  InputFileError,
  InvalidArgumentError,
  LeakyReLUAF,
  ModelFormatError,
  NNetwork,
  NotConfiguredError,
  Normalization,
  oneHot,
  OutputFileError,
  Random,
  registerActivation,
  createTrainer,
  SigmoidAF,
  SoftmaxAF,
  TanhAF,
  UnknownNameError,
  unregisterActivation,
} from '../../src/index.js';
import { networkFromDocument, networkToDocument, type LayerDocument, type ModelDocument } from '../../src/io/model-document.js';
import { loadModel, modelFromJson, modelToJson, saveModel } from '../../src/io/model-file.js';

/** A trained 3-4-3-2 network with two activations, a normalization and class names. */
function trainedNetwork(): NNetwork {
  const network = new NNetwork().configure(3, [4, 3], 2, { activation: new TanhAF(), outputActivation: new LeakyReLUAF(0.2), random: new Random(7) });
  const inputs = [
    [0.1, 0.9, 0.3],
    [0.8, 0.2, 0.5],
    [0.4, 0.4, 0.9],
  ];
  createTrainer('sgd').train(
    network,
    { inputs, targets: [oneHot(0, 2), oneHot(1, 2), oneHot(0, 2)] },
    { epochs: 20, learningRate: 0.05 },
  );
  network.learningRate = 0.05;
  network.normalization = Object.assign(new Normalization(), { min: [0, -1, 2.5], max: [1, 1, 7.25] });
  return network;
}

const PROBES = [
  [0, 0, 0],
  [0.25, -0.5, 3],
  [1, 1, 7.25],
  [-3, 12.5, 1e-9],
];

/** The outputs of `network` on the probes, for exact comparison. */
function outputsOf(network: NNetwork): number[][] {
  return PROBES.map((x) => network.feed(x));
}

function validDocument(): ModelDocument {
  return networkToDocument(trainedNetwork(), { classLabels: ['no', 'yes'] });
}

/** A fresh valid document, changed by `change`. */
function broken(change: (doc: any) => void): unknown {
  const doc = structuredClone(validDocument()) as any;
  change(doc);
  return doc;
}

function formatErrorOf(action: () => unknown): ModelFormatError {
  return thrownAs(ModelFormatError, action);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agile-neurons-model-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('model round trip', () => {
  it('gives back exactly the same parameters and outputs, through JSON text', () => {
    const network = trainedNetwork();
    const loaded = modelFromJson(modelToJson(network, { classLabels: ['no', 'yes'] }));
    expect(loaded.network.parameters()).toEqual(network.parameters());
    expect(outputsOf(loaded.network)).toEqual(outputsOf(network));
    loaded.network.parameters().forEach((layer, l) => {
      layer.forEach((value, i) => expect(Object.is(value, network.parameters()[l]![i]), `layer ${l} entry ${i}`).toBe(true));
    });
  });

  it('keeps the activations by name and config, the learning rate, the normalization and the class labels', () => {
    const loaded = modelFromJson(modelToJson(trainedNetwork(), { classLabels: ['no', 'yes'] }));
    expect(loaded.network.layers.map((layer) => layer.activationFunction.name)).toEqual(['tanh', 'tanh', 'leakyRelu']);
    expect(loaded.network.layers[2]!.activationFunction.config()).toEqual({ slope: 0.2 });
    expect(loaded.network.learningRate).toBe(0.05);
    expect(loaded.network.normalization?.min).toEqual([0, -1, 2.5]);
    expect(loaded.network.normalization?.max).toEqual([1, 1, 7.25]);
    expect(loaded.classLabels).toEqual(['no', 'yes']);
    expect(loaded.network.numberOfInputs()).toBe(3);
    // every neuron of a layer shares the layer's activation, as configure makes them
    for (const layer of loaded.network.layers) for (const n of layer.neurons) expect(n.activationFunction).toBe(layer.activationFunction);
  });

  it('a saved and loaded network trains on exactly as the original does', () => {
    const original = trainedNetwork();
    const copy = modelFromJson(modelToJson(original)).network;
    for (const network of [original, copy]) network.train([0.3, 0.2, 0.1], [1, 0]);
    expect(copy.parameters()).toEqual(original.parameters());
  });

  it('stores null for a network without normalization or class labels, and reads it back so', () => {
    const network = new NNetwork().configure(2, 3, 1);
    const doc = networkToDocument(network);
    expect(doc.normalization).toBeNull();
    expect(doc.classLabels).toBeNull();
    const loaded = networkFromDocument(JSON.parse(JSON.stringify(doc)));
    expect(loaded.network.normalization).toBeUndefined();
    expect(loaded.classLabels).toBeUndefined();
    expect(loaded.network.feed([0.5, -0.5])).toEqual(network.feed([0.5, -0.5]));
  });

  it('takes the normalization from the extras before the network’s', () => {
    const doc = networkToDocument(trainedNetwork(), { normalization: { min: [1, 2, 3], max: [4, 5, 6] } });
    expect(doc.normalization).toEqual({ min: [1, 2, 3], max: [4, 5, 6] });
  });

  it('writes a versioned document with one line per list of numbers', () => {
    const text = modelToJson(trainedNetwork(), { classLabels: ['no', 'yes'] });
    const doc = JSON.parse(text);
    expect(doc.format).toBe('agile-neurons/model');
    expect(doc.version).toBe(1);
    expect(doc.inputs).toBe(3);
    expect(text).toMatch(/"weights": \[-?\d[^\n]*\],?\n/);
    expect(text).toContain('"classLabels": ["no", "yes"]');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('keeps class labels with commas, quotes and brackets intact', () => {
    const labels = ['a, "b"', 'c]  ,\td'];
    expect(modelFromJson(modelToJson(new NNetwork().configure(1, 1, 2), { classLabels: labels })).classLabels).toEqual(labels);
  });

  it('round-trips through saveModel and loadModel', async () => {
    const network = trainedNetwork();
    const path = join(dir, 'round-trip.json');
    await saveModel(path, network, { classLabels: ['no', 'yes'] });
    const loaded = await loadModel(path);
    expect(outputsOf(loaded.network)).toEqual(outputsOf(network));
    expect(await readFile(path, 'utf8')).toBe(modelToJson(loaded.network, { classLabels: ['no', 'yes'] }));
  });
});

describe('a softmax output layer', () => {
  const softmaxNetwork = () => new NNetwork().configure(3, 4, 3, { outputActivation: new SoftmaxAF(), random: new Random(3) });

  it('is saved as the layer’s activation, in version 1, and loads back computing the same outputs, bit for bit', () => {
    const network = softmaxNetwork();
    const doc = JSON.parse(modelToJson(network));
    expect(doc.version).toBe(1);
    expect(doc.layers.map((layer: LayerDocument) => layer.activation)).toEqual([
      { name: 'sigmoid', config: {} },
      { name: 'softmax', config: {} },
    ]);
    const loaded = modelFromJson(JSON.stringify(doc)).network;
    expect(loaded.outputLayer().layerActivation).toBeInstanceOf(SoftmaxAF);
    expect(outputsOf(loaded)).toEqual(outputsOf(network));
    for (const each of [network, loaded]) each.train([0.3, 0.2, 0.1], [0, 0, 1]);
    expect(loaded.parameters()).toEqual(network.parameters());
  });

  it('a file with softmax on a one-neuron layer names the field', () => {
    const doc = networkToDocument(new NNetwork().configure(2, 2, 1)) as any;
    doc.layers[1].activation = { name: 'softmax', config: {} };
    const error = formatErrorOf(() => networkFromDocument(doc));
    expect(error.field).toBe('layers[1].neurons');
    expect(error.detail).toMatch(/has 1 neuron but activation 'softmax' needs at least 2/);
  });
});

describe('user-registered activations', () => {
  class SoftplusAF extends ActivationFunction {
    readonly name = 'softplus-model-test';
    constructor(readonly sharpness = 1) {
      super();
    }
    eval(z: number): number {
      return Math.log1p(Math.exp(this.sharpness * z)) / this.sharpness;
    }
    derivative(output: number): number {
      return 1 - Math.exp(-this.sharpness * output);
    }
    override config(): Record<string, number> {
      return { sharpness: this.sharpness };
    }
  }
  afterEach(() => {
    unregisterActivation('softplus-model-test');
  });

  it('round-trip by registered name and config', () => {
    registerActivation('softplus-model-test', (config) => new SoftplusAF(config.sharpness));
    const network = new NNetwork().configure(3, 4, 2, { activation: new SoftplusAF(2) });
    const loaded = modelFromJson(modelToJson(network));
    expect(loaded.network.layers[0]!.activationFunction).toBeInstanceOf(SoftplusAF);
    expect(loaded.network.layers[0]!.activationFunction.config()).toEqual({ sharpness: 2 });
    expect(outputsOf(loaded.network)).toEqual(outputsOf(network));
  });

  it('a file using one that is not registered names the field and the activation', () => {
    registerActivation('softplus-model-test', (config) => new SoftplusAF(config.sharpness));
    const text = modelToJson(new NNetwork().configure(3, 4, 2, { activation: new SoftplusAF() }));
    unregisterActivation('softplus-model-test');
    const error = formatErrorOf(() => modelFromJson(text));
    expect(error.field).toBe('layers[0].activation.name');
    expect(error.message).toContain("'softplus-model-test'");
    expect(error.message).toContain('register it');
  });

  it('saving one that is not registered fails before anything is written', async () => {
    const path = join(dir, 'unregistered.json');
    const network = new NNetwork().configure(3, 4, 2, { activation: new SoftplusAF() });
    await expect(saveModel(path, network)).rejects.toThrow(UnknownNameError);
    expect(await readdir(dir)).not.toContain('unregistered.json');
  });
});

describe('malformed model documents name the wrong field', () => {
  const cases: [string, () => unknown, string, RegExp?][] = [
    ['an array instead of an object', () => [], '(document)'],
    ['null', () => null, '(document)'],
    ['no format', () => broken((d) => delete d.format), 'format', /missing/],
    ['another format', () => broken((d) => (d.format = 'keras')), 'format', /not an agile-neurons model/],
    ['an unknown version', () => broken((d) => (d.version = 2)), 'version', /version 1/],
    ['a version as a string', () => broken((d) => (d.version = '1')), 'version'],
    ['no version', () => broken((d) => delete d.version), 'version', /missing/],
    ['no inputs', () => broken((d) => delete d.inputs), 'inputs', /missing/],
    ['zero inputs', () => broken((d) => (d.inputs = 0)), 'inputs'],
    ['no learning rate', () => broken((d) => delete d.learningRate), 'learningRate', /missing/],
    ['a negative learning rate', () => broken((d) => (d.learningRate = -0.1)), 'learningRate', /above 0/],
    ['no layers', () => broken((d) => delete d.layers), 'layers', /missing/],
    ['zero layers', () => broken((d) => (d.layers = [])), 'layers'],
    ['a layer that is not an object', () => broken((d) => (d.layers[1] = 7)), 'layers[1]'],
    ['a layer without neurons', () => broken((d) => (d.layers[1].neurons = [])), 'layers[1].neurons'],
    ['a layer without an activation', () => broken((d) => delete d.layers[0].activation), 'layers[0].activation', /missing/],
    ['an unknown activation', () => broken((d) => (d.layers[2].activation.name = 'swish')), 'layers[2].activation.name', /'swish'/],
    ['an activation without config', () => broken((d) => delete d.layers[2].activation.config), 'layers[2].activation.config'],
    ['a non-numeric activation setting', () => broken((d) => (d.layers[2].activation.config.slope = 'x')), 'layers[2].activation.config.slope'],
    ['an activation setting out of range', () => broken((d) => (d.layers[2].activation.config.slope = 5)), 'layers[2].activation.config', /slope/],
    ['too few weights', () => broken((d) => d.layers[1].neurons[2].weights.pop()), 'layers[1].neurons[2].weights', /4 entries \(the size of layers\[0\]\), got 3/],
    ['too many weights in the first layer', () => broken((d) => d.layers[0].neurons[1].weights.push(1)), 'layers[0].neurons[1].weights', /3 entries \(inputs\)/],
    ['weights that are not a list', () => broken((d) => (d.layers[0].neurons[0].weights = 1)), 'layers[0].neurons[0].weights'],
    ['a NaN weight (null in JSON)', () => broken((d) => (d.layers[0].neurons[0].weights[1] = null)), 'layers[0].neurons[0].weights[1]', /finite/],
    ['a weight as a string', () => broken((d) => (d.layers[2].neurons[1].weights[0] = '0.5')), 'layers[2].neurons[1].weights[0]'],
    ['no bias', () => broken((d) => delete d.layers[0].neurons[3].bias), 'layers[0].neurons[3].bias', /missing/],
    ['an infinite bias', () => broken((d) => (d.layers[1].neurons[0].bias = Infinity)), 'layers[1].neurons[0].bias', /finite/],
    ['no normalization field', () => broken((d) => delete d.normalization), 'normalization', /missing/],
    ['a short normalization min', () => broken((d) => d.normalization.min.pop()), 'normalization.min', /one per input/],
    ['a non-finite normalization max', () => broken((d) => (d.normalization.max[0] = null)), 'normalization.max[0]'],
    ['a constant normalization column', () => broken((d) => (d.normalization.max[2] = d.normalization.min[2])), 'normalization.max[2]', /divide by zero/],
    ['no classLabels field', () => broken((d) => delete d.classLabels), 'classLabels', /missing/],
    ['too many class labels', () => broken((d) => d.classLabels.push('maybe')), 'classLabels', /one per output/],
    ['a class label that is not a string', () => broken((d) => (d.classLabels[1] = 1)), 'classLabels[1]'],
    ['a repeated class label', () => broken((d) => (d.classLabels[1] = 'no')), 'classLabels[1]', /repeats 'no'/],
  ];

  it.each(cases)('%s', (_what, make, field, detail) => {
    const error = formatErrorOf(() => networkFromDocument(make()));
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
    if (detail) expect(error.detail).toMatch(detail);
  });

  it('text that is not JSON', () => {
    const error = formatErrorOf(() => modelFromJson('{"format": "agile-neurons/model", '));
    expect(error.field).toBe('(document)');
    expect(error.detail).toMatch(/not JSON/);
  });

  it('a number too large for a double (Infinity after JSON.parse)', () => {
    const text = JSON.stringify(validDocument()).replace(/"weights":\[[^,\]]+/, '"weights":[1e999');
    expect(formatErrorOf(() => modelFromJson(text)).field).toBe('layers[0].neurons[0].weights[0]');
  });
});

describe('documents that cannot be written', () => {
  it('a network without layers', () => {
    expect(() => networkToDocument(new NNetwork())).toThrow(NotConfiguredError);
  });

  it('a layer whose neurons use different activations', () => {
    const network = new NNetwork().configure(2, 3, 1);
    network.layers[0]!.neurons[1]!.activationFunction = new TanhAF();
    expect(() => networkToDocument(network)).toThrow(/neuron 1 uses activation 'tanh'/);
  });

  it('neurons with different learning rates', () => {
    const network = new NNetwork().configure(2, 3, 1);
    network.layers[1]!.neurons[0]!.learningRate = 0.5;
    expect(() => networkToDocument(network)).toThrow(InvalidArgumentError);
  });

  it('class labels that do not match the outputs, or a normalization that does not match the inputs', () => {
    const network = new NNetwork().configure(2, 3, 3, { outputActivation: new SigmoidAF() });
    expect(() => networkToDocument(network, { classLabels: ['a', 'b'] })).toThrow(InvalidArgumentError);
    expect(() => networkToDocument(network, { normalization: { min: [0], max: [1] } })).toThrow(InvalidArgumentError);
  });

  it('one output may carry two class labels (below and from 0.5)', () => {
    const doc = networkToDocument(new NNetwork().configure(2, 3, 1), { classLabels: ['off', 'on'] });
    expect(networkFromDocument(doc).classLabels).toEqual(['off', 'on']);
  });
});

describe('atomic saves', () => {
  it('a save into a path whose parent is a regular file fails with OutputFileError and leaves nothing', async () => {
    const blocker = join(dir, 'blocker');
    await writeFile(blocker, 'not a directory');
    const before = await readdir(dir);
    const error = await saveModel(join(blocker, 'model.json'), trainedNetwork()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputFileError);
    expect((error as OutputFileError).path).toBe(join(blocker, 'model.json'));
    expect(await readdir(dir)).toEqual(before);
  });

  it('a save over a directory fails and leaves no temporary file', async () => {
    const target = join(dir, 'a-directory.json');
    await saveModel(join(target, 'inner.json'), trainedNetwork()); // makes the directory
    const before = await readdir(dir);
    await expect(saveModel(target, trainedNetwork())).rejects.toThrow(OutputFileError);
    expect(await readdir(dir)).toEqual(before);
  });

  it('a failed later save leaves the earlier model file as it was', async () => {
    const path = join(dir, 'kept.json');
    await saveModel(path, trainedNetwork(), { classLabels: ['no', 'yes'] });
    const saved = await readFile(path, 'utf8');
    const unsavable = new NNetwork().configure(3, 2, 2);
    unsavable.layers[0]!.neurons[0]!.activationFunction = new TanhAF();
    await expect(saveModel(path, unsavable)).rejects.toThrow(InvalidArgumentError);
    expect(await readFile(path, 'utf8')).toBe(saved);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('creates missing parent folders', async () => {
    const path = join(dir, 'new', 'folder', 'model.json');
    await saveModel(path, trainedNetwork());
    expect((await loadModel(path)).network.numberOfInputs()).toBe(3);
  });

  it('loading a missing file is an InputFileError', async () => {
    await expect(loadModel(join(dir, 'missing.json'))).rejects.toThrow(InputFileError);
    await expect(loadModel(join(dir, 'missing.json'))).rejects.toThrow(/no such file/);
  });
});
