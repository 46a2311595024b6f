import type { InjectionToken } from '../di.js';
import type { Trainer } from './trainer.js';

/** The trainer a program uses; `createContainer` registers gradient descent. */
export const TRAINER: InjectionToken<Trainer> = Symbol.for('agile-neurons.Trainer');

/** The token of the trainer registered under `name` (e.g. 'gd', 'sgd', or your own). */
export function trainerToken(name: string): InjectionToken<Trainer> {
  return `agile-neurons.trainer.${name}`;
}
