/** Atomic file output: a reader never sees a half-written file, a failure leaves nothing behind. */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OutputFileError } from '../errors.js';

/**
 * Writes `data` to `path` so that a reader sees either the old file or the whole
 * new one, never a part: the bytes go to a temporary file in the same directory
 * (same file system, so the rename is atomic), are flushed to disk, then renamed
 * over `path`. On failure the temporary file is removed and `path` is left as it
 * was. Missing parent directories are created.
 * @throws OutputFileError when the directory or the file cannot be written.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  // Dot-prefixed and random: hidden from listings, no clash with a parallel save.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (cause) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new OutputFileError(path, cause);
  }
}
