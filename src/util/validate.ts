import {
  describeValue,
  DivergenceError,
  InputSizeError,
  InvalidArgumentError,
  InvalidLearningRateError,
  InvalidSizeError,
  NonFiniteResultError,
  NonFiniteValueError,
  TooLargeError,
} from '../errors.js';

/**
 * The most memory one network or matrix may take: 512 MiB. Past it, allocating
 * would fail with an untyped `RangeError` or end the process for want of
 * memory (after a `configure` had dropped the old layers). The book's largest
 * network (784-64-10) takes under 1 MiB.
 */
export const MAX_ALLOCATION_BYTES = 2 ** 29;

/** Bytes per parameter: the value and the copy kept to undo a failed step. */
const BYTES_PER_PARAMETER = 16;
/** Bytes per neuron: its `Neuron` view, its activation slot, learning rate, output, error and δ. */
const BYTES_PER_NEURON = 320;

/** Throws unless `values` is an array or a typed array: something with a length that is not a string. */
export function checkArrayLike(what: string, values: unknown): asserts values is ArrayLike<unknown> {
  if (!isArrayLike(values)) throw notArrayLike(what, values);
}

function isArrayLike(values: unknown): values is ArrayLike<unknown> {
  return typeof values === 'object' && values !== null && typeof (values as { length?: unknown }).length === 'number';
}

function notArrayLike(what: string, values: unknown): InvalidArgumentError {
  return new InvalidArgumentError(what, `must be an array of finite numbers, got ${describeValue(values)}`);
}

/** Throws unless `values` has `expected` entries, all finite. Checks before anything is changed. */
export function checkVector(what: string, values: ArrayLike<number>, expected: number): void {
  checkArrayLike(what, values);
  if (values.length !== expected) throw new InputSizeError(what, expected, values.length);
  checkFinite(what, values);
}

/**
 * `checkVector`, copying the values into `into` (a scratch buffer, which may
 * be left partly written when this throws) in the same pass. Returns `into`.
 */
export function copyVector(what: string, values: ArrayLike<number>, expected: number, into: Float64Array): Float64Array {
  checkArrayLike(what, values);
  if (values.length !== expected) throw new InputSizeError(what, expected, values.length);
  for (let i = 0; i < expected; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) throw new NonFiniteValueError(what, v, i); // false for a non-number too
    into[i] = v;
  }
  return into;
}

/** Throws unless `values` is an array of finite numbers, naming the first entry that is not one. */
export function checkFinite(what: string, values: ArrayLike<number>): void {
  checkArrayLike(what, values);
  const bad = indexOfNonFinite(values);
  if (bad >= 0) throw new NonFiniteValueError(what, values[bad], bad);
}

/** The index of the first entry that is not a finite number, or −1 (for callers that name the values only on failure). */
export function indexOfNonFinite(values: ArrayLike<number>): number {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) return i; // false for a non-number too
  }
  return -1;
}

/**
 * Throws unless `rows` is an array of arrays (`what` names the rows; row i is
 * named `${what} row i`, 0-based). Their lengths and entries are the caller's to check.
 */
export function checkRowList(what: string, rows: unknown): asserts rows is readonly ArrayLike<unknown>[] {
  if (!Array.isArray(rows)) throw new InvalidArgumentError(what, `must be an array of rows, got ${describeValue(rows)}`);
  // The row's name is built only for a refusal: with 30000 rows, a string per row
  // cost more than the check (the bench's line workloads).
  for (let i = 0; i < rows.length; i++) if (!isArrayLike(rows[i])) throw notArrayLike(`${what} row ${i}`, rows[i]);
}

/** Throws unless `options` is a plain object (what a JavaScript caller who forgets it passes is `undefined`). */
export function checkOptions(what: string, options: unknown): asserts options is object {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(what, `must be an object of options, got ${describeValue(options)}`);
  }
}

/**
 * Throws `NonFiniteResultError` at the first of the first `count` `values`
 * that is not finite: a result computed from finite numbers that overflowed.
 * `advice` says what to do.
 */
export function checkResults(what: string, values: ArrayLike<number>, count: number, advice: string): void {
  for (let i = 0; i < count; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) throw new NonFiniteResultError(what, v, i, advice);
  }
}

/** What to do when a network's outputs overflow. */
export const OUTPUT_OVERFLOW_ADVICE = 'scale the inputs down (normalise them) or check the weights for huge values';

/**
 * Throws unless `activation` can be a neuron's activation: an object with
 * `eval` and `derivative` methods (an `ActivationFunction`). Returns it.
 */
export function checkedActivation<T extends { eval(z: number): number; derivative(output: number): number }>(what: string, activation: T): T {
  const candidate = activation as Partial<T> | null | undefined;
  if (typeof candidate !== 'object' || candidate === null || typeof candidate.eval !== 'function' || typeof candidate.derivative !== 'function') {
    throw new InvalidArgumentError(what, `must be an ActivationFunction (with eval and derivative), got ${describeValue(activation)}`);
  }
  return activation;
}

/** Throws unless `value` is an object with every method in `methods` (what a JavaScript caller may get wrong). */
export function checkMethods(what: string, value: unknown, methods: readonly string[]): void {
  const missing = methods.find((name) => typeof (value as Record<string, unknown> | null | undefined)?.[name] !== 'function');
  if (typeof value !== 'object' || value === null || missing !== undefined) {
    throw new InvalidArgumentError(what, `must be an object with the methods ${methods.join(', ')}, got ${describeValue(value)}`);
  }
}

/** Throws unless `value` is a finite number. */
export function checkNumber(what: string, value: number): void {
  if (!Number.isFinite(value)) throw new NonFiniteValueError(what, value); // false for a non-number too
}

/** Throws unless `rate` is a finite number above 0. */
export function checkLearningRate(rate: number): void {
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new InvalidLearningRateError(rate);
  }
}

/**
 * The most epochs one training call runs: 10 million. Each epoch adds to the
 * recorded history (`errors`, `loss`…), so a count such as 1e308, which is an
 * integer, would run until memory ran out; 10 million epochs of the smallest
 * network already take minutes.
 */
export const MAX_EPOCHS = 10_000_000;

/** Throws unless `value` is an integer in 1..MAX_EPOCHS. */
export function checkEpochs(what: string, value: number): void {
  checkPositiveInteger(what, value);
  if (value > MAX_EPOCHS) throw new InvalidArgumentError(what, `must be at most ${MAX_EPOCHS}, got ${describeValue(value)}`);
}

/** Throws unless `value` is a finite number above 0 (Number.isFinite is false for anything but a number). */
export function checkPositive(what: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new InvalidArgumentError(what, `must be a finite number > 0, got ${String(value)}`);
  }
}

/** Throws unless `value` is an integer ≥ 1. */
export function checkPositiveInteger(what: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) throw new InvalidSizeError(what, value);
}

/**
 * Checks the sizes of a dense network, input count first: each a positive
 * integer (named by `names[i]`), and the whole within `MAX_ALLOCATION_BYTES`
 * (16 bytes per weight or bias, 320 per neuron). Call it before anything is
 * allocated or replaced.
 * @throws InvalidSizeError naming the bad size; TooLargeError for a network too large.
 */
export function checkNetworkSizes(sizes: readonly number[], names: readonly string[]): void {
  sizes.forEach((size, i) => checkPositiveInteger(names[i]!, size));
  let bytes = 0;
  for (let i = 1; i < sizes.length; i++) bytes += ((sizes[i - 1]! + 1) * BYTES_PER_PARAMETER + BYTES_PER_NEURON) * sizes[i]!;
  if (bytes > MAX_ALLOCATION_BYTES) throw new TooLargeError(`a network of sizes ${sizes.join('-')}`, bytes, MAX_ALLOCATION_BYTES);
}

/**
 * Checks the size of a matrix: positive integer rows and columns (named by
 * `names`), at most `MAX_ALLOCATION_BYTES` of doubles. Call it before allocating.
 * @throws InvalidSizeError naming the bad size; TooLargeError for a matrix too large.
 */
export function checkMatrixSize(rows: number, columns: number, names: readonly [string, string]): void {
  checkPositiveInteger(names[0], rows);
  checkPositiveInteger(names[1], columns);
  const bytes = rows * columns * 8;
  if (bytes > MAX_ALLOCATION_BYTES) throw new TooLargeError(`a ${rows}×${columns} matrix`, bytes, MAX_ALLOCATION_BYTES);
}

/**
 * What a training step throws for `error`, raised by its forward pass: outputs
 * that overflow (`NonFiniteResultError`) mean training has gone too far, so
 * they become a `DivergenceError` at `learningRate` in `where`, as a step that
 * overflows is; any other error stays as it is. (A function, not a wrapper
 * taking a closure: the book's loop calls it per example and allocates nothing.)
 */
export function asDivergence(error: unknown, learningRate: number, where: string): unknown {
  return error instanceof NonFiniteResultError ? new DivergenceError(undefined, learningRate, Number.NaN, where) : error;
}
