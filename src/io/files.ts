/** Reading files with typed errors, and checking that one can be written. */
import { constants, readFileSync } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputFileError, OutputFileError } from '../errors.js';

/**
 * The UTF-8 text of `path`.
 * @throws InputFileError when the file is missing, a directory or unreadable.
 */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    throw new InputFileError(path, cause);
  }
}

/**
 * The bytes of `path`.
 * @throws InputFileError when the file is missing, a directory or unreadable.
 */
export async function readBinaryFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (cause) {
    throw new InputFileError(path, cause);
  }
}

/** `readTextFile`, synchronously (for the small data files shipped with the package). */
export function readTextFileSync(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new InputFileError(path, cause);
  }
}

/**
 * Checks, without writing anything, that `writeFileAtomic(path, …)` can
 * succeed: `path` is not a directory, and its closest existing ancestor is a
 * directory this process may write in. Lets a long job fail before it starts.
 * @throws OutputFileError saying why not.
 */
export async function checkWritable(path: string): Promise<void> {
  const target = resolve(path);
  const targetStat = await stat(target).catch(() => undefined);
  if (targetStat?.isDirectory()) throw new OutputFileError(path, new Error('it is a directory'));
  for (let dir = dirname(target); ; dir = dirname(dir)) {
    const dirStat = await stat(dir).catch(() => undefined);
    if (dirStat !== undefined) {
      if (!dirStat.isDirectory()) throw new OutputFileError(path, new Error(`${dir} is not a directory`));
      await access(dir, constants.W_OK).catch((cause: unknown) => {
        throw new OutputFileError(path, new Error(`${dir} is not writable (${cause instanceof Error ? cause.message : String(cause)})`));
      });
      return;
    }
    if (dirname(dir) === dir) return;
  }
}
