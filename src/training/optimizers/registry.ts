import { Registry } from '../../util/registry.js';
import type { Optimizer } from './optimizer.js';

/**
 * Every optimizer by name, for the CLI and for code that names its optimizer.
 * Each built-in optimizer registers itself right under its class; import them
 * from the training index (`src/training/index.ts`), which loads them all.
 */
export const optimizers = new Registry<Optimizer>('optimizer');
