// The benchmark code cannot rot: every workload runs (ours, its variants and the
// hand-written reference) for a tiny epoch count, and they must agree. No timing.
import { describe, expect, it } from 'vitest';
import { WORKLOADS, type Implementation } from '../../bench/workloads/index.js';
import { iris, syntheticDigits, SYNTHETIC } from '../../bench/workloads/data.js';
import { initialMatrixParameters, initialParameters } from '../../bench/workloads/reference.js';
import { NMNetwork, NNetwork } from '../../src/index.js';
import { relativeDifference } from '../helpers.js';

const TINY_EPOCHS: Record<string, number> = { 'line-gd': 5, 'line-sgd': 2, xor: 50, iris: 3, mlp: 1, 'mlp-batch': 1, 'nm-xor': 50, 'nm-mlp': 1 };

async function finalLoss(implementation: Implementation, epochs: number): Promise<number> {
  const trial = await implementation.prepare(epochs);
  return (await trial()).finalLoss;
}

describe('benchmark workloads', () => {
  for (const workload of WORKLOADS) {
    it(`${workload.name}: ours, its variants and the reference reach the same loss`, async () => {
      const epochs = TINY_EPOCHS[workload.name]!;
      const reference = await finalLoss(workload.reference, epochs);
      expect(Number.isFinite(reference)).toBe(true);
      expect(relativeDifference(await finalLoss(workload.ours, epochs), reference)).toBeLessThanOrEqual(workload.tolerance.ours);
      for (const variant of workload.variants) {
        expect(relativeDifference(await finalLoss(variant, epochs), reference)).toBeLessThanOrEqual(workload.tolerance.variants);
      }
    });
  }

  it('the reference starts from the weights NNetwork.configure draws', () => {
    const network = new NNetwork().configure(4, 8, 3);
    const reference = initialParameters([4, 8, 3]);
    network.layers.forEach((layer, l) => expect(Array.from(layer.parameters())).toEqual(Array.from(reference[l]!)));
  });

  it('the matrix reference starts from the weights NMNetwork.configure draws', () => {
    const network = new NMNetwork().configure(4, [6, 5], 3);
    const reference = initialMatrixParameters([4, 6, 5, 3]);
    expect(network.parameters().map((p) => Array.from(p))).toEqual(reference.flatMap(({ w, b }) => [Array.from(w), Array.from(b)]));
  });

  it('nm-xor agrees with its reference to the last bit (same sums in the same order)', async () => {
    const workload = WORKLOADS.find((w) => w.name === 'nm-xor')!;
    expect(await finalLoss(workload.ours, 500)).toBe(await finalLoss(workload.reference, 500));
  });

  it('iris is read as the book has it: 150 rows, 50 per species, features scaled to [0, 1]', () => {
    const data = iris();
    expect(data.size).toBe(150);
    const perClass = [0, 0, 0];
    for (let r = 0; r < data.size; r++) for (let k = 0; k < 3; k++) perClass[k]! += data.targets[r * 3 + k]!;
    expect(perClass).toEqual([50, 50, 50]);
    expect(Math.min(...data.inputs)).toBe(0);
    expect(Math.max(...data.inputs)).toBe(1);
  });

  it('the synthetic digits use every class', () => {
    const data = syntheticDigits(500);
    const perClass = new Array<number>(SYNTHETIC.classes).fill(0);
    for (let r = 0; r < data.size; r++) for (let k = 0; k < SYNTHETIC.classes; k++) perClass[k]! += data.targets[r * SYNTHETIC.classes + k]!;
    expect(perClass.reduce((a, b) => a + b)).toBe(500);
    expect(Math.min(...perClass)).toBeGreaterThan(10);
  });
});
