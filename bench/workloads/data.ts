// The benchmark data sets, built the same way for ours, the reference and the
// peers, from the library's own data (`noisyLine`, `irisDataset`) where it has
// them. Building them is set-up: it is never inside the timed part of a run.
import { Normalization, oneHot, Random, type TrainingData } from '../../src/index.js';
import { irisDataset, noisyLine as libraryNoisyLine } from '../../src/io/index.js';
import type { Dataset } from './types.js';

/**
 * The chapter's noisy line (the library's `noisyLine`): xᵢ = i/n,
 * yᵢ = (r·40 − 20 + i)/n for i = 1…n, r from `new Random(42)`.
 */
export function noisyLine(n: number): Dataset {
  const { inputs, targets } = libraryNoisyLine(n);
  return { size: n, inputWidth: 1, outputWidth: 1, inputs: Float64Array.from(inputs.flat()), targets: Float64Array.from(targets.flat()) };
}

/** XOR's four rows, one output. */
export function xor(): Dataset {
  return {
    size: 4,
    inputWidth: 2,
    outputWidth: 1,
    inputs: Float64Array.of(0, 0, 0, 1, 1, 0, 1, 1),
    targets: Float64Array.of(0, 1, 1, 0),
  };
}

/** XOR's four rows with one-hot targets over two outputs, as the matrix chapter trains it. */
export function xorOneHot(): Dataset {
  return {
    size: 4,
    inputWidth: 2,
    outputWidth: 2,
    inputs: Float64Array.of(0, 0, 0, 1, 1, 0, 1, 1),
    targets: Float64Array.of(1, 0, 0, 1, 0, 1, 1, 0),
  };
}

/**
 * The book's iris (the library's `irisDataset`, from data/iris.csv), in file
 * order, each feature min–max scaled to [0, 1] by `Normalization`, species as
 * one-hot targets (setosa, versicolor, virginica).
 */
export function iris(): Dataset {
  const { features, labels, classLabels } = irisDataset();
  const scaled = new Normalization().normalizeData(features.map((row, r) => [...row, labels[r]!]));
  const size = features.length;
  const inputWidth = features[0]!.length;
  const outputWidth = classLabels.length;
  return {
    size,
    inputWidth,
    outputWidth,
    inputs: Float64Array.from(scaled.flatMap((row) => row.slice(0, inputWidth))),
    targets: Float64Array.from(labels.flatMap((label) => oneHot(label, outputWidth))),
  };
}

/** Sizes of the synthetic "digits" for the mlp workloads. */
export const SYNTHETIC = { samples: 2000, inputs: 784, classes: 10 } as const;

/**
 * Deterministic stand-in for a digits data set: one `new Random(42)` draws every
 * input in [0, 1), row by row, then a 10 × 784 linear map M in [−1, 1); each
 * example's class is argmaxₖ Σᵢ Mₖᵢ (xᵢ − ½) (centred, so the classes come out
 * balanced), one-hot encoded.
 */
export function syntheticDigits(samples: number = SYNTHETIC.samples): Dataset {
  const { inputs: width, classes } = SYNTHETIC;
  const random = new Random(42);
  const inputs = new Float64Array(samples * width);
  for (let i = 0; i < inputs.length; i++) inputs[i] = random.next();
  const map = new Float64Array(classes * width);
  for (let i = 0; i < map.length; i++) map[i] = random.next() * 2 - 1;
  const targets = new Float64Array(samples * classes);
  for (let r = 0; r < samples; r++) {
    let best = 0;
    let bestScore = -Infinity;
    for (let k = 0; k < classes; k++) {
      let score = 0;
      for (let i = 0; i < width; i++) score += map[k * width + i]! * (inputs[r * width + i]! - 0.5);
      if (score > bestScore) [best, bestScore] = [k, score];
    }
    targets[r * classes + best] = 1;
  }
  return { size: samples, inputWidth: width, outputWidth: classes, inputs, targets };
}

/** The data as a user hands it to our trainers: one plain array per row. */
export function asTrainingData(data: Dataset): TrainingData {
  return { inputs: rowsOf(data.inputs, data.inputWidth), targets: rowsOf(data.targets, data.outputWidth) };
}

/** Rows of `width` numbers, as plain arrays. */
export function rowsOf(values: Float64Array, width: number): number[][] {
  const rows: number[][] = [];
  for (let start = 0; start < values.length; start += width) rows.push(Array.from(values.subarray(start, start + width)));
  return rows;
}

/** The rows as the book's `train:nbEpochs:` takes them: the inputs, then the class (the index of the largest target). */
export function labelledRowsOf(data: Dataset): number[][] {
  return rowsOf(data.inputs, data.inputWidth).map((row, r) => {
    const target = data.targets.subarray(r * data.outputWidth, (r + 1) * data.outputWidth);
    return [...row, target.indexOf(Math.max(...target))];
  });
}
