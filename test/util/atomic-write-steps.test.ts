// The steps of an atomic write that a finished file does not show: the names of
// the temporary and backup files, the handle closed, a backup that fails, and
// the removal of what a killed save left. node:fs/promises is passed through,
// recording the files opened and copied, with a failure injected where a test asks.
import { existsSync, lstatSync, lutimesSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { OutputFileError } from '../../src/errors.js';
import { removeStaleTemporaries, STALE_TEMPORARY_MS, TEMPORARY_NAME, writeFileAtomic, writeFilesAtomic } from '../../src/util/atomic-write.js';

const fsCalls = vi.hoisted(() => ({
  opened: [] as { path: string; handle: FileHandle }[],
  copiedTo: [] as string[],
  failCopyFrom: undefined as string | undefined,
  failLstatOf: undefined as string | undefined,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      fsCalls.opened.push({ path: String(args[0]), handle });
      return handle;
    },
    copyFile: async (from: string, to: string, mode?: number) => {
      fsCalls.copiedTo.push(to);
      if (from === fsCalls.failCopyFrom) throw Object.assign(new Error('EIO: i/o error, copyfile'), { code: 'EIO' });
      return fs.copyFile(from, to, mode);
    },
    lstat: async (...args: Parameters<typeof fs.lstat>) => {
      if (args[0] === fsCalls.failLstatOf) throw Object.assign(new Error('ENOENT: no such file or directory, lstat'), { code: 'ENOENT' });
      return fs.lstat(...args);
    },
  };
});

let dir: string;
let folder = 0;
/** A new folder per test (made by the first save into it). */
function freshFolder(): string {
  return join(dir, `case-${++folder}`);
}
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agile-neurons-atomic-steps-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  fsCalls.opened.length = 0;
  fsCalls.copiedTo.length = 0;
  fsCalls.failCopyFrom = undefined;
  fsCalls.failLstatOf = undefined;
});

describe('writeFileAtomic', () => {
  it('writes through one temporary file beside the target, named as TEMPORARY_NAME with .tmp, and closes it', async () => {
    const path = join(freshFolder(), 'model.json');
    await writeFileAtomic(path, 'new');

    expect(fsCalls.opened).toHaveLength(1);
    const temp = basename(fsCalls.opened[0]!.path);
    expect(temp).toMatch(TEMPORARY_NAME);
    expect(temp.startsWith('.model.json.')).toBe(true);
    expect(temp.endsWith('.tmp')).toBe(true);
    expect(fsCalls.opened[0]!.handle.fd).toBe(-1); // a closed FileHandle has no descriptor
    expect(readFileSync(path, 'utf8')).toBe('new');
  });
});

describe('writeFilesAtomic', () => {
  it('backs an existing file up beside it, named as TEMPORARY_NAME with .bak, and removes the backup afterwards', async () => {
    const folderPath = freshFolder();
    const path = join(folderPath, 'weights.bin');
    await writeFileAtomic(path, 'old');
    await writeFilesAtomic([{ path, data: 'new' }]);

    expect(fsCalls.copiedTo).toHaveLength(1);
    const backup = basename(fsCalls.copiedTo[0]!);
    expect(backup).toMatch(TEMPORARY_NAME);
    expect(backup.endsWith('.bak')).toBe(true);
    expect(readdirSync(folderPath)).toEqual(['weights.bin']);
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('replaces nothing when an existing file cannot be backed up, and leaves no temporary file', async () => {
    const folderPath = freshFolder();
    const model = join(folderPath, 'model.json');
    const weights = join(folderPath, 'weights.bin');
    await writeFileAtomic(weights, 'old weights');
    fsCalls.failCopyFrom = weights;

    const refusal = await writeFilesAtomic([
      { path: model, data: 'new model' },
      { path: weights, data: 'new weights' },
    ]).catch((error: unknown) => error as Error);

    expect(refusal).toBeInstanceOf(OutputFileError);
    expect((refusal as Error).message).toBe(`cannot write ${weights}: EIO: i/o error, copyfile`);
    expect(existsSync(model)).toBe(false); // published first, then taken back
    expect(readFileSync(weights, 'utf8')).toBe('old weights');
    expect(readdirSync(folderPath)).toEqual(['weights.bin']);
  });
});

describe('removeStaleTemporaries', () => {
  const STAMP_S = 1_000_000; // a whole number of seconds, so mtimeMs is exactly STAMP_S · 1000
  const stamped = STAMP_S * 1000;

  it('does nothing (and throws nothing) for a folder that does not exist', async () => {
    await expect(removeStaleTemporaries(join(dir, 'no-such-folder'))).resolves.toBeUndefined();
  });

  it('removes a temporary file once it is exactly STALE_TEMPORARY_MS old, not a millisecond sooner', async () => {
    const folderPath = freshFolder();
    await writeFileAtomic(join(folderPath, 'model.json'), 'kept');
    const temp = join(folderPath, '.model.json.123.0123456789ab.tmp');
    writeFileSync(temp, 'left by a killed save');
    utimesSync(temp, STAMP_S, STAMP_S);

    await removeStaleTemporaries(folderPath, stamped + STALE_TEMPORARY_MS - 1);
    expect(existsSync(temp)).toBe(true);
    await removeStaleTemporaries(folderPath, stamped + STALE_TEMPORARY_MS);
    expect(existsSync(temp)).toBe(false);
    expect(readdirSync(folderPath)).toEqual(['model.json']);
  });

  it('leaves a symbolic link named like a temporary file, however old', async () => {
    const folderPath = freshFolder();
    const target = join(folderPath, 'model.json');
    await writeFileAtomic(target, 'kept');
    const link = join(folderPath, '.model.json.123.0123456789ab.bak');
    symlinkSync(target, link);
    lutimesSync(link, STAMP_S, STAMP_S);

    await removeStaleTemporaries(folderPath, stamped + 10 * STALE_TEMPORARY_MS);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('skips an entry that vanished between the listing and its lstat (another save removed it), and goes on', async () => {
    const folderPath = freshFolder();
    await writeFileAtomic(join(folderPath, 'model.json'), 'kept');
    const vanished = join(folderPath, '.model.json.1.000000000000.tmp');
    const stale = join(folderPath, '.model.json.2.ffffffffffff.tmp');
    for (const path of [vanished, stale]) {
      writeFileSync(path, 'left by a killed save');
      utimesSync(path, STAMP_S, STAMP_S);
    }
    fsCalls.failLstatOf = vanished;

    await expect(removeStaleTemporaries(folderPath, stamped + STALE_TEMPORARY_MS)).resolves.toBeUndefined();
    expect(existsSync(stale)).toBe(false);
  });
});
