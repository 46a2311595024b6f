/**
 * How our activations are written in TensorFlow.js's layers format (and so in
 * Keras): one row per activation. A TF.js `Dense` layer knows sigmoid, tanh,
 * relu, linear and softmax by name but has no leaky ReLU, so a leaky ReLU is a
 * linear `Dense` followed by a `LeakyReLU` layer with the slope as `alpha`
 * (both `tf.loadLayersModel` and Keras read that layer). Softmax, our layer
 * activation, is a `Dense` activation there. A new activation is one more row.
 */
import type { ActivationFunction } from '../activation/activation-function.js';
import type { LayerActivation } from '../activation/layer-activation.js';
import { createAnyActivation } from '../activation/index.js';
import { fieldPath, readFiniteNumber, type JsonObject } from '../util/field-reader.js';

/** One of our activations in TF.js terms. */
export interface TfjsActivation {
  /** Our registered name (`activation.name`). */
  readonly ours: string;
  /** The `activation` setting of the `Dense` layer. */
  readonly dense: string;
  /** The layer after the `Dense` that applies the activation, when `Dense` cannot. */
  readonly layer?: TfjsActivationLayer;
}

/** A Keras layer that is an activation. */
export interface TfjsActivationLayer {
  readonly className: string;
  /** The layer's settings, from our activation's `config()`. */
  toConfig(config: Record<string, number>): Record<string, number>;
  /** Our activation's `config()`, from the layer's settings (`path` names them in errors). */
  fromConfig(config: JsonObject, path: string): Record<string, number>;
}

// Keras 3 calls the slope `negative_slope`; TF.js and Keras 2 call it `alpha`, default 0.3.
const LEAKY_RELU_LAYER: TfjsActivationLayer = {
  className: 'LeakyReLU',
  toConfig: (config) => ({ alpha: config.slope! }),
  fromConfig: (config, path) => {
    const key = ['alpha', 'negative_slope'].find((name) => config[name] !== undefined && config[name] !== null);
    return { slope: key === undefined ? 0.3 : readFiniteNumber(config[key], fieldPath(path, key)) };
  },
};

/** Every activation TF.js can take, and how. */
export const TFJS_ACTIVATIONS: readonly TfjsActivation[] = [
  { ours: 'sigmoid', dense: 'sigmoid' },
  { ours: 'tanh', dense: 'tanh' },
  { ours: 'relu', dense: 'relu' },
  { ours: 'identity', dense: 'linear' },
  { ours: 'leakyRelu', dense: 'linear', layer: LEAKY_RELU_LAYER },
  { ours: 'softmax', dense: 'softmax' },
];

/** Our names of the activations TF.js can take. */
export function exportableActivations(): string[] {
  return TFJS_ACTIVATIONS.map((row) => row.ours);
}

/**
 * The row for `activation`, or undefined when TF.js has no equivalent. A row
 * is found by name, and the activation must be of the class registered under
 * that name: a user's subclass of `SigmoidAF` that changes `eval` is not a sigmoid.
 */
export function tfjsActivationOf(activation: ActivationFunction | LayerActivation): TfjsActivation | undefined {
  const row = TFJS_ACTIVATIONS.find((candidate) => candidate.ours === activation.name);
  return row !== undefined && isBuiltIn(activation) ? row : undefined;
}

/** Whether `activation` is an instance of exactly the class registered under its name. */
export function isBuiltIn(activation: ActivationFunction | LayerActivation): boolean {
  return createAnyActivation(activation.name, activation.config()).constructor === activation.constructor;
}

/** The row whose `Dense` activation is `name` on its own (no layer after it). */
export function denseActivationRow(name: string): TfjsActivation | undefined {
  return TFJS_ACTIVATIONS.find((row) => row.dense === name && row.layer === undefined);
}

/** The row applied by a layer of class `className`. */
export function activationLayerRow(className: string): TfjsActivation | undefined {
  return TFJS_ACTIVATIONS.find((row) => row.layer?.className === className);
}
