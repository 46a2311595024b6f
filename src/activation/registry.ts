import { Registry } from '../util/registry.js';
import type { ActivationFunction } from './activation-function.js';

/** Builds an activation from the settings its `config()` returned. */
export type ActivationFactory = (config: Record<string, number>) => ActivationFunction;

/**
 * Every activation by name, so that a saved model can name its activations and
 * load them back. Each built-in class registers itself right under its
 * definition; import activations from the activation index
 * (`src/activation/index.ts`), which loads them all.
 */
export const activations = new Registry<ActivationFunction>('activation');

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
