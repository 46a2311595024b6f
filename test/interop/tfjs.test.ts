// The exported files as TensorFlow.js itself reads them: tf.loadLayersModel on the
// model.json object and the weights bytes (the path tf.io.http takes for files),
// predictions compared with ours. TF.js is slow to import: one import, this file.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { input, loadLayersModel, model as functionalModel, sequential, layers as tfLayers, type LayersModel, type SymbolicTensor } from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CategoricalCrossEntropy,
  exportToTfjs,
  IdentityAF,
  importFromTfjs,
  LeakyReLUAF,
  NNetwork,
  Normalization,
  oneHot,
  Random,
  ReLUAF,
  SoftmaxAF,
  StochasticGradientDescentTrainer,
  TanhAF,
  TFJS_WEIGHTS_FILE,
  type ActivationFunction,
  type TfjsModel,
  UnsupportedModelError,
} from '../../src/index.js';
import { irisDataset } from '../../src/io/datasets.js';

beforeAll(async () => {
  // TF.js greets every Node process with advice to install tfjs-node; PROD mode keeps the test output clean.
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
});

/** The exported model as TF.js loads it from files: model.json through JSON text, then the weights manifest. */
async function loadInTfjs({ modelJson, weightData }: TfjsModel): Promise<LayersModel> {
  const json = JSON.parse(JSON.stringify(modelJson)) as tf.io.ModelJSON;
  const artifacts = await tf.io.getModelArtifactsForJSON(json, async (manifest) => {
    expect(manifest.flatMap((group) => group.paths)).toEqual([TFJS_WEIGHTS_FILE]);
    return [manifest.flatMap((group) => group.weights), weightData];
  });
  return loadLayersModel(tf.io.fromMemory(artifacts));
}

/** TF.js's outputs for `rows`, one array per row. */
function predictInTfjs(model: LayersModel, rows: readonly (readonly number[])[]): number[][] {
  return tf.tidy(() => (model.predict(tf.tensor2d(rows.map((row) => [...row]))) as tf.Tensor2D).arraySync());
}

function largestIndex(values: readonly number[]): number {
  return values.indexOf(Math.max(...values));
}

/**
 * The largest |ours − theirs| over every output of every row, relative to |ours|
 * where that is above 1: TF.js computes in float32 (24 bits, about 6e−8
 * relative), so an unbounded output of 40 may differ by 3e−6.
 */
function largestDifference(ours: readonly (readonly number[])[], theirs: readonly (readonly number[])[]): number {
  expect(theirs.length).toBe(ours.length);
  return Math.max(...ours.flatMap((row, r) => row.map((value, k) => Math.abs(value - theirs[r]![k]!) / Math.max(1, Math.abs(value)))));
}

describe('the iris network (4-6-3, trained as the book trains it) in TensorFlow.js', () => {
  const iris = irisDataset();
  const network = new NNetwork().configure(4, 6, 3);
  network.trainEpochs(
    iris.features.map((row, i) => [...row, iris.labels[i]!]),
    1000,
  );
  const inputs = iris.features.map((row) => network.normalization!.normalizeInputs(row));
  const ours = inputs.map((row) => network.feed(row));
  let model: LayersModel;
  beforeAll(async () => {
    model = await loadInTfjs(exportToTfjs(network, { classLabels: iris.classLabels }));
  });

  it('predicts every output within 1e-6 of ours and the same class for all 150 rows', () => {
    const theirs = predictInTfjs(model, inputs);
    expect(largestDifference(ours, theirs)).toBeLessThan(1e-6);
    expect(theirs.map(largestIndex)).toEqual(ours.map(largestIndex));
    // the network is worth exporting: it learned iris
    const correct = ours.filter((row, i) => largestIndex(row) === iris.labels[i]).length;
    expect(correct).toBeGreaterThanOrEqual(140);
  });

  it('is a Sequential of two Dense sigmoid layers, 4 → 6 → 3', () => {
    expect(model.layers.map((layer) => layer.getClassName())).toEqual(['Dense', 'Dense']);
    expect(model.inputs[0]!.shape).toEqual([null, 4]);
    expect(model.outputs[0]!.shape).toEqual([null, 3]);
    expect(model.layers.map((layer) => layer.getConfig().activation)).toEqual(['sigmoid', 'sigmoid']);
  });

  it('carries the normalisation, the class names and the learning rate in its user-defined metadata', () => {
    expect(model.getUserDefinedMetadata()).toEqual({
      agileNeurons: {
        learningRate: 0.1,
        normalization: { min: [4.3, 2, 1, 0.1], max: [7.9, 4.4, 6.9, 2.5] },
        classLabels: ['setosa', 'versicolor', 'virginica'],
      },
    });
  });
});

describe('the README’s in-memory snippet (what a browser page does)', () => {
  it('loads exportToTfjs’s result with tf.io.fromMemory and keeps the metadata', async () => {
    const network = new NNetwork().configure(2, 3, 2);
    const { modelJson, weightData } = exportToTfjs(network, { classLabels: ['off', 'on'] });
    const model = await loadLayersModel(
      tf.io.fromMemory({
        modelTopology: modelJson.modelTopology,
        weightSpecs: modelJson.weightsManifest[0]!.weights,
        weightData,
        userDefinedMetadata: modelJson.userDefinedMetadata,
      }),
    );
    expect(largestDifference([network.feed([0.5, -1])], predictInTfjs(model, [[0.5, -1]]))).toBeLessThan(1e-6);
    expect((model.getUserDefinedMetadata() as any).agileNeurons.classLabels).toEqual(['off', 'on']);
  });
});

describe('the book’s XOR network (2-3-1) in TensorFlow.js', () => {
  const xor = new NNetwork().configure(2, 3, 1);
  const rows = [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ];
  const targets = [0, 1, 1, 0];
  for (let epoch = 0; epoch < 20000; epoch++) rows.forEach((row, i) => xor.train(row, [targets[i]!]));

  it('gives the same outputs within 1e-6 and the same class (output ≥ 0.5) for every row', async () => {
    const ours = rows.map((row) => xor.feed(row));
    expect(ours[2]![0]).toBeCloseTo(0.9530556769505444, 12); // the book's value: this is the book's network
    const theirs = predictInTfjs(await loadInTfjs(exportToTfjs(xor)), rows);
    expect(largestDifference(ours, theirs)).toBeLessThan(1e-6);
    expect(theirs.map((row) => row[0]! >= 0.5 ? 1 : 0)).toEqual(targets);
    expect(ours.map((row) => row[0]! >= 0.5 ? 1 : 0)).toEqual(targets);
  });
});

describe('every exportable activation in TensorFlow.js', () => {
  const probes = Array.from({ length: 20 }, (_, r) => Array.from({ length: 3 }, (_, c) => Math.sin(r * 3 + c) * 2));

  it.each<[string, ActivationFunction, ActivationFunction]>([
    ['tanh, then identity (linear)', new TanhAF(), new IdentityAF()],
    ['relu, then leaky ReLU 0.2', new ReLUAF(), new LeakyReLUAF(0.2)],
    ['leaky ReLU 0.01, then tanh', new LeakyReLUAF(), new TanhAF()],
  ])('%s: the same outputs within 1e-6', async (_name, activation, outputActivation) => {
    const network = new NNetwork().configure(3, [5, 4], 2, { activation, outputActivation, random: new Random(11) });
    const model = await loadInTfjs(exportToTfjs(network));
    expect(largestDifference(probes.map((row) => network.feed(row)), predictInTfjs(model, probes))).toBeLessThan(1e-6);
  });

  it('a leaky ReLU becomes a linear Dense followed by a LeakyReLU layer with the slope as alpha', async () => {
    const network = new NNetwork().configure(3, 4, 2, { activation: new LeakyReLUAF(0.2), outputActivation: new IdentityAF() });
    const model = await loadInTfjs(exportToTfjs(network));
    expect(model.layers.map((layer) => layer.getClassName())).toEqual(['Dense', 'LeakyReLU', 'Dense']);
    expect(model.layers[0]!.getConfig().activation).toBe('linear');
    expect(model.layers[1]!.getConfig().alpha).toBe(0.2);
    expect(model.layers[2]!.getConfig().activation).toBe('linear');
  });
});

describe('a softmax output (our layer activation, a Dense activation in TF.js)', () => {
  it('iris 4-6-3 with softmax trained on the cross-entropy: TF.js gives our probabilities within 1e-6, summing to 1', async () => {
    const iris = irisDataset();
    const normalization = new Normalization();
    normalization.normalizeData(iris.features.map((row, i) => [...row, iris.labels[i]!]));
    const inputs = iris.features.map((row) => normalization.normalizeInputs(row));
    const network = new NNetwork().configure(4, 6, 3, { outputActivation: new SoftmaxAF() });
    new StochasticGradientDescentTrainer().train(
      network,
      { inputs, targets: iris.labels.map((k) => oneHot(k, 3)), labels: iris.labels },
      { epochs: 100, learningRate: 0.1, loss: new CategoricalCrossEntropy() },
    );
    const model = await loadInTfjs(exportToTfjs(network));
    expect(model.layers.map((layer) => layer.getConfig().activation)).toEqual(['sigmoid', 'softmax']);
    const ours = inputs.map((row) => network.feed(row));
    const theirs = predictInTfjs(model, inputs);
    expect(largestDifference(ours, theirs)).toBeLessThan(1e-6);
    expect(theirs.map(largestIndex)).toEqual(ours.map(largestIndex));
    for (const row of theirs) expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
  });
});

describe('a model built and saved by TensorFlow.js, imported', () => {
  interface SavedByTfjs {
    modelJson: unknown;
    weightData: ArrayBuffer;
    model: LayersModel;
  }

  /** A TF.js Sequential (3 → 4 tanh → 2 linear + LeakyReLU 0.1 → 2 sigmoid), saved. */
  async function savedByTfjs(includeOptimizer: boolean): Promise<SavedByTfjs> {
    const model = sequential({
      layers: [
        tfLayers.dense({ units: 4, inputShape: [3], activation: 'tanh' }),
        tfLayers.dense({ units: 2, activation: 'linear' }),
        tfLayers.leakyReLU({ alpha: 0.1 }),
        tfLayers.dense({ units: 2, activation: 'sigmoid' }),
      ],
    });
    if (includeOptimizer) model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
    return saveWithTfjs(model, includeOptimizer);
  }

  /** `model` with weights from `Random(5)` in [−2, 2), saved as TF.js writes files (model.json through JSON text). */
  async function saveWithTfjs(model: LayersModel, includeOptimizer = false): Promise<SavedByTfjs> {
    const random = new Random(5);
    model.setWeights(model.getWeights().map((w) => tf.tensor(Array.from({ length: w.size }, () => random.next() * 4 - 2), w.shape)));
    let saved: tf.io.ModelArtifacts | undefined;
    await model.save(
      tf.io.withSaveHandler(async (artifacts) => {
        saved = artifacts;
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
      { includeOptimizer },
    );
    const { weightData, weightSpecs, ...rest } = saved!;
    const modelJson = JSON.parse(JSON.stringify({ ...rest, weightsManifest: [{ paths: ['weights.bin'], weights: weightSpecs }] }));
    return { modelJson, weightData: weightData as ArrayBuffer, model };
  }

  it('becomes an NNetwork that computes what TF.js computes, within 1e-6', async () => {
    const { modelJson, weightData, model } = await savedByTfjs(false);
    const { network, classLabels } = importFromTfjs(modelJson, weightData);
    expect(network.layers.map((layer) => layer.numberOfNeurons())).toEqual([4, 2, 2]);
    expect(network.layers.map((layer) => layer.activationFunction.name)).toEqual(['tanh', 'leakyRelu', 'sigmoid']);
    expect(network.layers[1]!.activationFunction.config()).toEqual({ slope: 0.1 });
    expect(classLabels).toBeUndefined();
    const probes = [[0, 0, 0], [1, -2, 0.5], [3, 1, -1], [-0.25, 0.75, 2]];
    expect(largestDifference(probes.map((row) => network.feed(row)), predictInTfjs(model, probes))).toBeLessThan(1e-6);
  });

  it('a softmax Dense imports as a softmax layer that computes what TF.js computes', async () => {
    const model = sequential({
      layers: [tfLayers.dense({ units: 5, inputShape: [3], activation: 'relu' }), tfLayers.dense({ units: 4, activation: 'softmax' })],
    });
    const { modelJson, weightData } = await saveWithTfjs(model);
    const { network } = importFromTfjs(modelJson, weightData);
    expect(network.outputLayer().layerActivation).toBeInstanceOf(SoftmaxAF);
    const probes = [[0, 0, 0], [1, -2, 0.5], [3, 1, -1], [-0.25, 0.75, 2]];
    expect(largestDifference(probes.map((row) => network.feed(row)), predictInTfjs(model, probes))).toBeLessThan(1e-6);
  });

  it('saved with its optimizer state: the optimizer weights are skipped', async () => {
    const { modelJson, weightData } = await savedByTfjs(true);
    const specs = (modelJson as tf.io.ModelJSON).weightsManifest[0]!.weights;
    expect(specs.some((spec) => spec.group === 'optimizer')).toBe(true);
    expect(importFromTfjs(modelJson, weightData).network.numberOfNeurons()).toBe(8);
  });

  it('a functional model (tf.model) whose layers form a chain imports too', async () => {
    const x = input({ shape: [3] });
    const hidden = tfLayers.dense({ units: 4, activation: 'relu' }).apply(x) as SymbolicTensor;
    const output = tfLayers.dense({ units: 2, activation: 'sigmoid' }).apply(hidden) as SymbolicTensor;
    const { modelJson, weightData, model } = await saveWithTfjs(functionalModel({ inputs: x, outputs: output }));
    expect((modelJson as any).modelTopology.class_name).toBe('Model');
    const { network } = importFromTfjs(modelJson, weightData);
    expect(network.layers.map((layer) => layer.activationFunction.name)).toEqual(['relu', 'sigmoid']);
    const probes = [[0, 0, 0], [1, -2, 0.5], [3, 1, -1]];
    expect(largestDifference(probes.map((row) => network.feed(row)), predictInTfjs(model, probes))).toBeLessThan(1e-6);
  });

  it('a functional model with branches is refused, naming the layer that breaks the chain', async () => {
    const x = input({ shape: [3] });
    const left = tfLayers.dense({ units: 2, name: 'left' }).apply(x) as SymbolicTensor;
    const right = tfLayers.dense({ units: 2, name: 'right' }).apply(x) as SymbolicTensor;
    const joined = tfLayers.add().apply([left, right]) as SymbolicTensor;
    const { modelJson, weightData } = await saveWithTfjs(functionalModel({ inputs: x, outputs: joined }));
    const error = (() => {
      try {
        importFromTfjs(modelJson, weightData);
      } catch (e) {
        return e as UnsupportedModelError;
      }
      throw new Error('expected an UnsupportedModelError');
    })();
    expect(error).toBeInstanceOf(UnsupportedModelError);
    expect(error.field).toBe('modelTopology.config.layers[2].inbound_nodes');
    expect(error.detail).toMatch(/^is \["input\d+"\] \(layer 'right'\) where a chain has \["left"\]/);
  });
});
