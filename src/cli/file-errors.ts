/** Error messages that say which file was wrong. */
import { DataFormatError, InvalidArgumentError, ModelFormatError, UnsupportedModelError } from '../errors.js';
import { DOCUMENT } from '../util/field-reader.js';

/** A problem in a file the user named; the message starts with the file's path. Exit code 1. */
export class FileProblem extends Error {
  override name = 'FileProblem';
}

/**
 * Runs `read` on the file at `path`; a format error it throws (which knows the
 * line or field but not the file) comes back as a `FileProblem` naming the file.
 */
export async function inFile<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof ModelFormatError) {
      const where = e.field === DOCUMENT ? 'it' : e.field;
      const problem = e instanceof UnsupportedModelError ? 'a model an NNetwork cannot represent' : 'not a valid model file';
      throw new FileProblem(`${path}: ${problem}: ${where} ${e.detail}`, { cause: e });
    }
    if (e instanceof DataFormatError || e instanceof InvalidArgumentError) throw new FileProblem(`${path}: ${e.message}`, { cause: e });
    throw e;
  }
}
