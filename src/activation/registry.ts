import { UnknownNameError } from '../errors.js';
import { Registry } from '../util/registry.js';
import type { ActivationFunction } from './activation-function.js';
import type { LayerActivation } from './layer-activation.js';

/** Builds an activation from the settings its `config()` returned. */
export type ActivationFactory = (config: Record<string, number>) => ActivationFunction;

/**
 * Every activation by name, so that a saved model can name its activations and
 * load them back. Each built-in class registers itself right under its
 * definition; import activations from the activation index
 * (`src/activation/index.ts`), which loads them all.
 */
export const activations = new Registry<ActivationFunction>('activation');

/**
 * Every layer activation (an activation of a whole layer, such as softmax) by
 * name, kept apart from `activations` because it is not one neuron's function.
 * Model files and the CLI look a name up here first (`createAnyActivation`).
 */
export const layerActivations = new Registry<LayerActivation>('layer activation');

/** Makes `name` available to `createActivation` (and so to model files and the CLI). */
export function registerActivation(name: string, factory: ActivationFactory): void {
  activations.register(name, factory);
}

/** Removes a user registration (the built-in names stay). Returns whether it was there. */
export function unregisterActivation(name: string): boolean {
  return activations.unregister(name);
}

/** A new activation registered as `name`, rebuilt from its `config()`. */
export function createActivation(name: string, config: Record<string, number> = {}): ActivationFunction {
  return activations.create(name, config);
}

/** Every registered activation name, built-in ones first. */
export function activationNames(): string[] {
  return activations.names();
}

/**
 * What `name` is registered as: a layer activation (softmax) if one has that
 * name, otherwise a neuron's activation — for a layer's activation in a model
 * file or an output activation on the command line.
 * @throws UnknownNameError listing the names of both kinds.
 */
export function createAnyActivation(name: string, config: Record<string, number> = {}): ActivationFunction | LayerActivation {
  if (layerActivations.has(name)) return layerActivations.create(name, config);
  if (activations.has(name)) return activations.create(name, config);
  throw new UnknownNameError('activation', name, anyActivationNames());
}

/** Every name `createAnyActivation` knows: the neurons' activations, then the layer activations. */
export function anyActivationNames(): string[] {
  return [...activations.names(), ...layerActivations.names()];
}
