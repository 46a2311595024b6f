// Chapter 5's data sets, as rows of features followed by a class index (the book's format).
import { Normalization, oneHot, type TrainingData } from '../../../src/index.js';
import { irisDataset, labelledRows, seedsDataset } from '../../../src/io/index.js';

/** XOR: (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0. */
export const XOR: number[][] = [
  [0, 0, 0],
  [0, 1, 1],
  [1, 0, 1],
  [1, 1, 0],
];

/** The contradictory data: the same inputs (0, 0) with class 0 and with class 1. */
export const CONTRADICTION: number[][] = [
  [0, 0, 0],
  [0, 0, 1],
];

/** 3-bit binary numbers and their value: (b₂, b₁, b₀) → 4b₂ + 2b₁ + b₀. */
export const BINARY_TO_DECIMAL: number[][] = Array.from({ length: 8 }, (_, n) => [(n >> 2) & 1, (n >> 1) & 1, n & 1, n]);

/** The same table oddly scaled: the first bit is 0 or 0.1, the second 0 or 1000 (the book's normalisation example). */
export const SCALED_BINARY_TO_DECIMAL: number[][] = BINARY_TO_DECIMAL.map(([b2, b1, b0, n]) => [b2! * 0.1, b1! * 1000, b0!, n!]);

/** Iris from data/iris.csv: 150 rows of 4 measurements and the species (setosa 0, versicolor 1, virginica 2). */
export function irisRows(): number[][] {
  return labelledRows(irisDataset());
}

/** The wheat seeds from data/seeds.csv: 210 rows of 7 measurements and the variety (0, 1, 2), in blocks of 70. */
export function seedsRows(): number[][] {
  return labelledRows(seedsDataset());
}

/** Iris for a trainer: the features min–max normalised (as `trainEpochs` does), one-hot targets, the labels. */
export function irisTrainingData(): TrainingData {
  const { features, labels } = irisDataset();
  const normalization = new Normalization();
  normalization.normalizeData(irisRows());
  return { inputs: features.map((row) => normalization.normalizeInputs(row)), targets: labels.map((k) => oneHot(k, 3)), labels };
}
