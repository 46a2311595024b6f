import { InvalidLabelError } from '../errors.js';
import { checkPositiveInteger } from '../util/validate.js';

/**
 * The book's one-hot encoding of a class index: label k of K classes becomes a
 * K-vector with a 1 at position k (0-based here; the book's arrays are 1-based).
 */
export function oneHot(label: number, numberOfClasses: number): number[] {
  checkPositiveInteger('number of classes', numberOfClasses);
  const target = new Array<number>(numberOfClasses).fill(0);
  oneHotInto(label, target);
  return target;
}

/** Writes the one-hot vector of `label` into `target` (its length is the class count). */
export function oneHotInto(label: number, target: { length: number; [i: number]: number }, row = 0): void {
  if (!Number.isInteger(label) || label < 0 || label >= target.length) {
    throw new InvalidLabelError(row, label, target.length);
  }
  for (let i = 0; i < target.length; i++) target[i] = 0;
  target[label] = 1;
}
