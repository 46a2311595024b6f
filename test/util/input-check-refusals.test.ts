// The input checks of src/util/validate.ts at their edges: each refusal's class
// and whole message, and the largest value each one still accepts.
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, TooLargeError } from '../../src/errors.js';
import {
  checkedActivation,
  checkEpochs,
  checkMatrixSize,
  checkMethods,
  checkNetworkSizes,
  checkRowList,
  MAX_ALLOCATION_BYTES,
  MAX_EPOCHS,
} from '../../src/util/validate.js';
import { expectRefusal } from '../refusals.js';

const MATRIX_NAMES = ['number of rows', 'number of columns'] as const;

describe('checkMatrixSize', () => {
  it('accepts a matrix of exactly MAX_ALLOCATION_BYTES (2^13 × 2^13 doubles of 8 bytes = 2^29)', () => {
    expect(2 ** 13 * 2 ** 13 * 8).toBe(MAX_ALLOCATION_BYTES);
    expect(() => checkMatrixSize(2 ** 13, 2 ** 13, MATRIX_NAMES)).not.toThrow();
  });

  it('refuses a 2^14 × 2^13 matrix (2^30 bytes = 1024 MiB), naming its sizes and both amounts', () => {
    expectRefusal(
      () => checkMatrixSize(2 ** 14, 2 ** 13, MATRIX_NAMES),
      TooLargeError,
      'a 16384×8192 matrix would need about 1024 MiB of memory, more than the 512 MiB allowed for one network or matrix: use smaller sizes',
    );
  });
});

describe('checkNetworkSizes', () => {
  it('refuses a 4095-8192-1 network, naming every size', () => {
    // (4095 + 1) · 16 + 320 = 65856 bytes per hidden neuron, × 8192 = 539492352;
    // (8192 + 1) · 16 + 320 = 131408 for the output neuron: 539623760 bytes, 514.6 MiB → 515.
    expectRefusal(
      () => checkNetworkSizes([4095, 8192, 1], ['inputs', 'hidden', 'outputs']),
      TooLargeError,
      'a network of sizes 4095-8192-1 would need about 515 MiB of memory, more than the 512 MiB allowed for one network or matrix: use smaller sizes',
    );
  });

  // 11 inputs: (11 + 1) · 16 + 320 = 512 bytes per neuron, so 2^20 neurons are exactly 2^29 bytes.
  it('accepts an 11-2^20 network of exactly MAX_ALLOCATION_BYTES', () => {
    expect((11 + 1) * 16 + 320).toBe(512);
    expect(512 * 2 ** 20).toBe(MAX_ALLOCATION_BYTES);
    expect(() => checkNetworkSizes([11, 2 ** 20], ['inputs', 'outputs'])).not.toThrow();
  });

  it('refuses an 11-(2^20 + 1) network, 512 bytes over, counting the bias in each neuron', () => {
    let refusal: unknown;
    try {
      checkNetworkSizes([11, 2 ** 20 + 1], ['inputs', 'outputs']);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(TooLargeError);
    expect((refusal as TooLargeError).bytes).toBe(MAX_ALLOCATION_BYTES + 512);
    expect((refusal as TooLargeError).limit).toBe(MAX_ALLOCATION_BYTES);
  });
});

describe('checkEpochs', () => {
  it('accepts MAX_EPOCHS and refuses one more', () => {
    expect(() => checkEpochs('epochs', MAX_EPOCHS)).not.toThrow();
    expectRefusal(() => checkEpochs('epochs', MAX_EPOCHS + 1), InvalidArgumentError, 'epochs: must be at most 10000000, got 10000001');
  });
});

describe('checkRowList', () => {
  it('names the row that is not an array by its 0-based index', () => {
    expectRefusal(() => checkRowList('rows', [[1], [2], 5]), InvalidArgumentError, 'rows row 2: must be an array of finite numbers, got 5');
  });

  it('names a hole in the list of rows as a row that is not an array', () => {
    // eslint-disable-next-line no-sparse-arrays
    expectRefusal(() => checkRowList('rows', [[1], , [2]]), InvalidArgumentError, 'rows row 1: must be an array of finite numbers, got undefined');
  });
});

describe('checkMethods', () => {
  it('accepts an object with every method', () => {
    expect(() => checkMethods('loss', { term: () => 0, scaleFor: () => 1 }, ['term', 'scaleFor'])).not.toThrow();
  });

  it('refuses an object that lacks one of the methods', () => {
    expectRefusal(
      () => checkMethods('loss', { term: () => 0 }, ['term', 'scaleFor']),
      InvalidArgumentError,
      'loss: must be an object with the methods term, scaleFor, got an object',
    );
  });

  it('refuses undefined and null with its own error (not a TypeError from reading their methods)', () => {
    expectRefusal(() => checkMethods('optimizer', undefined, ['step']), InvalidArgumentError, 'optimizer: must be an object with the methods step, got undefined');
    expectRefusal(() => checkMethods('optimizer', null, ['step']), InvalidArgumentError, 'optimizer: must be an object with the methods step, got null');
  });

  it('refuses null even when no method is asked for', () => {
    expectRefusal(() => checkMethods('model', null, []), InvalidArgumentError, 'model: must be an object with the methods , got null');
  });

  it('refuses a string, although strings have methods such as trim', () => {
    expectRefusal(() => checkMethods('model', 'text', ['trim']), InvalidArgumentError, 'model: must be an object with the methods trim, got "text"');
  });
});

describe('checkedActivation', () => {
  const detail = 'must be an ActivationFunction (with eval and derivative), got';
  type Activation = { eval(z: number): number; derivative(output: number): number };
  const check = (value: unknown) => checkedActivation('activation', value as Activation);

  it('returns an object with eval and derivative as it is', () => {
    const identity: Activation = { eval: (z) => z, derivative: () => 1 };
    expect(check(identity)).toBe(identity);
  });

  it.each<[string, unknown, string]>([
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['an object without derivative', { eval: (z: number) => z }, 'an object'],
    ['an object without eval', { derivative: () => 1 }, 'an object'],
    ['a function carrying both methods', Object.assign(() => 0, { eval: (z: number) => z, derivative: (): number => 1 }), 'a function'],
  ])('refuses %s', (_what, value, shown) => {
    expectRefusal(() => check(value), InvalidArgumentError, `activation: ${detail} ${shown}`);
  });
});
