// exportToTfjs and importFromTfjs without TF.js: the layout of the weights, the
// round trip, Keras's variants of the format, and a typed error for every bad input.
import { describe, expect, it } from 'vitest';
import {
  ActivationFunction,
  exportToTfjs,
  IdentityAF,
  importFromTfjs,
  InvalidArgumentError,
  LeakyReLUAF,
  ModelFormatError,
  NNetwork,
  NonFiniteValueError,
  Normalization,
  NotConfiguredError,
  Random,
  registerActivation,
  ReLUAF,
  SigmoidAF,
  StepAF,
  TanhAF,
  unregisterActivation,
  UnsupportedActivationError,
  UnsupportedModelError,
  type TfjsModel,
} from '../../src/index.js';

/** A 3-4-3-2 network with every kind of layer: tanh, leaky ReLU (a second layer in TF.js), sigmoid. */
function mixedNetwork(): NNetwork {
  const network = new NNetwork().configure(3, [4, 3], 2, { activation: new TanhAF(), random: new Random(7) });
  network.layers[1]!.activationFunction = new LeakyReLUAF(0.2);
  network.learningRate = 0.05;
  network.normalization = Object.assign(new Normalization(), { min: [0, -2, 1], max: [2, 2, 8] });
  return network;
}

const PROBES = [[0, 0, 0], [0.5, -0.75, 4], [1, 1, 8], [-2.5, 10, 1e-7]];

/** A fresh export of `mixedNetwork`, `model.json` through JSON text as a file holds it, changed by `change`. */
function exported(change: (json: any) => void = () => {}): { modelJson: any; weightData: ArrayBuffer } {
  const { modelJson, weightData } = exportToTfjs(mixedNetwork(), { classLabels: ['no', 'yes'] });
  const json = JSON.parse(JSON.stringify(modelJson));
  change(json);
  return { modelJson: json, weightData };
}

function errorOf<E extends Error>(type: new (...args: any[]) => E, action: () => unknown): E {
  try {
    action();
  } catch (e) {
    expect(e).toBeInstanceOf(type);
    return e as E;
  }
  throw new Error(`expected a ${type.name}`);
}

/** The error importing `model` raises, which must be a ModelFormatError (or subclass) naming `field`. */
function importError(model: { modelJson: unknown; weightData: ArrayBuffer | ArrayBufferView }, type: typeof ModelFormatError = ModelFormatError): ModelFormatError {
  const error = errorOf(type, () => importFromTfjs(model.modelJson, model.weightData));
  expect(error).toBeInstanceOf(ModelFormatError);
  return error;
}

describe('exportToTfjs lays the weights out as TF.js expects', () => {
  it('kernel inputs × units (kernel[i][j] = neuron j’s weight i), then the bias; float32 little-endian', () => {
    const network = new NNetwork().configure(2, [], 3, { outputActivation: new IdentityAF() });
    // neuron j: weights [w0j, w1j], bias bj — chosen to be exact in float32
    network.layers[0]!.parameters().set([1, 2, 0.5, 3, 4, -0.5, 5, 6, 0.25]);
    const { modelJson, weightData } = exportToTfjs(network);
    expect(modelJson.weightsManifest).toEqual([
      {
        paths: ['group1-shard1of1.bin'],
        weights: [
          { name: 'dense_1/kernel', shape: [2, 3], dtype: 'float32' },
          { name: 'dense_1/bias', shape: [3], dtype: 'float32' },
        ],
      },
    ]);
    const view = new DataView(weightData);
    const floats = Array.from({ length: weightData.byteLength / 4 }, (_, k) => view.getFloat32(4 * k, true));
    expect(floats).toEqual([1, 3, 5, 2, 4, 6, 0.5, -0.5, 0.25]);
  });

  it('writes a Sequential of Dense layers with the activations by TF.js name, the first declaring its inputs', () => {
    const { modelJson } = exported();
    expect(modelJson.format).toBe('layers-model');
    expect(modelJson.modelTopology.class_name).toBe('Sequential');
    const layers = modelJson.modelTopology.config.layers;
    expect(layers.map((layer: any) => layer.class_name)).toEqual(['Dense', 'Dense', 'LeakyReLU', 'Dense']);
    expect(layers.map((layer: any) => layer.config.activation)).toEqual(['tanh', 'linear', undefined, 'sigmoid']);
    expect(layers.map((layer: any) => layer.config.units)).toEqual([4, 3, undefined, 2]);
    expect(layers[0].config.batch_input_shape).toEqual([null, 3]);
    expect(layers[2].config.alpha).toBe(0.2);
    expect(layers.every((layer: any, k: number) => k === 2 || layer.config.use_bias === true)).toBe(true);
    expect(modelJson.userDefinedMetadata).toEqual({
      agileNeurons: { learningRate: 0.05, normalization: { min: [0, -2, 1], max: [2, 2, 8] }, classLabels: ['no', 'yes'] },
    });
  });

  it('maps identity to linear, and the weights file holds exactly the parameters as float32', () => {
    const network = new NNetwork().configure(4, [6, 5], 3, { activation: new ReLUAF(), outputActivation: new IdentityAF() });
    const { modelJson, weightData } = exportToTfjs(network);
    expect(modelJson.modelTopology.config.layers.map((layer) => layer.config.activation)).toEqual(['relu', 'relu', 'linear']);
    expect(weightData.byteLength).toBe(4 * ((4 + 1) * 6 + (6 + 1) * 5 + (5 + 1) * 3));
    expect(modelJson.userDefinedMetadata.agileNeurons).toEqual({ learningRate: 0.1, normalization: null, classLabels: null });
  });
});

describe('export then import', () => {
  it('gives back every weight and bias to float32 precision (exactly Math.fround of ours)', () => {
    const network = mixedNetwork();
    const { network: back } = importFromTfjs(...Object.values(exported()) as [unknown, ArrayBuffer]);
    expect(back.parameters().map((p) => Array.from(p))).toEqual(network.parameters().map((p) => Array.from(p, Math.fround)));
    back.parameters().forEach((p, l) => {
      p.forEach((value, k) => expect(Math.abs(value - network.parameters()[l]![k]!)).toBeLessThanOrEqual(Math.abs(value) * 2 ** -24));
    });
  });

  it('gives back the activations, the learning rate, the normalisation and the class names', () => {
    const { network, classLabels } = importFromTfjs(exported().modelJson, exported().weightData);
    expect(network.layers.map((layer) => layer.activationFunction.name)).toEqual(['tanh', 'leakyRelu', 'sigmoid']);
    expect(network.layers[1]!.activationFunction.config()).toEqual({ slope: 0.2 });
    expect(network.layers.map((layer) => layer.numberOfNeurons())).toEqual([4, 3, 2]);
    expect(network.numberOfInputs()).toBe(3);
    expect(network.learningRate).toBe(0.05);
    expect(network.normalization?.min).toEqual([0, -2, 1]);
    expect(network.normalization?.max).toEqual([2, 2, 8]);
    expect(classLabels).toEqual(['no', 'yes']);
  });

  it('computes what the original computes, within float32 rounding of the weights', () => {
    const original = mixedNetwork();
    const { network } = importFromTfjs(exported().modelJson, exported().weightData);
    for (const row of PROBES) {
      const ours = original.feed(row);
      network.feed(row).forEach((value, k) => expect(Math.abs(value - ours[k]!)).toBeLessThan(1e-6));
    }
  });

  it('trains on like any NNetwork (the book’s train step on the imported network)', () => {
    const { network } = importFromTfjs(exported().modelJson, exported().weightData);
    const before = network.feed([0.3, 0.2, 0.1]);
    for (let i = 0; i < 50; i++) network.train([0.3, 0.2, 0.1], [1, 0]);
    const after = network.feed([0.3, 0.2, 0.1]);
    expect(after[0]! - after[1]!).toBeGreaterThan(before[0]! - before[1]!);
  });

  it('reads the weights from a view with an offset (a Node Buffer slice of a larger pool)', () => {
    const { modelJson, weightData } = exported();
    const pool = new Uint8Array(weightData.byteLength + 24);
    pool.set(new Uint8Array(weightData), 16);
    const { network } = importFromTfjs(modelJson, pool.subarray(16, 16 + weightData.byteLength));
    expect(network.parameters()).toEqual(importFromTfjs(modelJson, weightData).network.parameters());
  });
});

describe('importFromTfjs reads what Keras and the tensorflowjs converter write', () => {
  /** Our export rewritten as the converter writes a Keras model: `model_config`, an InputLayer, null for linear. */
  function kerasStyle(json: any): void {
    const layers = json.modelTopology.config.layers;
    const input = { class_name: 'InputLayer', config: { batch_input_shape: layers[0].config.batch_input_shape, dtype: 'float32', sparse: false, name: 'input_1' } };
    delete layers[0].config.batch_input_shape;
    layers[1].config.activation = null;
    json.modelTopology = { keras_version: '2.15.0', backend: 'tensorflow', model_config: { class_name: 'Sequential', config: { name: 'sequential', layers: [input, ...layers] } } };
    delete json.format;
  }

  it('a model_config wrapper, a leading InputLayer, activation null for linear, no format field', () => {
    const { network } = importFromTfjs(exported(kerasStyle).modelJson, exported().weightData);
    expect(network.layers.map((layer) => layer.activationFunction.name)).toEqual(['tanh', 'leakyRelu', 'sigmoid']);
    expect(network.parameters()).toEqual(importFromTfjs(exported().modelJson, exported().weightData).network.parameters());
  });

  /** Our export rewritten as Keras writes a functional model of the same chain. */
  function asFunctional(json: any): void {
    const layers = json.modelTopology.config.layers.map((layer: any, k: number, all: any[]) => ({
      ...layer,
      name: layer.config.name,
      inbound_nodes: k === 0 ? [] : [[[all[k - 1].config.name, 0, 0, {}]]],
    }));
    const ends = (layer: any) => [[layer.name, 0, 0]];
    json.modelTopology = { class_name: 'Functional', config: { name: 'model', layers, input_layers: ends(layers[0]), output_layers: ends(layers.at(-1)) } };
  }

  it('a Keras functional model whose layers form a chain', () => {
    const model = exported(asFunctional);
    expect(importFromTfjs(model.modelJson, model.weightData).network.parameters()).toEqual(
      importFromTfjs(exported().modelJson, exported().weightData).network.parameters(),
    );
  });

  it('a functional model whose output is not its last layer is refused', () => {
    const error = importError(
      exported((json) => {
        asFunctional(json);
        json.modelTopology.config.output_layers = [['dense_2', 0, 0]];
      }),
      UnsupportedModelError,
    );
    expect([error.field, error.detail]).toEqual(['modelTopology.config.output_layers', `is [["dense_2",0,0]]: the one output must be the last layer, 'dense_3'`]);
  });

  it('Keras before 2.2.3: the config is the list of layers', () => {
    const model = exported((json) => (json.modelTopology.config = json.modelTopology.config.layers));
    expect(importFromTfjs(model.modelJson, model.weightData).network.numberOfNeurons()).toBe(9);
  });

  it('Keras 3: the slope is negative_slope and the input shape batch_shape', () => {
    const model = exported((json) => {
      const layers = json.modelTopology.config.layers;
      layers[0].config.batch_shape = layers[0].config.batch_input_shape;
      delete layers[0].config.batch_input_shape;
      layers[2].config = { negative_slope: 0.125, name: 'leaky' };
    });
    expect(importFromTfjs(model.modelJson, model.weightData).network.layers[1]!.activationFunction.config()).toEqual({ slope: 0.125 });
  });

  it('a LeakyReLU without alpha has TF.js’s and Keras’s default slope, 0.3', () => {
    const model = exported((json) => delete json.modelTopology.config.layers[2].config.alpha);
    expect(importFromTfjs(model.modelJson, model.weightData).network.layers[1]!.activationFunction.config()).toEqual({ slope: 0.3 });
  });

  it('weights split over several files (shards) and groups, laid end to end', () => {
    const model = exported((json) => {
      const [group] = json.weightsManifest;
      json.weightsManifest = [
        { paths: ['group1-shard1of2.bin', 'group1-shard2of2.bin'], weights: group.weights.slice(0, 2) },
        { paths: ['group2-shard1of1.bin'], weights: group.weights.slice(2) },
      ];
    });
    expect(importFromTfjs(model.modelJson, model.weightData).network.parameters()).toEqual(
      importFromTfjs(exported().modelJson, exported().weightData).network.parameters(),
    );
  });

  it('without our metadata: learning rate 0.1, no normalisation, no class names', () => {
    const model = exported((json) => delete json.userDefinedMetadata);
    const { network, classLabels } = importFromTfjs(model.modelJson, model.weightData);
    expect([network.learningRate, network.normalization, classLabels]).toEqual([0.1, undefined, undefined]);
  });
});

describe('exportToTfjs refuses, before building anything, what TF.js cannot hold', () => {
  it('the step activation, naming the layer (from 1) and the activation', () => {
    const network = new NNetwork().configure(2, [3, 3], 1);
    network.layers[1]!.activationFunction = new StepAF();
    const error = errorOf(UnsupportedActivationError, () => exportToTfjs(network));
    expect([error.layer, error.activation]).toEqual([2, 'step']);
    expect(error.message).toBe(
      "layer 2 (network.layers[1]) uses activation 'step', which TensorFlow.js has no equivalent for; it can export sigmoid, tanh, relu, identity, leakyRelu, softmax",
    );
  });

  it('a user’s registered activation', () => {
    class SoftplusAF extends ActivationFunction {
      readonly name = 'softplus-tfjs-test';
      eval(z: number): number {
        return Math.log1p(Math.exp(z));
      }
      derivative(output: number): number {
        return 1 - Math.exp(-output);
      }
    }
    registerActivation('softplus-tfjs-test', () => new SoftplusAF());
    try {
      const network = new NNetwork().configure(2, 3, 1, { outputActivation: new SoftplusAF() });
      const error = errorOf(UnsupportedActivationError, () => exportToTfjs(network));
      expect([error.layer, error.activation]).toEqual([2, 'softplus-tfjs-test']);
    } finally {
      unregisterActivation('softplus-tfjs-test');
    }
  });

  it('a user’s class that borrows a built-in name but computes something else', () => {
    class SteepSigmoidAF extends SigmoidAF {
      override eval(z: number): number {
        return super.eval(4 * z);
      }
    }
    const network = new NNetwork().configure(2, 3, 1, { activation: new SteepSigmoidAF() });
    const error = errorOf(UnsupportedActivationError, () => exportToTfjs(network));
    expect([error.layer, error.activation, error.customClass]).toEqual([1, 'sigmoid', 'SteepSigmoidAF']);
    expect(error.message).toContain("uses activation 'sigmoid' (your own class SteepSigmoidAF, not the built-in one)");
  });

  it('a network without layers, neurons of one layer with different activations, extras that do not fit', () => {
    errorOf(NotConfiguredError, () => exportToTfjs(new NNetwork()));
    const mixed = new NNetwork().configure(2, 3, 1);
    mixed.layers[0]!.neurons[2]!.activationFunction = new TanhAF();
    expect(errorOf(InvalidArgumentError, () => exportToTfjs(mixed)).message).toMatch(/^layer 1: neuron 2 uses activation 'tanh' but neuron 0 uses 'sigmoid'/);
    const network = new NNetwork().configure(2, 3, 1);
    expect(errorOf(InvalidArgumentError, () => exportToTfjs(network, { classLabels: ['a', 'b', 'c'] })).what).toBe('classLabels');
    expect(errorOf(InvalidArgumentError, () => exportToTfjs(network, { normalization: { min: [0, 1], max: [1, 1] } })).what).toBe('normalization.max[1]');
  });

  it('a weight too large for float32', () => {
    const network = new NNetwork().configure(2, 3, 1);
    network.layers[1]!.parameters()[2] = 1e39;
    const error = errorOf(NonFiniteValueError, () => exportToTfjs(network));
    expect([error.what, error.value, error.index]).toEqual(['layer 2 parameters as float32', 1e39, 2]);
  });
});

describe('importFromTfjs: a typed error naming the layer or setting for every bad input', () => {
  const layersPath = 'modelTopology.config.layers';

  it.each<[string, (json: any) => void, string, RegExp]>([
    ['a graph model', (json) => (json.format = 'graph-model'), 'format', /only a layers model/],
    ['another kind of model', (json) => (json.modelTopology.class_name = 'MyModel'), 'modelTopology.class_name', /is "MyModel": only a Sequential model, or a functional one whose layers form a chain/],
    ['another layer class', (json) => (json.modelTopology.config.layers[1].class_name = 'Conv2D'), `${layersPath}[1].class_name`, /is 'Conv2D' \(layer 'dense_2'\): only Dense and LeakyReLU layers/],
    ['a first layer of another class, on images', (json) => Object.assign(json.modelTopology.config.layers[0], { class_name: 'Conv2D', config: { name: 'conv', batch_input_shape: [null, 28, 28, 1] } }), `${layersPath}[0].class_name`, /is 'Conv2D' \(layer 'conv'\): only Dense/],
    ['a layer without bias', (json) => (json.modelTopology.config.layers[3].config.use_bias = false), `${layersPath}[3].config.use_bias`, /is false \(layer 'dense_3'\): every neuron/],
    ['an activation we do not have', (json) => (json.modelTopology.config.layers[0].config.activation = 'elu'), `${layersPath}[0].config.activation`, /is "elu" \(layer 'dense_1'\).*reads sigmoid, tanh, relu, linear, softmax/],
    ['a softmax Dense of one unit', (json) => Object.assign(json.modelTopology.config.layers[3].config, { activation: 'softmax', units: 1 }), `${layersPath}[3].config.units`, /is 1 \(layer 'dense_3'\) with activation 'softmax': agile-neurons needs at least 2 units/],
    ['a LeakyReLU after a non-linear Dense', (json) => (json.modelTopology.config.layers[1].config.activation = 'relu'), `${layersPath}[2].class_name`, /must follow a Dense layer whose activation is 'linear'/],
    ['a LeakyReLU slope outside (0, 1]', (json) => (json.modelTopology.config.layers[2].config.alpha = 1.5), `${layersPath}[2].config`, /slope: must be in \(0, 1\], got 1.5/],
    ['inputs that are not rows', (json) => (json.modelTopology.config.layers[0].config.batch_input_shape = [null, 3, 1]), `${layersPath}[0].config.batch_input_shape`, /flatten the inputs/],
    ['weights of another dtype', (json) => (json.weightsManifest[0].weights[1].dtype = 'int32'), 'weightsManifest[0].weights[1].dtype', /is "int32" for weight 'dense_1\/bias': only float32/],
    ['quantised weights', (json) => (json.weightsManifest[0].weights[0].quantization = { dtype: 'uint8', scale: 1, min: 0 }), 'weightsManifest[0].weights[0].quantization', /quantised weights/],
    ['no Dense layer', (json) => (json.modelTopology.config.layers = []), layersPath, /has no Dense layer/],
  ])('%s: UnsupportedModelError', (_what, change, field, detail) => {
    const error = importError(exported(change), UnsupportedModelError);
    expect(error.field).toBe(field);
    expect(error.detail).toMatch(detail);
  });

  it.each<[string, (json: any) => void, string, RegExp]>([
    ['not an object', () => {}, '(document)', /must be an object, got an array/],
    ['no modelTopology', (json) => delete json.modelTopology, 'modelTopology', /is missing/],
    ['no weightsManifest', (json) => delete json.weightsManifest, 'weightsManifest', /is missing/],
    ['a layer without units', (json) => delete json.modelTopology.config.layers[0].config.units, `${layersPath}[0].config.units`, /is missing/],
    ['a missing weight', (json) => (json.weightsManifest[0].weights[4].name = 'dense_9/kernel'), 'weightsManifest', /has no weight 'dense_3\/kernel' for the Dense layer at modelTopology.config.layers\[3\]/],
    ['a kernel whose shape does not chain', (json) => (json.modelTopology.config.layers[0].config.batch_input_shape = [null, 5]), 'weightsManifest[0].weights[0].shape', /is \[3, 4\] but layer 'dense_1' needs \[5, 4\] \(inputs × units\)/],
    ['units that disagree with the kernel', (json) => (json.modelTopology.config.layers[3].config.units = 3), 'weightsManifest[0].weights[4].shape', /is \[3, 2\] but layer 'dense_3' needs \[3, 3\]/],
    ['two weights of one name', (json) => (json.weightsManifest[0].weights[3].name = 'dense_2/kernel'), 'weightsManifest[0].weights[3].name', /repeats 'dense_2\/kernel'/],
    ['a weights file outside the model’s folder', (json) => (json.weightsManifest[0].paths = ['../other/weights.bin']), 'weightsManifest[0].paths[0]', /inside its folder/],
    ['a weights URL', (json) => (json.weightsManifest[0].paths = ['https://example.org/w.bin']), 'weightsManifest[0].paths[0]', /relative to model.json/],
    ['class names that do not fit the outputs', (json) => (json.userDefinedMetadata.agileNeurons.classLabels = ['a', 'b', 'c']), 'userDefinedMetadata.agileNeurons.classLabels', /must have 2 entries/],
    ['a normalisation of the wrong length', (json) => (json.userDefinedMetadata.agileNeurons.normalization.min = [0]), 'userDefinedMetadata.agileNeurons.normalization.min', /must have 3 entries \(one per input\)/],
    ['a learning rate of 0', (json) => (json.userDefinedMetadata.agileNeurons.learningRate = 0), 'userDefinedMetadata.agileNeurons.learningRate', /must be above 0/],
  ])('%s: ModelFormatError', (what, change, field, detail) => {
    const model = what === 'not an object' ? { modelJson: [], weightData: new ArrayBuffer(0) } : exported(change);
    const error = importError(model);
    expect(error).not.toBeInstanceOf(UnsupportedModelError);
    expect(error.field).toBe(field);
    expect(error.detail).toMatch(detail);
  });

  it('a truncated weights file, or one with bytes to spare', () => {
    const { modelJson, weightData } = exported();
    const truncated = importError({ modelJson, weightData: weightData.slice(0, weightData.byteLength - 4) });
    expect(truncated.field).toBe('weightData');
    expect(truncated.detail).toBe(`has ${weightData.byteLength - 4} bytes but the weights manifest describes ${weightData.byteLength}: the weights file is truncated`);
    const longer = new Uint8Array(weightData.byteLength + 8);
    expect(importError({ modelJson, weightData: longer }).detail).toMatch(/belongs to another model.json/);
  });

  it('a weight that belongs to no layer', () => {
    const { modelJson, weightData } = exported((json) => json.weightsManifest[0].weights.push({ name: 'extra/kernel', shape: [2], dtype: 'float32' }));
    const withItsBytes = new Uint8Array(weightData.byteLength + 8);
    withItsBytes.set(new Uint8Array(weightData));
    const error = importError({ modelJson, weightData: withItsBytes });
    expect([error.field, error.detail]).toEqual(['weightsManifest[0].weights[6].name', "is 'extra/kernel', which belongs to no Dense layer of the model"]);
  });

  it('a weight that is not finite', () => {
    const { modelJson, weightData } = exported();
    new DataView(weightData).setFloat32(4 * 13, Number.NaN, true); // dense_1/bias[1]: after the 3 × 4 kernel
    const error = importError({ modelJson, weightData });
    expect([error.field, error.detail]).toEqual(["weight 'dense_1/bias'", 'value 1 is NaN: every weight must be finite']);
  });

  it('the error message names the field, as the model file errors do', () => {
    const error = importError(exported((json) => (json.modelTopology.config.layers[1].class_name = 'Dropout')), UnsupportedModelError);
    expect(error.message).toBe(
      "model file: modelTopology.config.layers[1].class_name: is 'Dropout' (layer 'dense_2'): only Dense and LeakyReLU layers (and a first InputLayer) can become an NNetwork",
    );
  });
});

// Keep the TfjsModel type honest: what exportToTfjs returns is what importFromTfjs takes.
const _roundTrip = (model: TfjsModel) => importFromTfjs(model.modelJson, model.weightData);
void _roundTrip;
