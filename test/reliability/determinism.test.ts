// Runs are bit-for-bit deterministic: the same call twice gives the same
// parameter bytes, and the CLI the same model file.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NNetwork, Random, StochasticGradientDescentTrainer } from '../../src/index.js';
import { XOR_ONE_HOT } from '../helpers.js';
import { IRIS, runBuiltCli } from '../cli/run-built-cli.js';

function trainedBytes(): string {
  const network = new NNetwork().configure(2, 3, 2, { random: new Random(7) });
  new StochasticGradientDescentTrainer().train(network, XOR_ONE_HOT, { epochs: 200, learningRate: 0.5, batchSize: 2, shuffle: true, seed: 11 });
  return network.parameters().map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString('hex')).join('|');
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agile-neurons-determinism-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('determinism', () => {
  it('shuffled mini-batch training twice gives the same bytes', () => {
    expect(trainedBytes()).toBe(trainedBytes());
  });

  it('the CLI trains the same model file twice from the same seed', async () => {
    const [a, b] = [join(dir, 'a.json'), join(dir, 'b.json')];
    for (const path of [a, b]) expect((await runBuiltCli(['train', IRIS, '--epochs', '20', '-q', '--seed', '5', '-o', path])).code).toBe(0);
    expect(await readFile(a, 'utf8')).toBe(await readFile(b, 'utf8'));
  });
});
