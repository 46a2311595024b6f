/** Error messages that say which file, column or row was wrong, as the user sees them (columns and rows from 1). */
import { ColumnRangeError, ConstantColumnError, DataFormatError, InvalidArgumentError, ModelFormatError, UnknownColumnError, UnsupportedModelError } from '../errors.js';
import type { LabelledData } from '../io/csv.js';
import { DOCUMENT } from '../util/field-reader.js';
import { UsageError } from './cli-io.js';

/** A problem in a file the user named; the message starts with the file's path. Exit code 1. */
export class FileProblem extends Error {
  override name = 'FileProblem';
}

/**
 * Runs `read` on the file at `path`; a format error it throws (which knows the
 * line or field but not the file) comes back as a `FileProblem` naming the file,
 * and a `--label` the file does not have as a `UsageError` (exit code 2).
 */
export async function inFile<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof UnknownColumnError) throw new UsageError(`--label ${labelAsGiven(e.column)}: ${path} ${columnsOf(e)}`, { cause: e });
    if (e instanceof ModelFormatError) {
      const where = e.field === DOCUMENT ? 'it' : e.field;
      const problem = e instanceof UnsupportedModelError ? 'a model an NNetwork cannot represent' : 'not a valid model file';
      throw new FileProblem(`${path}: ${problem}: ${where} ${e.detail}`, { cause: e });
    }
    if (e instanceof DataFormatError || e instanceof InvalidArgumentError) throw new FileProblem(`${path}: ${e.message}`, { cause: e });
    throw e;
  }
}

/** The `--label` value as the user typed it (the CLI turns column numbers from 1 into indices from 0). */
function labelAsGiven(column: string | number): string {
  return typeof column === 'number' ? String(column + 1) : column;
}

function columnsOf(e: UnknownColumnError): string {
  const numbers = `give a column number from 1 to ${e.columns}`;
  if (typeof e.column === 'number') return `has ${e.columns} columns: ${numbers}${e.header === undefined ? '' : ' or a name from its header'}`;
  if (e.header === undefined) return `has no header row, so columns have no names: ${numbers}`;
  return `has no column named '${e.column}'; its header has ${e.header.join(', ')}`;
}

/**
 * Runs `fit` on the feature columns of `data` (read from `path`); a column
 * that cannot be scaled comes back as a `FileProblem` naming it as the file
 * does: its number from 1 and its header name.
 */
export function inColumns<T>(path: string, data: LabelledData, fit: () => T): T {
  try {
    return fit();
  } catch (e) {
    if (e instanceof ConstantColumnError) {
      throw new FileProblem(`${path}: ${columnName(data, e.column)} has the same value (${e.value}) in every training row, so it cannot be scaled to [0, 1]: drop it`, { cause: e });
    }
    if (e instanceof ColumnRangeError) {
      throw new FileProblem(`${path}: ${columnName(data, e.column)} spans ${e.min} to ${e.max}, more than the largest number (about 1.8e308), so it cannot be scaled: divide it by a constant first`, { cause: e });
    }
    throw e;
  }
}

/** `column 3 (petal_length)`: feature `feature`'s column in the file, counted from 1. */
function columnName(data: LabelledData, feature: number): string {
  const column = data.featureColumns[feature]! + 1;
  const name = data.featureNames?.[feature];
  return name === undefined ? `column ${column}` : `column ${column} (${name})`;
}
