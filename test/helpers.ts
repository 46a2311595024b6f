import { expect } from 'vitest';
import type { NNetwork, TrainableModel, TrainingData } from '../src/index.js';

/** Asserts two vectors agree entry by entry within `tolerance` (absolute). */
export function expectVectorClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i]! - expected[i]!), `entry ${i}: ${actual[i]} vs ${expected[i]}`).toBeLessThanOrEqual(tolerance);
  }
}

/** Relative difference, guarded near 0. */
export function relativeDifference(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-8);
}

/** The truth tables the book's gate tests use, inputs in the book's order. */
export const GATE_INPUTS = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
] as const;

/** XOR with one-hot targets and labels: the trainers' small classification problem. */
export const XOR_ONE_HOT: TrainingData = {
  inputs: GATE_INPUTS.map((row) => [...row]),
  targets: [[1, 0], [0, 1], [0, 1], [1, 0]],
  labels: [0, 1, 1, 0],
};

/** A model's parameters as plain arrays, to compare before and after. */
export function snapshot(model: TrainableModel): number[][] {
  return model.parameters().map((p) => Array.from(p));
}

/** A network through its required methods only (no `trainOnline`), so a trainer takes the buffered path. */
export function withoutShortcuts(net: NNetwork): TrainableModel {
  return {
    numberOfInputs: () => net.numberOfInputs(),
    numberOfOutputs: () => net.numberOfOutputs(),
    parameters: () => net.parameters(),
    forwardBatch: (rows) => net.forwardBatch(rows),
    backwardBatch: (...args) => net.backwardBatch(...args),
  };
}
