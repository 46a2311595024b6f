/**
 * Atomic file output: a reader never sees a half-written file, a failure leaves
 * nothing behind, and what a killed process left behind is cleared by the next
 * save to the same folder.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OutputFileError } from '../errors.js';

/** One file to write: where, and what. */
export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

/**
 * Writes `data` to `path` so that a reader sees either the old file or the whole
 * new one, never a part: the bytes go to a temporary file in the same directory
 * (same file system, so the rename is atomic), are flushed to disk, then renamed
 * over `path`. On failure the temporary file is removed and `path` is left as it
 * was. Missing parent directories are created. Temporary files of ours that a
 * killed process left in the folder are removed first (see `removeStaleTemporaries`).
 * @throws OutputFileError when the directory or the file cannot be written.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  let temp: string | undefined;
  try {
    temp = await writeTemporary(path, data);
    await rename(temp, path);
  } catch (cause) {
    // Stryker disable next-line ConditionalExpression: removeQuietly(undefined) is an rm that rejects and is swallowed: nothing removed, nothing thrown
    if (temp !== undefined) await removeQuietly(temp);
    throw new OutputFileError(path, cause);
  }
}

/**
 * Writes several files that belong together (a model and its weights), both or
 * neither: every file is first written whole beside its target and flushed;
 * only then are they renamed over their targets, one after the other. If any
 * step fails, the files already renamed are put back as they were (the old
 * file, or none), and no temporary file is left. A crash of the process
 * between two renames can still leave a new file beside an old one.
 * @throws OutputFileError naming the file that could not be written.
 */
export async function writeFilesAtomic(files: readonly OutputFile[]): Promise<void> {
  const staged: { path: string; temp: string; backup?: string | undefined; published?: boolean }[] = [];
  // Read only in the catch; both loops set it before each step that can throw.
  // Stryker disable next-line StringLiteral: never read (with no files nothing can throw)
  let current = '';
  try {
    for (const file of files) {
      current = file.path;
      staged.push({ path: file.path, temp: await writeTemporary(file.path, file.data) });
    }
    for (const entry of staged) {
      current = entry.path;
      entry.backup = await backUp(entry.path);
      await rename(entry.temp, entry.path);
      entry.published = true;
    }
  } catch (cause) {
    for (const entry of staged) {
      if (entry.published === true) await (entry.backup === undefined ? removeQuietly(entry.path) : rename(entry.backup, entry.path).catch(() => undefined));
      else await removeQuietly(entry.temp);
      // Stryker disable next-line ConditionalExpression: removeQuietly(undefined) is an rm that rejects and is swallowed
      if (entry.backup !== undefined) await removeQuietly(entry.backup);
    }
    throw new OutputFileError(current, cause);
  }
  // Stryker disable next-line ConditionalExpression: removeQuietly(undefined) is an rm that rejects and is swallowed
  for (const entry of staged) if (entry.backup !== undefined) await removeQuietly(entry.backup);
}

/**
 * Writes `data` to a new temporary file beside `path` (creating the directory),
 * flushed to disk; returns its name. On failure removes it and rethrows.
 */
async function writeTemporary(path: string, data: string | Uint8Array): Promise<string> {
  const temp = siblingName(path, 'tmp');
  await mkdir(dirname(path), { recursive: true });
  await removeStaleTemporaries(dirname(path));
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return temp;
  } catch (cause) {
    await removeQuietly(temp);
    throw cause;
  }
}

/** A copy of the file at `path` beside it, to put back on failure; undefined when there is no file yet. */
async function backUp(path: string): Promise<string | undefined> {
  const backup = siblingName(path, 'bak');
  try {
    await copyFile(path, backup, constants.COPYFILE_EXCL);
    return backup;
  } catch (cause) {
    if ((cause as { code?: unknown }).code === 'ENOENT') return undefined;
    throw cause;
  }
}

/** Dot-prefixed and random: hidden from listings, no clash with a parallel save. Matches `TEMPORARY_NAME`. */
function siblingName(path: string, suffix: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.${suffix}`);
}

/** The names `siblingName` makes: `.<file>.<pid>.<12 hex digits>.tmp` or `.bak`. */
export const TEMPORARY_NAME = /^\..+\.\d+\.[0-9a-f]{12}\.(tmp|bak)$/;

/**
 * How old a temporary file of ours must be before another save removes it: 10
 * minutes. A save keeps its temporary file for the time it takes to write and
 * flush it (well under a second for our largest file, a 20 MB PNG), so one this
 * old was left by a process that was killed (`kill -9`, a crash, power loss).
 */
export const STALE_TEMPORARY_MS = 10 * 60 * 1000;

/**
 * Removes from `directory` the temporary files of ours (named as
 * `TEMPORARY_NAME`, regular files, last modified `STALE_TEMPORARY_MS` ago or
 * more) that a killed save left. Nothing else is touched; failures are ignored
 * (it is housekeeping, not the save).
 */
export async function removeStaleTemporaries(directory: string, now = Date.now()): Promise<void> {
  const names = await readdir(directory).catch(() => [] as string[]);
  for (const name of names) {
    if (!TEMPORARY_NAME.test(name)) continue;
    const path = join(directory, name);
    const info = await lstat(path).catch(() => undefined);
    if (info?.isFile() === true && now - info.mtimeMs >= STALE_TEMPORARY_MS) await removeQuietly(path);
  }
}

async function removeQuietly(path: string): Promise<void> {
  await rm(path).catch(() => undefined); // swallows every failure, a missing file too (so no need for rm's force)
}
