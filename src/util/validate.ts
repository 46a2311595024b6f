import {
  InputSizeError,
  InvalidLearningRateError,
  InvalidSizeError,
  NonFiniteValueError,
} from '../errors.js';

/** Throws unless `values` has `expected` entries, all finite. Checks before anything is changed. */
export function checkVector(what: string, values: ArrayLike<number>, expected: number): void {
  if (values === null || values === undefined || typeof values.length !== 'number') {
    throw new NonFiniteValueError(what, values);
  }
  if (values.length !== expected) throw new InputSizeError(what, expected, values.length);
  checkFinite(what, values);
}

/**
 * `checkVector`, copying the values into `into` (a scratch buffer, which may
 * be left partly written when this throws) in the same pass. Returns `into`.
 */
export function copyVector(what: string, values: ArrayLike<number>, expected: number, into: Float64Array): Float64Array {
  if (values === null || values === undefined || typeof values.length !== 'number') {
    throw new NonFiniteValueError(what, values);
  }
  if (values.length !== expected) throw new InputSizeError(what, expected, values.length);
  for (let i = 0; i < expected; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new NonFiniteValueError(what, v, i);
    into[i] = v;
  }
  return into;
}

/** Throws on the first entry that is not a finite number. */
export function checkFinite(what: string, values: ArrayLike<number>): void {
  const bad = indexOfNonFinite(values);
  if (bad >= 0) throw new NonFiniteValueError(what, values[bad], bad);
}

/** The index of the first entry that is not a finite number, or −1 (for callers that name the values only on failure). */
export function indexOfNonFinite(values: ArrayLike<number>): number {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) return i;
  }
  return -1;
}

/** Throws unless `value` is a finite number. */
export function checkNumber(what: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new NonFiniteValueError(what, value);
}

/** Throws unless `rate` is a finite number above 0. */
export function checkLearningRate(rate: number): void {
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0) {
    throw new InvalidLearningRateError(rate);
  }
}

/** Throws unless `value` is an integer ≥ 1. */
export function checkPositiveInteger(what: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) throw new InvalidSizeError(what, value);
}
