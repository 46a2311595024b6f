/**
 * A check for a user's own activation: does `derivative(output)` give the slope
 * of `eval` at the z that made that output? Compared with central differences,
 * (eval(z + h) − eval(z − h)) / 2h, at a few points. For any test runner:
 *
 * ```ts
 * expect(derivativeCheck(new SoftplusAF()).worstRelativeError).toBeLessThan(1e-6);
 * ```
 */
import { InvalidArgumentError } from '../errors.js';
import { checkPositive } from '../util/validate.js';
import type { ActivationFunction } from './activation-function.js';

/** Options of `derivativeCheck`. */
export interface DerivativeCheckOptions {
  /** The z's to check at; −4.95, −4.45, …, 5.05 by default (21 points, none on a kink at an integer). */
  points?: readonly number[];
  /** The step h of the central differences; 1e−6 by default. */
  step?: number;
  /** Slopes smaller than this are judged by their absolute error divided by it; 1e−4 by default. */
  floor?: number;
}

/** The check at one z. */
export interface DerivativeAtPoint {
  z: number;
  output: number;
  /** `derivative(output)`. */
  analytic: number;
  /** (eval(z + h) − eval(z − h)) / 2h. */
  numeric: number;
  /** |analytic − numeric| / max(|analytic|, |numeric|, floor). */
  relativeError: number;
}

/** What `derivativeCheck` found. */
export interface DerivativeCheckReport {
  points: DerivativeAtPoint[];
  /** The largest relative error over the points. */
  worstRelativeError: number;
  /** The point where it is. */
  worst: DerivativeAtPoint;
}

const DEFAULT_POINTS = Array.from({ length: 21 }, (_, i) => -4.95 + 0.5 * i);

/**
 * Compares `activation.derivative(eval(z))` with central differences of `eval`
 * at every point. Changes nothing.
 * @throws InvalidArgumentError for no points, a point that is not finite, or a
 *   step or floor that is not a positive finite number.
 */
export function derivativeCheck(activation: ActivationFunction, options: DerivativeCheckOptions = {}): DerivativeCheckReport {
  const points = options.points ?? DEFAULT_POINTS;
  const h = options.step ?? 1e-6;
  const floor = options.floor ?? 1e-4;
  if (points.length === 0 || !points.every(Number.isFinite)) {
    throw new InvalidArgumentError('points', 'must be one finite z or more');
  }
  checkPositive('step', h);
  checkPositive('floor', floor);
  const checked = points.map((z) => {
    const output = activation.eval(z);
    const analytic = activation.derivative(output);
    const numeric = (activation.eval(z + h) - activation.eval(z - h)) / (2 * h);
    return { z, output, analytic, numeric, relativeError: relativeError(analytic, numeric, floor) };
  });
  const worst = worstOf(checked);
  return { points: checked, worstRelativeError: worst.relativeError, worst };
}

/** The entry with the largest relative error; a NaN error (a NaN value) counts as the worst. */
export function worstOf<T extends { relativeError: number }>(entries: readonly T[]): T {
  return entries.reduce((worst, entry) =>
    !Number.isNaN(worst.relativeError) && (Number.isNaN(entry.relativeError) || entry.relativeError > worst.relativeError) ? entry : worst,
  );
}

/**
 * |a − b| / max(|a|, |b|, floor): relative where the values are large, absolute
 * (over `floor`) where they are tiny and a difference quotient is mostly noise.
 * NaN when either value is NaN.
 */
export function relativeError(a: number, b: number, floor: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), floor);
}
