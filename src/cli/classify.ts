/** Classifying raw feature rows with a trained network, and scoring it on labelled rows. */
import { indexOfMax, type NNetwork } from '../core/nnetwork.js';

/** How a classifier did on labelled rows. */
export interface Evaluation {
  correct: number;
  total: number;
  /** correct / total. */
  accuracy: number;
  /** confusion[actual][predicted] = number of rows. */
  confusion: number[][];
}

/** How many classes a network tells apart: one per output, or two for a single output. */
export function classCount(network: NNetwork): number {
  return Math.max(network.numberOfOutputs(), 2);
}

/** The network's outputs for a raw feature row, scaled first by `network.normalization` when it has one. */
export function outputsFor(network: NNetwork, features: readonly number[]): number[] {
  const inputs = network.normalization === undefined ? features : network.normalization.normalizeInputs(features);
  return network.feed(inputs);
}

/** The class of some outputs: the largest one, or with a single output 1 from 0.5 and 0 below (as the trainers count). */
export function classOf(outputs: readonly number[]): number {
  if (outputs.length === 1) return outputs[0]! >= 0.5 ? 1 : 0;
  return indexOfMax(outputs);
}

/**
 * Outputs as shares that sum to 1 (each output over their sum; a single output
 * o gives 1 − o and o). Sigmoid outputs are not probabilities on their own.
 */
export function classShares(outputs: readonly number[]): number[] {
  if (outputs.length === 1) return [1 - outputs[0]!, outputs[0]!];
  const sum = outputs.reduce((total, o) => total + o, 0);
  return sum > 0 ? outputs.map((o) => o / sum) : outputs.map(() => 1 / outputs.length);
}

/** Accuracy and confusion matrix of `network` on raw feature rows with their class indices. */
export function evaluateClassifier(network: NNetwork, features: readonly (readonly number[])[], labels: readonly number[]): Evaluation {
  const k = classCount(network);
  const confusion = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  let correct = 0;
  features.forEach((row, i) => {
    const predicted = classOf(outputsFor(network, row));
    confusion[labels[i]!]![predicted]!++;
    if (predicted === labels[i]) correct++;
  });
  return { correct, total: features.length, accuracy: features.length === 0 ? 0 : correct / features.length, confusion };
}
