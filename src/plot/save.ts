/** Atomic file output: a reader never sees a half-written PNG, a failure leaves nothing behind. */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OutputFileError } from '../errors.js';

/**
 * Writes `data` to `path`, creating missing parent directories. The bytes go to
 * a temporary file next to the target (same file system, so the final rename
 * is atomic), which is removed if anything fails.
 * @throws OutputFileError when the directory or the file cannot be written.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const dir = dirname(path);
  // Dot-prefixed and random so it neither shows in listings nor collides with a parallel save.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (cause) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new OutputFileError(path, cause);
  }
}
