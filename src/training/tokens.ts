import type { InjectionToken } from '../di.js';
import type { Trainer } from './trainer.js';

/** The trainer a program uses; `createContainer` registers gradient descent. */
export const TRAINER: InjectionToken<Trainer> = Symbol.for('agile-neurons.Trainer');
