// What a saved network carries besides its layers (src/util/model-extras.ts):
// the learning rate, the min–max scaling and the class names, each refused with
// a ModelFormatError naming the field when read from a file, and with an
// InvalidArgumentError naming the same field when given in code.
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, ModelFormatError } from '../../src/errors.js';
import { asArgumentError, checkedClassLabels, checkedMinMax, readClassLabels, readLearningRate, readMinMax } from '../../src/util/model-extras.js';
import { expectRefusal } from '../refusals.js';

describe('readLearningRate', () => {
  it('gives a rate above 0 and refuses 0', () => {
    expect(readLearningRate(0.1)).toBe(0.1);
    expectRefusal(() => readLearningRate(0), ModelFormatError, 'model file: learningRate: must be above 0, got 0');
  });
});

describe('readClassLabels', () => {
  it('wants two names for a single output, and says why', () => {
    expect(readClassLabels(['no', 'yes'], 1)).toEqual(['no', 'yes']);
    expectRefusal(
      () => readClassLabels(['yes'], 1),
      ModelFormatError,
      'model file: classLabels: must have 2 entries (a single output tells two classes), got 1',
    );
  });

  it('wants one name per output from two outputs on', () => {
    expectRefusal(() => readClassLabels(['a', 'b'], 3), ModelFormatError, 'model file: classLabels: must have 3 entries (one per output), got 2');
  });

  it('refuses a repeated name at its second place', () => {
    expectRefusal(() => readClassLabels(['a', 'b', 'a'], 3), ModelFormatError, "model file: classLabels[2]: repeats 'a': class names must differ");
  });
});

describe('readMinMax', () => {
  it('refuses a feature whose max equals its min', () => {
    expectRefusal(
      () => readMinMax({ min: [0, 1], max: [2, 1] }, 2),
      ModelFormatError,
      'model file: normalization.max[1]: equals normalization.min[1] (1): scaling would divide by zero',
    );
  });
});

describe('checks of values given in code', () => {
  it('refuse with an InvalidArgumentError naming the same field', () => {
    const error = expectRefusal(
      () => checkedClassLabels(['only'], 1),
      InvalidArgumentError,
      'classLabels: must have 2 entries (a single output tells two classes), got 1',
    );
    expect(error).not.toBeInstanceOf(ModelFormatError);
    expectRefusal(() => checkedMinMax({ min: [3], max: [3] }, 1), InvalidArgumentError, 'normalization.max[0]: equals normalization.min[0] (3): scaling would divide by zero');
  });

  it('give copies, so that changing the caller’s arrays later changes nothing', () => {
    const labels = ['cat', 'dog'];
    const checked = checkedClassLabels(labels, 2);
    labels[0] = 'bird';
    expect(checked).toEqual(['cat', 'dog']);
  });

  it('put the prefix before the field', () => {
    expectRefusal(() => asArgumentError(() => readLearningRate(-1), 'options.'), InvalidArgumentError, 'options.learningRate: must be above 0, got -1');
  });

  it('let any other error through as it is', () => {
    const original = new RangeError('not a format error');
    let thrown: unknown;
    try {
      asArgumentError(() => {
        throw original;
      });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBe(original);
  });
});
