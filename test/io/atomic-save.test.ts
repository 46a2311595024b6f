// An interrupted save: the rename that publishes the new file fails after the
// bytes were written. The old model must stay whole and no temporary file remain.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const failures = vi.hoisted(() => ({ rename: false, sync: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    rename: async (from: string, to: string) => {
      if (failures.rename) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
      return fs.rename(from, to);
    },
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      if (!failures.sync) return handle;
      return Object.assign(Object.create(handle), {
        sync: async () => {
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
        writeFile: handle.writeFile.bind(handle),
        close: handle.close.bind(handle),
      });
    },
  };
});

const { NNetwork, OutputFileError, Random } = await import('../../src/index.js');
const { saveModel, loadModel } = await import('../../src/io/model-file.js');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agile-neurons-atomic-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an interrupted save', () => {
  it.each([
    ['the rename fails', 'rename'],
    ['flushing to disk fails', 'sync'],
  ] as const)('when %s, the previous model stays whole and no temporary file is left', async (_what, step) => {
    const path = join(dir, `model-${step}.json`);
    await saveModel(path, new NNetwork().configure(2, 3, 2), { classLabels: ['a', 'b'] });
    const before = await readFile(path, 'utf8');

    failures[step] = true;
    try {
      await expect(saveModel(path, new NNetwork().configure(2, 3, 2, { random: new Random(9) }))).rejects.toThrow(OutputFileError);
    } finally {
      failures[step] = false;
    }
    expect(await readFile(path, 'utf8')).toBe(before);
    expect((await loadModel(path)).classLabels).toEqual(['a', 'b']);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
