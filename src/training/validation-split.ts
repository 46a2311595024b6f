import { Random } from '../core/random.js';
import { InvalidArgumentError } from '../errors.js';
import type { TrainingData } from './dataset.js';

/** Rows to train on and rows to validate on. */
export interface ValidationSplit {
  training: TrainingData;
  validation: TrainingData | undefined;
}

/**
 * The training and validation rows of a run: `validationData` as given, or
 * `validationFraction` of `data` held out — a shuffle of the row numbers with
 * `new Random(seed)` picks round(N · fraction) rows to validate on, and both
 * parts keep the data's order. Without either, every row trains.
 * @throws InvalidArgumentError naming `validationFraction` when it is outside
 *   (0, 1), when it leaves either part empty, or when `validationData` is given too.
 */
export function validationSplit(
  data: TrainingData,
  options: { validationData?: TrainingData; validationFraction?: number; seed: number },
): ValidationSplit {
  const { validationData, validationFraction: fraction } = options;
  if (fraction === undefined) return { training: data, validation: validationData };
  if (validationData !== undefined) {
    throw new InvalidArgumentError('validationFraction', 'give validationData or validationFraction, not both');
  }
  if (typeof fraction !== 'number' || !(fraction > 0 && fraction < 1)) {
    throw new InvalidArgumentError('validationFraction', `must be a number in (0, 1), got ${String(fraction)}`);
  }
  const size = data.inputs.length;
  // Checked here because a split would pair rows by index; packData checks the rest.
  if (data.targets.length !== size) throw new InvalidArgumentError('training data', `${size} input rows but ${data.targets.length} target rows`);
  if (data.labels !== undefined && data.labels.length !== size) throw new InvalidArgumentError('labels', `${size} rows but ${data.labels.length} labels`);
  const held = Math.round(size * fraction);
  if (held < 1 || held >= size) {
    throw new InvalidArgumentError('validationFraction', `${fraction} of ${size} rows leaves ${held < 1 ? 'no row to validate on' : 'no row to train on'}`);
  }
  const chosen = new Set(new Random(options.seed).shuffle(Array.from({ length: size }, (_, i) => i)).slice(0, held));
  const part = (keep: (i: number) => boolean): TrainingData => {
    const rows = Array.from({ length: size }, (_, i) => i).filter(keep);
    return {
      inputs: rows.map((i) => data.inputs[i]!),
      targets: rows.map((i) => data.targets[i]!),
      ...(data.labels === undefined ? {} : { labels: rows.map((i) => data.labels![i]!) }),
    };
  };
  return { training: part((i) => !chosen.has(i)), validation: part((i) => chosen.has(i)) };
}
