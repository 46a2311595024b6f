// An interrupted TF.js export: the second rename (model.json, after the weights)
// fails. The folder must hold the previous export, whole, or nothing, and no
// temporary or backup file.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const failure = vi.hoisted(() => ({ renameOf: undefined as string | undefined }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    rename: async (from: string, to: string) => {
      if (failure.renameOf !== undefined && to.endsWith(failure.renameOf)) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
      return fs.rename(from, to);
    },
  };
});

const { NNetwork, OutputFileError, Random } = await import('../../src/index.js');
const { saveTfjsModel, loadTfjsModel } = await import('../../src/io/index.js');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agile-neurons-tfjs-atomic-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failingSave(out: string, file: string): Promise<unknown> {
  failure.renameOf = file;
  try {
    return await saveTfjsModel(out, new NNetwork().configure(3, 4, 2, { random: new Random(9) })).catch((e: unknown) => e);
  } finally {
    failure.renameOf = undefined;
  }
}

describe('an interrupted TF.js export', () => {
  it.each(['model.json', 'group1-shard1of1.bin'])('when renaming %s fails, the previous export stays whole', async (file) => {
    const out = join(dir, `previous-${file}`);
    await saveTfjsModel(out, new NNetwork().configure(2, 3, 1));
    const before = await Promise.all(['model.json', 'group1-shard1of1.bin'].map((name) => readFile(join(out, name))));

    const error = await failingSave(out, file);
    expect(error).toBeInstanceOf(OutputFileError);
    expect((error as InstanceType<typeof OutputFileError>).path).toBe(join(out, file));

    expect(await Promise.all(['model.json', 'group1-shard1of1.bin'].map((name) => readFile(join(out, name))))).toEqual(before);
    expect((await readdir(out)).sort()).toEqual(['group1-shard1of1.bin', 'model.json']);
    expect((await loadTfjsModel(join(out, 'model.json'))).network.numberOfInputs()).toBe(2);
  });

  it('with no previous export, leaves neither file', async () => {
    const out = join(dir, 'fresh');
    expect(await failingSave(out, 'model.json')).toBeInstanceOf(OutputFileError);
    expect(await readdir(out)).toEqual([]);
  });
});
