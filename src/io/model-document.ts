/**
 * An `NNetwork` as a versioned plain JSON document, and back. Activations are
 * stored by registered name and `config()`, so a network whose activation a
 * user registered (`registerActivation`) loads back as long as the name is
 * registered again before loading. Numbers are stored as JSON numbers, which
 * give back exactly the same doubles: a loaded network computes the same outputs.
 *
 * ```json
 * { "format": "agile-neurons/model", "version": 1, "inputs": 4, "learningRate": 0.1,
 *   "layers": [{ "activation": { "name": "sigmoid", "config": {} },
 *                "neurons": [{ "weights": [0.1, …], "bias": -0.3 }, …] }, …],
 *   "normalization": { "min": [4.3, …], "max": [7.9, …] },
 *   "classLabels": ["setosa", "versicolor", "virginica"] }
 * ```
 * `normalization` and `classLabels` may be null. A layer whose activation is a
 * layer activation (softmax) stores it in the same `activation` field
 * (`{ "name": "softmax", "config": {} }`), so the format stays version 1: an
 * older reader refuses such a file, naming the activation it does not know.
 */
import { ActivationFunction } from '../activation/activation-function.js';
import { createAnyActivation, IdentityAF, LayerActivation } from '../activation/index.js';
import { NeuronLayer } from '../core/neuron-layer.js';
import { NNetwork } from '../core/nnetwork.js';
import { Normalization } from '../core/normalization.js';
import { Random } from '../core/random.js';
import { InvalidArgumentError, ModelFormatError, NotConfiguredError, UnknownNameError } from '../errors.js';
import {
  fieldPath,
  readArray,
  readField,
  readFiniteNumber,
  readNumberArray,
  readObject,
  readPositiveInteger,
  readString,
  type JsonObject,
} from '../util/field-reader.js';
import { asArgumentError, checkedClassLabels, checkedMinMax, readClassLabels, readLearningRate, readMinMax, type MinMax } from '../util/model-extras.js';

export type { MinMax } from '../util/model-extras.js';

/** The `format` of every model document. */
export const MODEL_FORMAT = 'agile-neurons/model';
/** The document version this code writes and reads. */
export const MODEL_VERSION = 1;

/** One neuron in a model document. */
export interface NeuronDocument {
  weights: number[];
  bias: number;
}

/** One layer in a model document: the activation all its neurons share, and the neurons. */
export interface LayerDocument {
  activation: { name: string; config: Record<string, number> };
  neurons: NeuronDocument[];
}

/** A saved network (version 1). */
export interface ModelDocument {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  /** Inputs the network takes. */
  inputs: number;
  learningRate: number;
  layers: LayerDocument[];
  /** The scaling to apply to raw features before feeding them; null when the network takes them as they are. */
  normalization: MinMax | null;
  /** `classLabels[k]` names output k (with one output: k = 0 below 0.5, 1 from 0.5); null when unnamed. */
  classLabels: string[] | null;
}

/** What a model document holds besides the layers. */
export interface ModelExtras {
  /** Names of the classes, one per output (two for a single output). */
  classLabels?: readonly string[];
  /** The scaling of the inputs; `network.normalization` by default. */
  normalization?: Readonly<MinMax>;
}

/** A network read from a model document, and what came with it. */
export interface LoadedModel {
  /** The network; its `normalization` is set when the document had one. */
  network: NNetwork;
  /** The class names, when the document had them. */
  classLabels: string[] | undefined;
}

/**
 * The document of `network` and `extras`, checked by the reader that
 * `networkFromDocument` uses: what it returns loads back, and what loading would
 * refuse (a NaN or infinite weight, an empty activation name…) is refused here,
 * before anything is written.
 * @throws NotConfiguredError for a network without layers;
 *   InvalidArgumentError when a layer's neurons do not share one activation, the
 *   neurons differ in learning rate, the extras do not fit the network, or a
 *   field is one loading would refuse (named as in the file: `layers[0].neurons[1].weights[2]`);
 *   UnknownNameError when an activation's name is not registered (the file could not be loaded).
 */
export function networkToDocument(network: NNetwork, extras: ModelExtras = {}): ModelDocument {
  const document = unsavedDocument(network, extras);
  asArgumentError(() => networkFromDocument(document), 'model to save: ');
  return document;
}

function unsavedDocument(network: NNetwork, extras: ModelExtras): ModelDocument {
  if (network.layers.length === 0) {
    throw new NotConfiguredError('this network has no layers yet: configure it before saving');
  }
  const learningRate = network.learningRate;
  const layers = network.layers.map((layer, l) => layerToDocument(layer, l, learningRate));
  const normalization = extras.normalization ?? network.normalization;
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    inputs: network.numberOfInputs(),
    learningRate,
    layers,
    normalization: normalization === undefined ? null : checkedMinMax(normalization, network.numberOfInputs()),
    classLabels: extras.classLabels === undefined ? null : checkedClassLabels(extras.classLabels, network.numberOfOutputs()),
  };
}

/**
 * The network a document describes, checked field by field first.
 * @throws ModelFormatError naming the first wrong field: not an object, another
 *   format or version, a missing field, a weight count that does not match the
 *   layer before, a non-finite number, an unregistered activation.
 */
export function networkFromDocument(document: unknown): LoadedModel {
  const doc = readObject(document, '');
  checkFormatAndVersion(doc);
  const inputs = readPositiveInteger(readField(doc, 'inputs', ''), 'inputs');
  const learningRate = readLearningRate(readField(doc, 'learningRate', ''));
  const layerDocs = readArray(readField(doc, 'layers', ''), 'layers');
  if (layerDocs.length === 0) throw new ModelFormatError('layers', 'must have at least one layer');

  const network = new NNetwork();
  let previousSize = inputs;
  layerDocs.forEach((layerDoc, l) => {
    const layer = layerFromDocument(layerDoc, `layers[${l}]`, previousSize, l === 0 ? 'inputs' : `the size of layers[${l - 1}]`);
    network.addLayer(layer);
    previousSize = layer.numberOfNeurons();
  });
  network.learningRate = learningRate;

  const normalization = readNullable(doc, 'normalization', (value) => readMinMax(value, inputs));
  if (normalization !== undefined) network.normalization = Object.assign(new Normalization(), normalization);
  const classLabels = readNullable(doc, 'classLabels', (value) => readClassLabels(value, network.numberOfOutputs()));
  return { network, classLabels };
}

// --- writing ---------------------------------------------------------------

function layerToDocument(layer: NeuronLayer, l: number, learningRate: number): LayerDocument {
  const own = layer.layerActivation;
  const activation = own ?? layer.activationFunction;
  const neurons = layer.neurons.map((neuron, j) => {
    if (own === undefined && !sameActivation(neuron.activationFunction, layer.activationFunction)) {
      throw new InvalidArgumentError(
        `layer ${l}`,
        `neuron ${j} uses activation '${neuron.activationFunction.name}' but neuron 0 uses '${activation.name}'; a model file stores one activation per layer`,
      );
    }
    if (neuron.learningRate !== learningRate) {
      throw new InvalidArgumentError(
        `layer ${l}`,
        `neuron ${j} has learning rate ${neuron.learningRate} but the network has ${learningRate}; a model file stores one learning rate`,
      );
    }
    return { weights: Array.from(neuron.weights), bias: neuron.bias };
  });
  const config = { ...activation.config() };
  createAnyActivation(activation.name, config); // throws UnknownNameError now rather than when loading
  return { activation: { name: activation.name, config }, neurons };
}

function sameActivation(a: ActivationFunction, b: ActivationFunction): boolean {
  return a === b || (a.name === b.name && JSON.stringify(a.config()) === JSON.stringify(b.config()));
}

// --- reading ---------------------------------------------------------------

function checkFormatAndVersion(doc: JsonObject): void {
  const format = readField(doc, 'format', '');
  if (format !== MODEL_FORMAT) {
    throw new ModelFormatError('format', `must be '${MODEL_FORMAT}', got ${JSON.stringify(format)}: this is not an agile-neurons model file`);
  }
  const version = readField(doc, 'version', '');
  if (version !== MODEL_VERSION) {
    throw new ModelFormatError(
      'version',
      `is ${JSON.stringify(version)}, an unknown version: this agile-neurons reads version ${MODEL_VERSION}; a newer release may read it`,
    );
  }
}

/** A layer whose neurons each take `inputs` weights (`inputsName` says where that count comes from). */
function layerFromDocument(value: unknown, path: string, inputs: number, inputsName: string): NeuronLayer {
  const layerDoc = readObject(value, path);
  const activation = readActivation(readField(layerDoc, 'activation', path), fieldPath(path, 'activation'));
  const neuronsPath = fieldPath(path, 'neurons');
  const neuronDocs = readArray(readField(layerDoc, 'neurons', path), neuronsPath);
  if (neuronDocs.length === 0) throw new ModelFormatError(neuronsPath, 'must have at least one neuron');

  // Every row is read (so its length checked) before anything the size of `inputs` is allocated.
  const rows = neuronDocs.map((neuronValue, j) => {
    const neuronPath = `${neuronsPath}[${j}]`;
    const neuron = readObject(neuronValue, neuronPath);
    const weights = readNumberArray(readField(neuron, 'weights', neuronPath), fieldPath(neuronPath, 'weights'), inputs, ` (${inputsName})`);
    return [...weights, readFiniteNumber(readField(neuron, 'bias', neuronPath), fieldPath(neuronPath, 'bias'))];
  });
  if (activation instanceof LayerActivation && neuronDocs.length < activation.minimumWidth) {
    throw new ModelFormatError(neuronsPath, `has ${neuronDocs.length} neuron${neuronDocs.length === 1 ? '' : 's'} but activation '${activation.name}' needs at least ${activation.minimumWidth}`);
  }
  const neuronActivation = activation instanceof LayerActivation ? new IdentityAF() : activation;
  const layer = new NeuronLayer().initializeNbOfNeurons(neuronDocs.length, inputs, new Random(), neuronActivation);
  if (activation instanceof LayerActivation) layer.layerActivation = activation;
  rows.forEach((row, j) => layer.parameters().set(row, j * (inputs + 1)));
  return layer;
}

/** A layer's activation: a neuron's, or a layer's own (softmax). */
function readActivation(value: unknown, path: string): ActivationFunction | LayerActivation {
  const spec = readObject(value, path);
  const name = readString(readField(spec, 'name', path), fieldPath(path, 'name'));
  const configPath = fieldPath(path, 'config');
  const configObject = readObject(readField(spec, 'config', path), configPath);
  const config: Record<string, number> = Object.fromEntries(
    Object.entries(configObject).map(([key, entry]) => [key, readFiniteNumber(entry, fieldPath(configPath, key))]),
  );
  try {
    return createAnyActivation(name, config);
  } catch (e) {
    if (e instanceof UnknownNameError) {
      throw new ModelFormatError(
        fieldPath(path, 'name'),
        `is '${name}', an activation that is not registered (known: ${e.known.join(', ')}); register it before loading`,
      );
    }
    throw new ModelFormatError(configPath, `is not a valid setting of activation '${name}': ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Field `key` read by `read`, or undefined when it is null. */
function readNullable<T>(doc: JsonObject, key: string, read: (value: unknown) => T): T | undefined {
  const value = readField(doc, key, '');
  return value === null ? undefined : read(value);
}
