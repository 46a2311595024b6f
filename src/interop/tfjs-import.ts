/**
 * A TensorFlow.js (or Keras, through the `tensorflowjs` converter) layers
 * model as an `NNetwork`, so a reader can inspect it with the book's objects.
 * Pure: takes `model.json`'s object and the weights' bytes; `loadTfjsModel`
 * (src/io) reads them from files.
 */
import { LayerActivation } from '../activation/layer-activation.js';
import { NNetwork } from '../core/nnetwork.js';
import { Normalization } from '../core/normalization.js';
import { ModelFormatError } from '../errors.js';
import { fieldPath, readObject, type JsonObject } from '../util/field-reader.js';
import { readClassLabels, readLearningRate, readMinMax } from '../util/model-extras.js';
import { METADATA_KEY } from './tfjs-format.js';
import { readWeightsManifest, type WeightEntry, type WeightsManifest } from './tfjs-manifest.js';
import { checkLayersFormat, readDenseStages, type DenseStage } from './tfjs-topology.js';

/** A network read from a TF.js model, and the class names that came with it. */
export interface TfjsImport {
  /** The network; its `normalization` and learning rate are set when the model's metadata had them. */
  network: NNetwork;
  /** The class names from the model's metadata, when it had them. */
  classLabels: string[] | undefined;
}

/**
 * The network a TF.js layers model describes: a `Sequential` of `Dense` layers
 * (with bias, activations sigmoid, tanh, relu, linear or softmax), each possibly
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
    const activation = stages[l]!.activation;
    if (activation instanceof LayerActivation) layer.layerActivation = activation;
    else layer.activationFunction = activation;
    readKernelThenBias(bytes, weights[l]!, layer.parameters());
  });
  return { network, classLabels: applyMetadata(json, network) };
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
