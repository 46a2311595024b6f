/**
 * Typed errors of agile-neurons. Each carries the data a caller needs to react
 * (which field, which sizes) and a message that says what to do. Imports nothing.
 */

/** Base class: `catch (e) { if (e instanceof AgileNeuronsError) … }` catches all of ours. */
export class AgileNeuronsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An input, target or weight vector does not have the length the receiver expects. */
export class InputSizeError extends AgileNeuronsError {
  constructor(
    readonly what: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`${what}: expected ${expected} value${expected === 1 ? '' : 's'} but got ${actual}`);
  }
}

/**
 * A value as a message shows it: a string in quotes (so `"10"` is not mistaken
 * for the number 10), an array or object by its kind, anything else as `String` does.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object' && value !== null) return ArrayBuffer.isView(value) ? `a ${value.constructor.name}` : 'an object';
  if (typeof value === 'function') return 'a function';
  return Object.is(value, -0) ? '-0' : String(value);
}

/** A value that must be a finite number is NaN, ±Infinity or not a number at all. `index` is 0-based. */
export class NonFiniteValueError extends AgileNeuronsError {
  constructor(
    readonly what: string,
    readonly value: unknown,
    readonly index?: number,
  ) {
    const where = index === undefined ? '' : ` at index ${index}`;
    super(`${what}${where} must be a finite number, got ${describeValue(value)}`);
  }
}

/**
 * Arithmetic on finite numbers gave NaN or ±Infinity: a weighted sum or a
 * range beyond the largest double (about 1.8e308). `index` is 0-based. Raised
 * instead of handing the NaN on; nothing was changed.
 */
export class NonFiniteResultError extends AgileNeuronsError {
  constructor(
    readonly what: string,
    readonly value: number,
    readonly index: number | undefined,
    readonly advice: string,
  ) {
    const where = index === undefined ? '' : ` ${index}`;
    super(`${what}${where} came out ${String(value)} from finite numbers (the arithmetic overflowed): ${advice}`);
  }
}

/**
 * Min–max scaling of a column whose range max − min overflows to Infinity (it
 * spans more than the largest double), so every scaled value would be 0 or
 * NaN. `column` is 0-based among the features.
 */
export class ColumnRangeError extends NonFiniteResultError {
  constructor(
    readonly column: number,
    readonly min: number,
    readonly max: number,
  ) {
    super('the range max − min of feature column', max - min, column, `the column spans ${min} to ${max}, more than the largest double; divide it by a constant first`);
  }
}

/** A learning rate that is not a finite number above 0. */
export class InvalidLearningRateError extends AgileNeuronsError {
  constructor(readonly learningRate: unknown) {
    super(`learning rate must be a finite number > 0, got ${describeValue(learningRate)}`);
  }
}

/** A size or count (neurons, weights, batch size, epochs…) that is not a positive integer. */
export class InvalidSizeError extends AgileNeuronsError {
  constructor(
    readonly what: string,
    readonly value: unknown,
  ) {
    super(`${what} must be a positive integer, got ${describeValue(value)}`);
  }
}

/**
 * A network or matrix larger than the library will allocate: it would need about `bytes`
 * bytes where at most `limit` are allowed (see `MAX_ALLOCATION_BYTES`). Raised
 * before anything is allocated or changed.
 */
export class TooLargeError extends AgileNeuronsError {
  constructor(
    readonly what: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`${what} would need about ${mebibytes(bytes)} of memory, more than the ${mebibytes(limit)} allowed for one network or matrix: use smaller sizes`);
  }
}

/**
 * A job that would need more memory than the JavaScript heap has left
 * (estimated before it starts, so it fails with this error rather than with
 * V8's fatal out-of-memory report). `suggestedHeapMiB` is a heap size that fits it.
 */
export class InsufficientMemoryError extends AgileNeuronsError {
  constructor(
    readonly what: string,
    readonly bytes: number,
    readonly availableBytes: number,
    readonly suggestedHeapMiB: number,
  ) {
    super(
      `${what} needs about ${mebibytes(bytes)} of memory but Node allows only ${mebibytes(availableBytes)} more: ` +
        `run it with NODE_OPTIONS=--max-old-space-size=${suggestedHeapMiB}, or use fewer rows`,
    );
  }
}

function mebibytes(bytes: number): string {
  return `${Math.ceil(bytes / 2 ** 20)} MiB`;
}

/** Any other argument outside its documented range. */
export class InvalidArgumentError extends AgileNeuronsError {
  constructor(
    readonly what: string,
    readonly detail: string,
  ) {
    super(`${what}: ${detail}`);
  }
}

/** The rows × columns of a matrix, as errors report them. */
export interface MatrixShape {
  readonly rows: number;
  readonly columns: number;
}

/**
 * Two matrices whose shapes do not fit the operation (the book's 'dimensions do
 * not conform'), raised before anything is written.
 */
export class ShapeMismatchError extends AgileNeuronsError {
  constructor(
    readonly operation: string,
    readonly left: MatrixShape,
    readonly right: MatrixShape,
  ) {
    super(`${operation}: dimensions do not conform: ${shapeText(left)} vs ${shapeText(right)}`);
  }
}

/** A 1-based row or column index outside 1..size. */
export class IndexOutOfRangeError extends AgileNeuronsError {
  constructor(
    readonly what: string,
    readonly index: unknown,
    readonly size: number,
  ) {
    super(`${what} ${describeValue(index)} is out of range: give an integer in 1..${size}`);
  }
}

function shapeText(shape: MatrixShape): string {
  return `${shape.rows}×${shape.columns}`;
}

/** A data set with no rows (or rows with no columns). */
export class EmptyDataError extends AgileNeuronsError {
  constructor(readonly what: string) {
    super(`${what} is empty: give at least one row`);
  }
}

/** Rows of different lengths. `row` is 0-based. */
export class RaggedDataError extends AgileNeuronsError {
  constructor(
    readonly row: number,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`row ${row} has ${actual} columns but row 0 has ${expected}: every row must have the same length`);
  }
}

/** Min–max normalisation of a column whose max equals its min (the book divides by zero). */
export class ConstantColumnError extends AgileNeuronsError {
  constructor(
    readonly column: number,
    readonly value: number,
  ) {
    super(
      `column ${column} is constant (every value is ${value}), so min–max normalisation would divide by zero; ` +
        'drop the column or give explicit min and max',
    );
  }
}

/**
 * A column named by header or position that the data does not have. `column`
 * is as it was given to the API: a header name, or a 0-based index (negative
 * from the end); `columns` is how many the rows have.
 */
export class UnknownColumnError extends InvalidArgumentError {
  constructor(
    what: string,
    readonly column: string | number,
    readonly columns: number,
    readonly header: readonly string[] | undefined,
  ) {
    super(what, unknownColumnDetail(column, columns, header));
  }
}

function unknownColumnDetail(column: string | number, columns: number, header: readonly string[] | undefined): string {
  if (typeof column === 'string') {
    return header === undefined
      ? `'${column}' is a column name, but the file has no header row: give the column's position`
      : `no column named '${column}'; the header has ${header.join(', ')}`;
  }
  return `column ${describeValue(column)} does not exist: the rows have ${columns} columns (0-based: 0..${columns - 1}, or −1 for the last)`;
}

/** A class label that is not an integer in 0..numberOfClasses−1. */
export class InvalidLabelError extends AgileNeuronsError {
  constructor(
    readonly row: number,
    readonly label: unknown,
    readonly numberOfClasses: number,
  ) {
    super(`row ${row}: label ${describeValue(label)} is not an integer in 0..${numberOfClasses - 1}`);
  }
}

/** A network used before it has layers, or a layer used outside a network where it needs one. */
export class NotConfiguredError extends AgileNeuronsError {}

/** A name looked up in a registry (activation, loss, trainer) that nobody registered. */
export class UnknownNameError extends AgileNeuronsError {
  constructor(
    readonly kind: string,
    readonly requested: string,
    readonly known: readonly string[],
  ) {
    super(`unknown ${kind} '${requested}'; known: ${known.join(', ') || '(none)'}. Register it first.`);
  }
}

/** A name registered twice. */
export class DuplicateNameError extends AgileNeuronsError {
  constructor(
    readonly kind: string,
    readonly requested: string,
  ) {
    super(`${kind} '${requested}' is already registered; pick another name`);
  }
}

/**
 * A training step that would leave a NaN or an infinity in the model (or whose
 * loss is not finite). Nothing was changed: the model is as before that step.
 * `epoch` is set when a trainer was running (1-based), undefined for the book's
 * one-example `train`, whose `where` says which layer or neuron it was.
 */
export class DivergenceError extends AgileNeuronsError {
  constructor(
    readonly epoch: number | undefined,
    readonly learningRate: number,
    readonly loss: number,
    readonly where?: string,
  ) {
    const what = epoch === undefined ? `the step of ${where ?? 'the model'}` : `training at epoch ${epoch} (loss ${loss})`;
    super(
      `${what} diverged with learning rate ${learningRate}: it would make a parameter NaN or infinite, so nothing was changed ` +
        '— try a smaller learning rate or normalised inputs',
    );
  }
}

/** A model file that cannot be read back: not JSON, unknown version, missing or bad field. */
export class ModelFormatError extends AgileNeuronsError {
  constructor(
    readonly field: string,
    readonly detail: string,
  ) {
    super(`model file: ${field}: ${detail}`);
  }
}

/**
 * A well-formed model file that uses what an `NNetwork` cannot represent (a
 * convolution, a layer without bias, an activation we do not have…); `field`
 * names the layer or setting.
 */
export class UnsupportedModelError extends ModelFormatError {}

/**
 * A network whose activation has no equivalent in TensorFlow.js (the step
 * function, a user's own activation). `layer` counts from 1 at the first layer
 * of neurons (`network.layers[layer − 1]`); `customClass` names a user's class
 * that reuses a built-in name. Raised before anything is written.
 */
export class UnsupportedActivationError extends AgileNeuronsError {
  constructor(
    readonly layer: number,
    readonly activation: string,
    readonly supported: readonly string[],
    readonly customClass?: string,
  ) {
    const custom = customClass === undefined ? '' : ` (your own class ${customClass}, not the built-in one)`;
    super(
      `layer ${layer} (network.layers[${layer - 1}]) uses activation '${activation}'${custom}, which TensorFlow.js has no equivalent for; ` +
        `it can export ${supported.join(', ')}`,
    );
  }
}

/** A CSV or data file that cannot be parsed. `line` is 1-based, as an editor shows it. */
export class DataFormatError extends AgileNeuronsError {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`line ${line}: ${detail}`);
  }
}

/** A plot request that cannot be drawn (empty or non-finite series, bad size). */
export class PlotDataError extends AgileNeuronsError {}

/**
 * An optional package that a feature needs cannot be loaded: not installed, or
 * installed without its native build. `install` is the exact command to run;
 * `systemLibraries` says what a build from source needs, when it may come to that.
 */
export class MissingPackageError extends AgileNeuronsError {
  constructor(
    readonly feature: string,
    readonly packages: readonly string[],
    readonly install: string,
    readonly systemLibraries: string,
    cause: unknown,
  ) {
    super(
      `${feature} needs the optional package${packages.length === 1 ? '' : 's'} ${packages.join(' and ')}, ` +
        `which cannot be loaded (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}). ` +
        `Install ${packages.length === 1 ? 'it' : 'them'} with: ${install}. ${systemLibraries}`,
      { cause },
    );
  }
}

/**
 * Text of a writing system that no installed font has (e.g. Chinese chart labels
 * without a CJK font): a chart would draw every character as an empty box.
 */
export class MissingFontError extends AgileNeuronsError {
  constructor(
    readonly writing: string,
    readonly install: string,
  ) {
    super(`Drawing ${writing} text needs a font with its characters, and none is installed. ${install}`);
  }
}

/** A file could not be written; nothing was left behind at the target path. */
export class OutputFileError extends AgileNeuronsError {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`cannot write ${path}: ${describeFileProblem(cause)}`, { cause });
  }
}

/** A file could not be read (missing, a directory, no permission). */
export class InputFileError extends AgileNeuronsError {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`cannot read ${path}: ${describeFileProblem(cause)}`, { cause });
  }
}

/**
 * A short reason for a failed file read or write, from Node's error code
 * (Node's own message repeats the path and the system call).
 */
export function describeFileProblem(cause: unknown): string {
  const code = (cause as { code?: unknown } | null | undefined)?.code;
  const reason = typeof code === 'string' ? FILE_PROBLEMS[code] : undefined;
  if (reason !== undefined) return reason;
  return cause instanceof Error ? cause.message : String(cause);
}

const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EEXIST: 'a file of that name is in the way',
};
