// What happens when a save is killed (kill -9): the model file is the old one
// or the new one, whole, never a part; the killed save may leave a temporary
// file of ours beside it, which the next save to the folder removes once it is
// older than STALE_TEMPORARY_MS.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NNetwork } from '../../src/core/nnetwork.js';
import { modelFromJson } from '../../src/io/model-file.js';
import { saveModel } from '../../src/io/model-file.js';
import { STALE_TEMPORARY_MS, TEMPORARY_NAME } from '../../src/util/atomic-write.js';
import { ROOT } from '../cli/run-built-cli.js';

const BUILT_MODEL_FILE = pathToFileURL(join(ROOT, 'dist', 'src', 'io', 'model-file.js')).href;
const BUILT_NETWORK = pathToFileURL(join(ROOT, 'dist', 'src', 'core', 'nnetwork.js')).href;

/** A process that saves a 784-64-10 network (about 1 MB of JSON) to `path` over and over, until killed. */
function startSaving(path: string) {
  const script = `
    const { saveModel } = await import(${JSON.stringify(BUILT_MODEL_FILE)});
    const { NNetwork } = await import(${JSON.stringify(BUILT_NETWORK)});
    const network = new NNetwork().configure(784, 64, 10);
    process.stdout.write('ready\\n');
    for (let i = 0; ; i++) { network.layers[0].parameters()[0] = i; await saveModel(${JSON.stringify(path)}, network); }
  `;
  return spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agile-neurons-kill-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a save killed with SIGKILL', () => {
  it('leaves the model whole, and the next save removes what the killed ones left', async () => {
    const path = join(dir, 'model.json');
    let leftovers = 0;
    for (let kill = 0; kill < 12; kill++) {
      const child = startSaving(path);
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 40 + ((kill * 37) % 90))); // somewhere in a save
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text !== undefined) expect(modelFromJson(text).network.numberOfInputs()).toBe(784); // whole, never a part
      leftovers = (await readdir(dir)).filter((name) => TEMPORARY_NAME.test(name)).length;
    }
    console.log(`temporary files left by 12 killed saves: ${leftovers}`);
    // Temporary files younger than the threshold may belong to a save under way: they stay…
    const names = (await readdir(dir)).filter((name) => TEMPORARY_NAME.test(name));
    expect(names.length).toBe(leftovers);
    await saveModel(join(dir, 'other.json'), new NNetwork().configure(2, 2, 1));
    expect((await readdir(dir)).filter((name) => TEMPORARY_NAME.test(name))).toEqual(names);
    // …and once they are older, the next save to the folder removes them.
    const old = new Date(Date.now() - STALE_TEMPORARY_MS - 1000);
    for (const name of names) await utimes(join(dir, name), old, old);
    await saveModel(join(dir, 'other.json'), new NNetwork().configure(2, 2, 1));
    expect((await readdir(dir)).sort()).toEqual(['model.json', 'other.json']);
  });
});
