import { DuplicateNameError, UnknownNameError } from '../errors.js';
import { ActivationFunction } from './activation-function.js';
import { IdentityAF } from './identity.js';
import { LeakyReLUAF } from './leaky-relu.js';
import { ReLUAF } from './relu.js';
import { SigmoidAF } from './sigmoid.js';
import { StepAF } from './step.js';
import { TanhAF } from './tanh.js';

/** Builds an activation from the settings its `config()` returned. */
export type ActivationFactory = (config: Record<string, number>) => ActivationFunction;

// Registered by name so that a saved model can name its activations and load them back.
const factories = new Map<string, ActivationFactory>([
  ['sigmoid', () => new SigmoidAF()],
  ['step', () => new StepAF()],
  ['tanh', () => new TanhAF()],
  ['relu', () => new ReLUAF()],
  ['leakyRelu', (config) => new LeakyReLUAF(config.slope)],
  ['identity', () => new IdentityAF()],
]);

/** Makes `name` available to `createActivation` (and so to model files and the CLI). */
export function registerActivation(name: string, factory: ActivationFactory): void {
  if (factories.has(name)) throw new DuplicateNameError('activation', name);
  factories.set(name, factory);
}

/** Removes a user registration (the built-in names stay). Returns whether it was there. */
export function unregisterActivation(name: string): boolean {
  if (BUILT_IN.has(name)) return false;
  return factories.delete(name);
}

/** A new activation registered as `name`, rebuilt from its `config()`. */
export function createActivation(name: string, config: Record<string, number> = {}): ActivationFunction {
  const factory = factories.get(name);
  if (!factory) throw new UnknownNameError('activation', name, activationNames());
  return factory(config);
}

/** Every registered activation name, built-in ones first. */
export function activationNames(): string[] {
  return [...factories.keys()];
}

const BUILT_IN = new Set(factories.keys());
