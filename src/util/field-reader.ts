/**
 * Reading untyped JSON field by field: each function checks one value and
 * throws `ModelFormatError` naming where it is (`layers[1].neurons[2].weights`).
 */
import { ModelFormatError } from '../errors.js';

/** The field name `ModelFormatError` gives for the document as a whole. */
export const DOCUMENT = '(document)';

/** A plain JSON object, its fields not yet checked. */
export type JsonObject = Record<string, unknown>;

/**
 * The value in JSON `text`. A byte order mark before it is skipped, as editors
 * on Windows write one (JSON.parse alone refuses it).
 * @throws ModelFormatError for the whole document when the text is not JSON.
 */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    throw new ModelFormatError(DOCUMENT, `is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** `path` then `.key`, or `key` at the top. */
export function fieldPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** The object at `path`. */
export function readObject(value: unknown, path: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ModelFormatError(path || DOCUMENT, `must be an object, got ${describe(value)}`);
  }
  return value as JsonObject;
}

/** Field `key` of `object`, which must be present (`null` counts as present). */
export function readField(object: JsonObject, key: string, path: string): unknown {
  if (!Object.hasOwn(object, key) || object[key] === undefined) {
    throw new ModelFormatError(fieldPath(path, key), 'is missing');
  }
  return object[key];
}

/** The array at `path`, optionally of exactly `length` entries (`sizeHint` says why). */
export function readArray(value: unknown, path: string, length?: number, sizeHint = ''): unknown[] {
  if (!Array.isArray(value)) throw new ModelFormatError(path, `must be an array, got ${describe(value)}`);
  if (length !== undefined && value.length !== length) {
    throw new ModelFormatError(path, `must have ${length} entries${sizeHint}, got ${value.length}`);
  }
  return value;
}

/** The finite number at `path`. */
export function readFiniteNumber(value: unknown, path: string): number {
  // Number.isFinite is false for whatever is not a number.
  if (!Number.isFinite(value)) throw new ModelFormatError(path, `must be a finite number, got ${describe(value)}`);
  return value as number;
}

/** The integer ≥ 1 at `path`. */
export function readPositiveInteger(value: unknown, path: string): number {
  // Number.isInteger is false for whatever is not a number.
  if (!Number.isInteger(value) || (value as number) < 1) throw new ModelFormatError(path, `must be an integer ≥ 1, got ${describe(value)}`);
  return value as number;
}

/** The array of finite numbers at `path`, optionally of exactly `length` entries. */
export function readNumberArray(value: unknown, path: string, length?: number, sizeHint = ''): number[] {
  return readArray(value, path, length, sizeHint).map((entry, i) => readFiniteNumber(entry, `${path}[${i}]`));
}

/** The non-empty string at `path`. */
export function readString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') throw new ModelFormatError(path, `must be a non-empty string, got ${describe(value)}`);
  return value;
}

/** A short description of a JSON value for error messages. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return String(value);
}
