/**
 * Validation of chart input. Every check throws a `PlotDataError` whose message
 * names the chart, the series (index and name) and the offending value index,
 * so a caller can find the bad number without a debugger. Checks run before any
 * drawing starts, so a bad call never costs a render.
 */
import { PlotDataError } from '../errors.js';

/** A series of numbers: a plain array or a typed array. */
export type Values = ArrayLike<number>;

// Large enough for print-quality composites, small enough that cairo can allocate it.
const MAX_SIZE = 16_384;

/** `"lossCurve: series[1] 'test'"` — how messages refer to one series of a chart. */
export function seriesLabel(chart: string, field: string, index: number, name?: string): string {
  return `${chart}: ${field}[${index}]${name === undefined ? '' : ` '${name}'`}`;
}

/** Throws unless `list` is an array with at least one entry (the series of a chart). */
export function checkList(label: string, list: unknown): void {
  if (!Array.isArray(list)) throw new PlotDataError(`${label} must be an array, got ${describe(list)}`);
  if (list.length === 0) throw new PlotDataError(`${label} is empty; give at least one series`);
}

/** Options of `checkValues`: extra bounds beyond "finite". */
export interface ValueRule {
  /** Every value must be > 0 (logarithmic axes). */
  positive?: boolean;
  /** Every value must lie in `[min, max]`. */
  range?: readonly [number, number];
  /** Every value must be an integer ≥ 0 (class labels). */
  label?: boolean;
}

/** Throws unless `values` is a non-empty array of finite numbers that satisfy `rule`. */
export function checkValues(series: string, field: string, values: unknown, rule: ValueRule = {}): void {
  if (!isArrayLike(values)) {
    throw new PlotDataError(`${series}: ${field} must be an array of numbers, got ${describe(values)}`);
  }
  if (values.length === 0) throw new PlotDataError(`${series}: ${field} is empty; give at least one value`);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const at = `${series}: ${field}[${i}]`;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new PlotDataError(`${at} is ${describe(v)}; every value must be a finite number`);
    }
    if (rule.positive && v <= 0) {
      throw new PlotDataError(`${at} is ${v}, but a logarithmic scale needs every value > 0`);
    }
    if (rule.range && (v < rule.range[0] || v > rule.range[1])) {
      throw new PlotDataError(`${at} is ${v}, outside ${rule.range[0]}..${rule.range[1]}`);
    }
    if (rule.label && (!Number.isInteger(v) || v < 0)) {
      throw new PlotDataError(`${at} is ${v}; a class must be an integer ≥ 0`);
    }
  }
}

/** Throws unless the two (already checked) series have the same length. */
export function checkSameLength(
  series: string,
  aField: string,
  a: ArrayLike<unknown>,
  bField: string,
  b: ArrayLike<unknown>,
): void {
  if (a.length !== b.length) {
    throw new PlotDataError(
      `${series}: ${aField} has ${a.length} values but ${bField} has ${b.length}; they must have the same length`,
    );
  }
}

/** Throws unless `xs` and `ys` (or the given field names) are valid series of the same length. */
export function checkPairs(series: string, xs: unknown, ys: unknown, names: readonly [string, string] = ['xs', 'ys']): void {
  checkValues(series, names[0], xs);
  checkValues(series, names[1], ys);
  checkSameLength(series, names[0], xs as Values, names[1], ys as Values);
}

/** Throws unless the (already checked) values grow strictly, as grid coordinates must. */
export function checkIncreasing(series: string, field: string, values: Values): void {
  for (let i = 1; i < values.length; i++) {
    if (values[i]! <= values[i - 1]!) {
      throw new PlotDataError(
        `${series}: ${field}[${i}] is ${values[i]}, not above ${field}[${i - 1}] = ${values[i - 1]}; ` +
          'grid coordinates must increase strictly',
      );
    }
  }
}

/** Throws unless `value` is a pixel size: an integer in 1..16384. */
export function checkSize(what: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_SIZE) {
    throw new PlotDataError(`${what} must be an integer number of pixels in 1..${MAX_SIZE}, got ${describe(value)}`);
  }
}

/** Throws unless `value` is an integer ≥ 1 (counts such as columns or layer sizes). */
export function checkCount(what: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new PlotDataError(`${what} must be a positive integer, got ${describe(value)}`);
  }
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string '${value}'`;
  return String(value);
}
