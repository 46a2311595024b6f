import {
  EmptyDataError,
  InputSizeError,
  InvalidArgumentError,
  InvalidLabelError,
  NonFiniteValueError,
  RaggedDataError,
} from '../errors.js';
import { checkArrayLike, checkOptions, checkRowList } from '../util/validate.js';
import type { TrainableModel } from './trainable-model.js';

/** Examples to learn from: one input row and one target row per example. */
export interface TrainingData {
  inputs: readonly ArrayLike<number>[];
  targets: readonly ArrayLike<number>[];
  /** The class index of each example, when the targets encode classes: enables accuracy. */
  labels?: readonly number[];
}

/** The examples packed row-major into typed arrays, checked once before training. */
export interface PackedData {
  size: number;
  inputs: Float64Array;
  targets: Float64Array;
  labels: Int32Array | undefined;
}

/**
 * Checks `data` against the model (non-empty, rectangular, finite, sizes that
 * match) and packs it. Throws before any parameter moves.
 */
export function packData(data: TrainingData, model: TrainableModel): PackedData {
  checkOptions('training data', data);
  checkRowList('inputs', data.inputs);
  checkRowList('targets', data.targets);
  const size = data.inputs.length;
  if (size === 0) throw new EmptyDataError('training data');
  if (data.targets.length !== size) {
    throw new InvalidArgumentError('training data', `${size} input rows but ${data.targets.length} target rows`);
  }
  const inputs = packRows('inputs', data.inputs, model.numberOfInputs());
  const targets = packRows('targets', data.targets, model.numberOfOutputs());
  return { size, inputs, targets, labels: data.labels === undefined ? undefined : packLabels(data.labels, size, model.numberOfOutputs()) };
}

function packRows(what: string, rows: readonly ArrayLike<number>[], width: number): Float64Array {
  const firstWidth = rows[0]!.length;
  for (let i = 1; i < rows.length; i++) {
    if (rows[i]!.length !== firstWidth) throw new RaggedDataError(i, firstWidth, rows[i]!.length);
  }
  if (firstWidth !== width) throw new InputSizeError(`${what} per row (the model's size)`, width, firstWidth);
  // One pass that checks and copies; an error's text is built only on failure:
  // with 30000 rows, a message string per row cost more than the copy (the
  // bench's line workloads).
  const packed = new Float64Array(rows.length * width);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    for (let j = 0; j < width; j++) {
      const value = row[j];
      if (!Number.isFinite(value)) throw new NonFiniteValueError(`${what} of row ${i}`, value, j); // false for a non-number too
      packed[i * width + j] = value!;
    }
  }
  return packed;
}

function packLabels(labels: readonly number[], size: number, numberOfOutputs: number): Int32Array {
  checkArrayLike('labels', labels);
  if (labels.length !== size) throw new InvalidArgumentError('labels', `${size} rows but ${labels.length} labels`);
  const classes = Math.max(numberOfOutputs, 2); // one sigmoid output still tells two classes
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (!Number.isInteger(label) || label! < 0 || label! >= classes) throw new InvalidLabelError(i, label, classes);
  }
  return Int32Array.from(labels);
}
