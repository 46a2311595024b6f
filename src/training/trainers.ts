import { Registry } from '../util/registry.js';
import type { Trainer } from './trainer.js';

/**
 * Every trainer by name, for the CLI (`--trainer gd`) and for code that names
 * its trainer. Each built-in trainer registers itself right under its class;
 * import them from the training index (`src/training/index.ts`), which loads them all.
 */
export const trainers = new Registry<Trainer>('trainer');

/** Makes `name` available to `createTrainer` (and so to the CLI). */
export function registerTrainer(name: string, factory: () => Trainer): void {
  trainers.register(name, factory);
}

/** A new trainer registered as `name`. */
export function createTrainer(name: string): Trainer {
  return trainers.create(name);
}

/** Every registered trainer name. */
export function trainerNames(): string[] {
  return trainers.names();
}
