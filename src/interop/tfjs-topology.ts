/**
 * Reading the layers of a TF.js layers model: which `Dense` layers, with which
 * activations, in which order. The weights are read by `tfjs-import.ts`.
 */
import type { ActivationFunction } from '../activation/activation-function.js';
import { LayerActivation } from '../activation/layer-activation.js';
import { createActivation, createAnyActivation } from '../activation/index.js';
import { UnsupportedModelError } from '../errors.js';
import { fieldPath, readArray, readField, readObject, readPositiveInteger, readString, type JsonObject } from '../util/field-reader.js';
import { activationLayerRow, denseActivationRow, TFJS_ACTIVATIONS } from './tfjs-activations.js';
import { TFJS_LAYERS_FORMAT } from './tfjs-format.js';

/** One `Dense` layer of the model and the activation that follows it. */
export interface DenseStage {
  name: string;
  /** Where the layer is in `model.json`, for error messages. */
  path: string;
  units: number;
  /** A neuron's activation, or a layer's (softmax). */
  activation: ActivationFunction | LayerActivation;
}

/** Refuses a model that is not a layers model (a graph model). */
export function checkLayersFormat(json: JsonObject): void {
  const format = json.format;
  if (format !== undefined && format !== TFJS_LAYERS_FORMAT) {
    throw new UnsupportedModelError(
      'format',
      `is ${JSON.stringify(format)}: only a layers model ('${TFJS_LAYERS_FORMAT}') has layers to read; a graph model cannot become an NNetwork`,
    );
  }
}

/** The model's `Dense` layers in order, each with its activation, and the input count its first layer declares. */
export function readDenseStages(json: JsonObject): { stages: DenseStage[]; declaredInputs: number | undefined } {
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
  const activation = createAnyActivation(row.ours);
  if (activation instanceof LayerActivation && units < activation.minimumWidth) {
    throw new UnsupportedModelError(
      fieldPath(configPath, 'units'),
      `is ${units} (layer '${name}') with activation '${activationName}': agile-neurons needs at least ${activation.minimumWidth} units for it (on one unit it always outputs 1)`,
    );
  }
  return { name, path, units, activation };
}

/** Our activation `name` with settings read from a layer; a setting out of our range is unsupported. */
function activationFromLayer(name: string, config: Record<string, number>, path: string): ActivationFunction {
  try {
    return createActivation(name, config);
  } catch (e) {
    throw new UnsupportedModelError(path, `${e instanceof Error ? e.message : String(e)}`);
  }
}
