import { DuplicateNameError, UnknownNameError } from '../../errors.js';
import { BinaryCrossEntropy } from './binary-cross-entropy.js';
import { HalfSquaredError } from './half-squared-error.js';
import type { Loss } from './loss.js';
import { MeanSquaredError } from './mean-squared-error.js';
import { SummedBinaryCrossEntropy } from './summed-binary-cross-entropy.js';

const factories = new Map<string, () => Loss>([
  ['mse', () => new MeanSquaredError()],
  ['halfSquaredError', () => new HalfSquaredError()],
  ['binaryCrossEntropy', () => new BinaryCrossEntropy()],
  ['summedBinaryCrossEntropy', () => new SummedBinaryCrossEntropy()],
]);

/** Makes `name` available to `createLoss` (and so to the CLI and model files). */
export function registerLoss(name: string, factory: () => Loss): void {
  if (factories.has(name)) throw new DuplicateNameError('loss', name);
  factories.set(name, factory);
}

/** A new loss registered as `name`. */
export function createLoss(name: string): Loss {
  const factory = factories.get(name);
  if (!factory) throw new UnknownNameError('loss', name, lossNames());
  return factory();
}

/** Every registered loss name. */
export function lossNames(): string[] {
  return [...factories.keys()];
}
