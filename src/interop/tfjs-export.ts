/**
 * An `NNetwork` as a TensorFlow.js layers model, in memory: a Keras
 * `Sequential` of `Dense` layers (and a `LeakyReLU` layer after each leaky
 * one) and the weights as float32. Pure: the browser can use it as it is;
 * `saveTfjsModel` (src/io) writes the two files.
 */
import type { ActivationFunction } from '../activation/activation-function.js';
import type { NeuronLayer } from '../core/neuron-layer.js';
import type { NNetwork } from '../core/nnetwork.js';
import { InvalidArgumentError, NonFiniteValueError, NotConfiguredError, UnsupportedActivationError } from '../errors.js';
import { checkedClassLabels, checkedMinMax, type MinMax } from '../util/model-extras.js';
import { exportableActivations, isBuiltIn, tfjsActivationOf, type TfjsActivation } from './tfjs-activations.js';
import {
  METADATA_KEY,
  TFJS_LAYERS_FORMAT,
  TFJS_WEIGHTS_FILE,
  type AgileNeuronsMetadata,
  type TfjsLayer,
  type TfjsModel,
  type TfjsWeightSpec,
} from './tfjs-format.js';

/** What goes into the model's `userDefinedMetadata` besides the learning rate. */
export interface TfjsExportOptions {
  /** Names of the classes, one per output (two for a single output). */
  classLabels?: readonly string[];
  /** The scaling of the inputs; `network.normalization` by default. */
  normalization?: Readonly<MinMax>;
}

const FLOAT32_BYTES = 4;

/**
 * `network` in TF.js's layers format: `model.json`'s object and the bytes of
 * `group1-shard1of1.bin`. Every layer's kernel is inputs × units (kernel[i][j]
 * is neuron j's weight i), then its bias; float32, little-endian.
 * Everything is checked before anything is built.
 * @throws NotConfiguredError for a network without layers;
 *   UnsupportedActivationError for an activation TF.js does not have (the step
 *   function, a user's own), naming the layer;
 *   InvalidArgumentError when a layer's neurons do not share one activation or
 *   the options do not fit the network;
 *   NonFiniteValueError for a weight that is not finite as a float32.
 */
export function exportToTfjs(network: NNetwork, options: TfjsExportOptions = {}): TfjsModel {
  if (network.layers.length === 0) {
    throw new NotConfiguredError('this network has no layers yet: configure it before exporting');
  }
  const activations = network.layers.map(activationOfLayer);
  const metadata = metadataOf(network, options);
  const weightData = new ArrayBuffer(FLOAT32_BYTES * network.layers.reduce((sum, layer) => sum + layer.parameters().length, 0));
  const view = new DataView(weightData);
  const layers: TfjsLayer[] = [];
  const weights: TfjsWeightSpec[] = [];
  let offset = 0;
  network.layers.forEach((layer, l) => {
    const name = `dense_${l + 1}`;
    const inputs = layer.numberOfWeights();
    const units = layer.numberOfNeurons();
    layers.push(denseLayer(name, units, activations[l]!, l === 0 ? inputs : undefined));
    const activationLayer = activations[l]!.layer;
    if (activationLayer !== undefined) {
      layers.push(keras(activationLayer.className, { ...activationLayer.toConfig(layer.activationFunction.config()), name: `${name}_activation`, trainable: true }));
    }
    weights.push({ name: `${name}/kernel`, shape: [inputs, units], dtype: 'float32' }, { name: `${name}/bias`, shape: [units], dtype: 'float32' });
    offset = writeKernelThenBias(layer, l, view, offset);
  });
  return {
    modelJson: {
      format: TFJS_LAYERS_FORMAT,
      generatedBy: 'agile-neurons',
      convertedBy: null,
      modelTopology: { class_name: 'Sequential', config: { name: 'sequential', layers } },
      weightsManifest: [{ paths: [TFJS_WEIGHTS_FILE], weights }],
      userDefinedMetadata: { [METADATA_KEY]: metadata },
    },
    weightData,
  };
}

/** The TF.js form of layer `l`'s activation: the layer's own (softmax), or the one all its neurons share. */
function activationOfLayer(layer: NeuronLayer, l: number): TfjsActivation {
  const activation = layer.layerActivation ?? sharedActivation(layer, l);
  const row = tfjsActivationOf(activation);
  if (row === undefined) {
    const known = exportableActivations();
    const custom = known.includes(activation.name) && !isBuiltIn(activation) ? activation.constructor.name : undefined;
    throw new UnsupportedActivationError(l + 1, activation.name, known, custom);
  }
  return row;
}

/** The activation every neuron of layer `l` has. */
function sharedActivation(layer: NeuronLayer, l: number): ActivationFunction {
  const activation = layer.activationFunction;
  layer.neurons.forEach((neuron, j) => {
    const other = neuron.activationFunction;
    if (other !== activation && (other.name !== activation.name || JSON.stringify(other.config()) !== JSON.stringify(activation.config()))) {
      throw new InvalidArgumentError(
        `layer ${l + 1}`,
        `neuron ${j} uses activation '${other.name}' but neuron 0 uses '${activation.name}'; a TF.js Dense layer has one activation`,
      );
    }
  });
  return activation;
}

function metadataOf(network: NNetwork, options: TfjsExportOptions): AgileNeuronsMetadata {
  const normalization = options.normalization ?? network.normalization;
  return {
    learningRate: network.learningRate,
    normalization: normalization === undefined ? null : checkedMinMax(normalization, network.numberOfInputs()),
    classLabels: options.classLabels === undefined ? null : checkedClassLabels(options.classLabels, network.numberOfOutputs()),
  };
}

/** A `Dense` layer as TF.js writes one, with Keras's default initializers (used only if someone re-initialises it). */
function denseLayer(name: string, units: number, activation: TfjsActivation, inputs: number | undefined): TfjsLayer {
  return keras('Dense', {
    units,
    activation: activation.dense,
    use_bias: true,
    kernel_initializer: keras('GlorotUniform', { seed: null }),
    bias_initializer: keras('Zeros', {}),
    kernel_regularizer: null,
    bias_regularizer: null,
    activity_regularizer: null,
    kernel_constraint: null,
    bias_constraint: null,
    name,
    trainable: true,
    // The first layer says what it takes: any number of rows of `inputs` features.
    ...(inputs === undefined ? {} : { batch_input_shape: [null, inputs], dtype: 'float32' }),
  });
}

function keras(className: string, config: Record<string, unknown>): TfjsLayer {
  return { class_name: className, config };
}

/**
 * Writes layer `l`'s kernel (inputs × units, row-major) then its bias as
 * float32 at `offset` (a count of floats); returns the offset after them.
 * Our row j is neuron j's weights then its bias, so the kernel is its transpose.
 */
function writeKernelThenBias(layer: NeuronLayer, l: number, view: DataView, offset: number): number {
  const parameters = layer.parameters();
  const inputs = layer.numberOfWeights();
  const units = layer.numberOfNeurons();
  const rowLength = inputs + 1;
  const write = (index: number, at: number): void => {
    const value = Math.fround(parameters[index]!);
    if (!Number.isFinite(value)) throw new NonFiniteValueError(`layer ${l + 1} parameters as float32`, parameters[index], index);
    view.setFloat32(at * FLOAT32_BYTES, value, true);
  };
  for (let i = 0; i < inputs; i++) for (let j = 0; j < units; j++) write(j * rowLength + i, offset + i * units + j);
  for (let j = 0; j < units; j++) write(j * rowLength + inputs, offset + inputs * units + j);
  return offset + parameters.length;
}
