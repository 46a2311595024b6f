import { Registry } from '../../util/registry.js';
import type { LearningRateSchedule } from './schedule.js';

/**
 * Every learning-rate schedule by name ('constant', 'step', 'exponential',
 * 'cosine', and yours), built from the settings its `config()` returns. Each
 * built-in schedule registers itself right under its class; import them from
 * the training index (`src/training/index.ts`), which loads them all.
 */
export const schedules = new Registry<LearningRateSchedule>('learning-rate schedule');
