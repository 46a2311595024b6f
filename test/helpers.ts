import { expect } from 'vitest';
import type { TrainableModel, TrainingData } from '../src/index.js';

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

/** XOR as the book's `train:nbEpochs:` takes it: two inputs, then the class. */
export const XOR_ROWS: number[][] = [
  [0, 0, 0],
  [0, 1, 1],
  [1, 0, 1],
  [1, 1, 0],
];

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

/** The model seen through the required methods only (no `trainOnline`, `descend`…), so trainers take the general path. */
export function withoutShortcuts(model: TrainableModel): TrainableModel {
  return {
    numberOfInputs: () => model.numberOfInputs(),
    numberOfOutputs: () => model.numberOfOutputs(),
    parameters: () => model.parameters(),
    forwardBatch: (rows) => model.forwardBatch(rows),
    backwardBatch: (...args) => model.backwardBatch(...args),
  };
}
