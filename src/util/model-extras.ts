/**
 * What a saved network carries besides its layers — its learning rate, the
 * min–max scaling of its inputs and the names of its classes — read and
 * checked from untyped JSON.
 * Shared by our model files and the TensorFlow.js export, which keeps them in
 * its `userDefinedMetadata`.
 */
import { InvalidArgumentError, ModelFormatError } from '../errors.js';
import { readArray, readField, readFiniteNumber, readNumberArray, readObject, readString } from './field-reader.js';

/** A min–max scaling: feature j was scaled by (x − min[j]) / (max[j] − min[j]). */
export interface MinMax {
  min: number[];
  max: number[];
}

/**
 * The learning rate at `path`: a finite number above 0.
 * @throws ModelFormatError.
 */
export function readLearningRate(value: unknown, path = 'learningRate'): number {
  const rate = readFiniteNumber(value, path);
  if (rate <= 0) throw new ModelFormatError(path, `must be above 0, got ${rate}`);
  return rate;
}

/**
 * The scaling at `path`: `min` and `max`, one finite number per input each, never equal.
 * @throws ModelFormatError naming the wrong field.
 */
export function readMinMax(value: unknown, inputs: number, path = 'normalization'): MinMax {
  const object = readObject(value, path);
  const hint = ' (one per input)';
  const min = readNumberArray(readField(object, 'min', path), `${path}.min`, inputs, hint);
  const max = readNumberArray(readField(object, 'max', path), `${path}.max`, inputs, hint);
  max.forEach((hi, j) => {
    if (hi === min[j]) throw new ModelFormatError(`${path}.max[${j}]`, `equals ${path}.min[${j}] (${hi}): scaling would divide by zero`);
  });
  return { min, max };
}

/**
 * The class names at `path`: one distinct non-empty string per output (two for a single output).
 * @throws ModelFormatError naming the wrong entry.
 */
export function readClassLabels(value: unknown, outputs: number, path = 'classLabels'): string[] {
  const count = outputs === 1 ? 2 : outputs;
  const hint = outputs === 1 ? ' (a single output tells two classes)' : ' (one per output)';
  const labels = readArray(value, path, count, hint).map((entry, k) => readString(entry, `${path}[${k}]`));
  const seen = new Set<string>();
  labels.forEach((label, k) => {
    if (seen.has(label)) throw new ModelFormatError(`${path}[${k}]`, `repeats '${label}': class names must differ`);
    seen.add(label);
  });
  return labels;
}

/**
 * A copy of a scaling given in code, checked as `readMinMax` checks a file.
 * @throws InvalidArgumentError naming the wrong field.
 */
export function checkedMinMax(normalization: Readonly<MinMax>, inputs: number): MinMax {
  return asArgumentError(() => readMinMax({ min: [...normalization.min], max: [...normalization.max] }, inputs));
}

/**
 * A copy of class names given in code, checked as `readClassLabels` checks a file.
 * @throws InvalidArgumentError naming the wrong entry.
 */
export function checkedClassLabels(labels: readonly string[], outputs: number): string[] {
  return asArgumentError(() => readClassLabels([...labels], outputs));
}

/**
 * Runs `read`; a format error becomes an argument error naming the same field
 * after `prefix` (the values came from code, not a file).
 */
export function asArgumentError<T>(read: () => T, prefix = ''): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof ModelFormatError) throw new InvalidArgumentError(`${prefix}${e.field}`, e.detail);
    throw e;
  }
}
