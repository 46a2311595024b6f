import { Registry } from '../../util/registry.js';
import type { Loss } from './loss.js';

/**
 * Every loss by name, for the CLI and for code that names its loss. Each
 * built-in loss registers itself right under its class; import losses from the
 * training index (`src/training/index.ts`), which loads them all.
 */
export const losses = new Registry<Loss>('loss');

/** Makes `name` available to `createLoss` (and so to the CLI). */
export function registerLoss(name: string, factory: () => Loss): void {
  losses.register(name, factory);
}

/** A new loss registered as `name`. */
export function createLoss(name: string): Loss {
  return losses.create(name);
}

/** Every registered loss name. */
export function lossNames(): string[] {
  return losses.names();
}
