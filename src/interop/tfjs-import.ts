/**
 * A TensorFlow.js (or Keras, through the `tensorflowjs` converter) layers
 * model as an `NNetwork`, so a reader can inspect it with the book's objects.
 * Pure: takes `model.json`'s object and the weights' bytes; `loadTfjsModel`
 * (src/io) reads them from files.
 */
import type { ActivationFunction } from '../activation/activation-function.js';
import { createActivation } from '../activation/registry.js';
import { NNetwork } from '../core/nnetwork.js';
import { Normalization } from '../core/normalization.js';
import { ModelFormatError, UnsupportedModelError } from '../errors.js';
import { fieldPath, readArray, readField, readObject, readPositiveInteger, readString, type JsonObject } from '../util/field-reader.js';
import { readClassLabels, readLearningRate, readMinMax } from '../util/model-extras.js';
import { activationLayerRow, denseActivationRow, TFJS_ACTIVATIONS } from './tfjs-activations.js';
import { METADATA_KEY, TFJS_LAYERS_FORMAT } from './tfjs-format.js';
import { readWeightsManifest, type WeightEntry, type WeightsManifest } from './tfjs-manifest.js';

/** A network read from a TF.js model, and the class names that came with it. */
export interface TfjsImport {
  /** The network; its `normalization` and learning rate are set when the model's metadata had them. */
  network: NNetwork;
  /** The class names from the model's metadata, when it had them. */
  classLabels: string[] | undefined;
}

/** One `Dense` layer of the model and the activation that follows it. */
interface DenseStage {
  name: string;
  /** Where the layer is in `model.json`, for error messages. */
  path: string;
  units: number;
  activation: ActivationFunction;
}

/**
 * The network a TF.js layers model describes: a `Sequential` of `Dense` layers
 * (with bias, activations sigmoid, tanh, relu or linear), each possibly
 * followed by a `LeakyReLU` layer when it is linear, and an optional leading
 * `InputLayer` — or a functional model of the same layers in one chain.
 * `weightData` is every file of the weights manifest, in manifest order, laid
 * end to end (as TF.js reads them). Our normalisation, class names and
 * learning rate come back from `userDefinedMetadata`.
 * @throws UnsupportedModelError naming the layer or setting that an `NNetwork`
 *   cannot represent (another layer class, no bias, another activation, non-float32 weights);
 *   ModelFormatError naming the field when the files are wrong (missing fields,
 *   shapes that do not chain, missing weights, too few or too many bytes, non-finite values).
 */
export function importFromTfjs(modelJson: unknown, weightData: ArrayBuffer | ArrayBufferView): TfjsImport {
  const json = readObject(modelJson, '');
  checkLayersFormat(json);
  const { stages, declaredInputs } = readDenseStages(json);
  const manifest = readWeightsManifest(json);
  const bytes = checkedBytes(weightData, manifest);
  const weights = layerWeights(stages, declaredInputs, manifest);

  const sizes = stages.map((stage) => stage.units);
  const network = new NNetwork().configure(weights[0]!.kernel.shape[0]!, sizes.slice(0, -1), sizes.at(-1)!);
  network.layers.forEach((layer, l) => {
    layer.activationFunction = stages[l]!.activation;
    readKernelThenBias(bytes, weights[l]!, layer.parameters());
  });
  return { network, classLabels: applyMetadata(json, network) };
}

function checkLayersFormat(json: JsonObject): void {
  const format = json.format;
  if (format !== undefined && format !== TFJS_LAYERS_FORMAT) {
    throw new UnsupportedModelError(
      'format',
      `is ${JSON.stringify(format)}: only a layers model ('${TFJS_LAYERS_FORMAT}') has layers to read; a graph model cannot become an NNetwork`,
    );
  }
}

// --- the layers -------------------------------------------------------------

/** The `Dense` layers of the `Sequential` model, each with its activation, and the input count its first layer declares. */
function readDenseStages(json: JsonObject): { stages: DenseStage[]; declaredInputs: number | undefined } {
  const { layers, path: layersPath } = layerChain(json);
  const stages: DenseStage[] = [];
  let declaredInputs: number | undefined;
  let previousIsPlainLinear = false; // a LeakyReLU may only follow a Dense whose activation is linear
  layers.forEach((value, k) => {
    const path = `${layersPath}[${k}]`;
    const { className, config } = readLayer(value, path);
    const configPath = fieldPath(path, 'config');
    if (k === 0 && (className === 'InputLayer' || className === 'Dense')) declaredInputs = readInputCount(config, configPath);
    if (k === 0 && className === 'InputLayer') return;
    const activationRow = activationLayerRow(className);
    if (className === 'Dense') {
      const stage = readDense(config, path);
      stages.push(stage);
      previousIsPlainLinear = stage.activation.name === denseActivationRow('linear')!.ours;
    } else if (activationRow !== undefined && previousIsPlainLinear) {
      stages.at(-1)!.activation = activationFromLayer(activationRow.ours, activationRow.layer!.fromConfig(config, configPath), configPath);
      previousIsPlainLinear = false;
    } else {
      throw unsupportedLayer(path, className, config, activationRow !== undefined);
    }
  });
  if (stages.length === 0) throw new UnsupportedModelError(layersPath, 'has no Dense layer: there is no network to build');
  return { stages, declaredInputs };
}

function readLayer(value: unknown, path: string): { className: string; config: JsonObject } {
  const layer = readObject(value, path);
  const className = readString(readField(layer, 'class_name', path), fieldPath(path, 'class_name'));
  return { className, config: readObject(readField(layer, 'config', path), fieldPath(path, 'config')) };
}

/** The error for a layer we cannot read: another class, or an activation layer in the wrong place. */
function unsupportedLayer(path: string, className: string, config: JsonObject, isActivationLayer: boolean): UnsupportedModelError {
  const activationLayers = TFJS_ACTIVATIONS.flatMap((row) => row.layer?.className ?? []).join(', ');
  const why = isActivationLayer
    ? `it must follow a Dense layer whose activation is 'linear'`
    : `only Dense and ${activationLayers} layers (and a first InputLayer) can become an NNetwork`;
  const name = typeof config.name === 'string' ? `'${config.name}'` : 'without a name';
  return new UnsupportedModelError(fieldPath(path, 'class_name'), `is '${className}' (layer ${name}): ${why}`);
}

/**
 * The model's layers in order, and where they are: a `Sequential`'s list, or
 * the layers of a functional model (`Model`, Keras's `Functional`) that form
 * one chain.
 */
function layerChain(json: JsonObject): { layers: unknown[]; path: string } {
  let path = 'modelTopology';
  let topology = readObject(readField(json, 'modelTopology', ''), path);
  // Keras writes the model inside `model_config` (beside its training settings).
  if (topology.model_config !== undefined && topology.model_config !== null) {
    path = fieldPath(path, 'model_config');
    topology = readObject(topology.model_config, path);
  }
  const className = readField(topology, 'class_name', path);
  const configPath = fieldPath(path, 'config');
  const config = readField(topology, 'config', path);
  if (className === 'Sequential') {
    // Keras before 2.2.3 wrote the list of layers as the config itself.
    if (Array.isArray(config)) return { layers: config, path: configPath };
    const layersPath = fieldPath(configPath, 'layers');
    return { layers: readArray(readField(readObject(config, configPath), 'layers', configPath), layersPath), path: layersPath };
  }
  if (className === 'Model' || className === 'Functional') return functionalChain(readObject(config, configPath), configPath);
  throw new UnsupportedModelError(
    fieldPath(path, 'class_name'),
    `is ${JSON.stringify(className)}: only a Sequential model, or a functional one whose layers form a chain, can become an NNetwork`,
  );
}

/**
 * The layers of a functional model, checked to be a chain: the first has no
 * inbound node, each other one exactly one input, the layer before it, and the
 * last is the model's only output (TF.js's and Keras 2's way of writing the links).
 */
function functionalChain(config: JsonObject, configPath: string): { layers: unknown[]; path: string } {
  const path = fieldPath(configPath, 'layers');
  const layers = readArray(readField(config, 'layers', configPath), path).map((layer, k) => readObject(layer, `${path}[${k}]`));
  const names = layers.map((layer, k) => readString(readField(layer, 'name', `${path}[${k}]`), `${path}[${k}].name`));
  layers.forEach((layer, k) => checkFedBy(layer, `${path}[${k}]`, names[k]!, k === 0 ? [] : [names[k - 1]!]));
  const outputs = readField(config, 'output_layers', configPath);
  if (!Array.isArray(outputs) || outputs.length !== 1 || !Array.isArray(outputs[0]) || outputs[0][0] !== names.at(-1)) {
    throw new UnsupportedModelError(fieldPath(configPath, 'output_layers'), `is ${JSON.stringify(outputs)}: the one output must be the last layer, '${names.at(-1)}'`);
  }
  return { layers, path };
}

/** Checks that the layer at `path` takes its input from exactly the layers `sources` (none for the first). */
function checkFedBy(layer: JsonObject, path: string, name: string, sources: readonly string[]): void {
  const inboundPath = fieldPath(path, 'inbound_nodes');
  // Each node lists its inputs as [layer name, node index, tensor index, kwargs].
  const inputs = readArray(readField(layer, 'inbound_nodes', path), inboundPath).flatMap((node) =>
    Array.isArray(node) ? node.map((input: unknown) => (Array.isArray(input) ? input[0] : undefined)) : [undefined],
  );
  if (JSON.stringify(inputs) !== JSON.stringify(sources)) {
    throw new UnsupportedModelError(
      inboundPath,
      `is ${JSON.stringify(inputs)} (layer '${name}') where a chain has ${JSON.stringify(sources)}: only layers each fed by the one before can become an NNetwork`,
    );
  }
}

/** The number of inputs a first layer declares (`batch_input_shape` [null, n]; Keras 3: `batch_shape`), if it does. */
function readInputCount(config: JsonObject, path: string): number | undefined {
  const key = ['batch_input_shape', 'batch_shape'].find((name) => config[name] !== undefined && config[name] !== null);
  if (key === undefined) return undefined;
  const shape = readArray(config[key], fieldPath(path, key));
  if (shape.length !== 2) {
    throw new UnsupportedModelError(
      fieldPath(path, key),
      `is ${JSON.stringify(shape)}: an NNetwork takes rows of numbers, [null, inputs]; flatten the inputs before the first Dense layer`,
    );
  }
  return readPositiveInteger(shape[1], `${fieldPath(path, key)}[1]`);
}

function readDense(config: JsonObject, path: string): DenseStage {
  const configPath = fieldPath(path, 'config');
  const name = readString(readField(config, 'name', configPath), fieldPath(configPath, 'name'));
  if (config.use_bias === false) {
    throw new UnsupportedModelError(fieldPath(configPath, 'use_bias'), `is false (layer '${name}'): every neuron of an NNetwork has a bias`);
  }
  const units = readPositiveInteger(readField(config, 'units', configPath), fieldPath(configPath, 'units'));
  // Keras writes no activation, or null, for a linear layer.
  const activationName = config.activation === undefined || config.activation === null ? 'linear' : config.activation;
  const row = typeof activationName === 'string' ? denseActivationRow(activationName) : undefined;
  if (row === undefined) {
    const known = TFJS_ACTIVATIONS.filter((candidate) => candidate.layer === undefined).map((candidate) => candidate.dense);
    throw new UnsupportedModelError(
      fieldPath(configPath, 'activation'),
      `is ${JSON.stringify(activationName)} (layer '${name}'), which agile-neurons does not have; it reads ${known.join(', ')}`,
    );
  }
  return { name, path, units, activation: createActivation(row.ours) };
}

/** Our activation `name` with settings read from a layer; a setting out of our range is unsupported. */
function activationFromLayer(name: string, config: Record<string, number>, path: string): ActivationFunction {
  try {
    return createActivation(name, config);
  } catch (e) {
    throw new UnsupportedModelError(path, `${e instanceof Error ? e.message : String(e)}`);
  }
}

// --- the weights ------------------------------------------------------------

/** A `Dense` layer's kernel and bias in the manifest. */
interface LayerWeights {
  kernel: WeightEntry;
  bias: WeightEntry;
}

/**
 * Each stage's kernel (`<layer name>/kernel`, inputs × units) and bias
 * (`<layer name>/bias`, units), found by name as TF.js and Keras find them;
 * the kernels must chain from one layer to the next. Every other entry must be
 * an optimizer's state.
 */
function layerWeights(stages: readonly DenseStage[], declaredInputs: number | undefined, manifest: WeightsManifest): LayerWeights[] {
  const used = new Set<string>();
  const find = (stage: DenseStage, kind: string): WeightEntry => {
    const name = `${stage.name}/${kind}`;
    const entry = manifest.entries.get(name);
    if (entry === undefined) throw new ModelFormatError('weightsManifest', `has no weight '${name}' for the Dense layer at ${stage.path}`);
    used.add(name);
    return entry;
  };
  let inputs = declaredInputs;
  const weights = stages.map((stage) => {
    const kernel = find(stage, 'kernel');
    const bias = find(stage, 'bias');
    const expectedInputs = inputs ?? kernel.shape[0]!;
    checkShape(kernel, [expectedInputs, stage.units], stage, 'inputs × units');
    checkShape(bias, [stage.units], stage, 'one per unit');
    inputs = stage.units;
    return { kernel, bias };
  });
  for (const entry of manifest.entries.values()) {
    if (!used.has(entry.name) && !entry.isOptimizerState) {
      throw new ModelFormatError(fieldPath(entry.path, 'name'), `is '${entry.name}', which belongs to no Dense layer of the model`);
    }
  }
  return weights;
}

function checkShape(entry: WeightEntry, expected: readonly number[], stage: DenseStage, meaning: string): void {
  if (entry.shape.length !== expected.length || entry.shape.some((n, k) => n !== expected[k])) {
    throw new ModelFormatError(
      fieldPath(entry.path, 'shape'),
      `is [${entry.shape.join(', ')}] but layer '${stage.name}' needs [${expected.join(', ')}] (${meaning})`,
    );
  }
}

/** A view of the weights data, which must be exactly as long as the manifest says. */
function checkedBytes(weightData: ArrayBuffer | ArrayBufferView, manifest: WeightsManifest): DataView {
  const bytes = ArrayBuffer.isView(weightData)
    ? new DataView(weightData.buffer, weightData.byteOffset, weightData.byteLength)
    : new DataView(weightData);
  const expected = manifest.byteLength;
  if (bytes.byteLength < expected) {
    throw new ModelFormatError('weightData', `has ${bytes.byteLength} bytes but the weights manifest describes ${expected}: the weights file is truncated`);
  }
  if (bytes.byteLength > expected) {
    throw new ModelFormatError(
      'weightData',
      `has ${bytes.byteLength} bytes but the weights manifest describes ${expected}: the weights file belongs to another model.json`,
    );
  }
  return bytes;
}

/** Fills our rows (neuron j's weights, then its bias) from a kernel (inputs × units) and a bias. */
function readKernelThenBias(bytes: DataView, { kernel, bias }: LayerWeights, parameters: Float64Array): void {
  const [inputs, units] = kernel.shape as [number, number];
  const rowLength = inputs + 1;
  for (let i = 0; i < inputs; i++) {
    for (let j = 0; j < units; j++) parameters[j * rowLength + i] = readFloat(bytes, kernel, i * units + j);
  }
  for (let j = 0; j < units; j++) parameters[j * rowLength + inputs] = readFloat(bytes, bias, j);
}

function readFloat(bytes: DataView, entry: WeightEntry, index: number): number {
  const value = bytes.getFloat32(entry.byteOffset + 4 * index, true);
  if (!Number.isFinite(value)) throw new ModelFormatError(`weight '${entry.name}'`, `value ${index} is ${value}: every weight must be finite`);
  return value;
}

// --- our metadata -------------------------------------------------------------

/** Sets the learning rate and normalisation our export stored, and returns the class names. */
function applyMetadata(json: JsonObject, network: NNetwork): string[] | undefined {
  const all = optional(json, 'userDefinedMetadata', (value) => readObject(value, 'userDefinedMetadata'));
  const path = `userDefinedMetadata.${METADATA_KEY}`;
  const ours = all === undefined ? undefined : optional(all, METADATA_KEY, (value) => readObject(value, path));
  if (ours === undefined) return undefined;
  const learningRate = optional(ours, 'learningRate', (value) => readLearningRate(value, fieldPath(path, 'learningRate')));
  const scaling = optional(ours, 'normalization', (value) => readMinMax(value, network.numberOfInputs(), fieldPath(path, 'normalization')));
  const classLabels = optional(ours, 'classLabels', (value) => readClassLabels(value, network.numberOfOutputs(), fieldPath(path, 'classLabels')));
  if (learningRate !== undefined) network.learningRate = learningRate;
  if (scaling !== undefined) network.normalization = Object.assign(new Normalization(), scaling);
  return classLabels;
}

/** Field `key` read by `read`, or undefined when it is missing or null. */
function optional<T>(object: JsonObject, key: string, read: (value: unknown) => T): T | undefined {
  const value = object[key];
  return value === undefined || value === null ? undefined : read(value);
}
