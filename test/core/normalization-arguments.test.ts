// Normalization's arguments as a JavaScript caller may pass them: only one of
// min and max (both are then fitted, as with neither), and values that are not
// arrays (a typed error whose message names the argument).
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, Normalization } from '../../src/index.js';
import { expectRefusal } from '../refusals.js';

const rows = [
  [0, 10, 0],
  [2, 30, 1],
];

describe('Normalization arguments', () => {
  it('min without max, or max without min: both are fitted to the rows, as with neither', () => {
    const fitted = new Normalization().normalizeData(rows);
    for (const [min, max] of [
      [[5, 5], undefined],
      [undefined, [50, 50]],
    ]) {
      const norm = new Normalization();
      expect(norm.normalizeData(rows, min as never, max as never)).toEqual(fitted);
      expect([norm.min, norm.max]).toEqual([[0, 10], [2, 30]]);
    }
  });

  it('rows, min, max or inputs that are not arrays: InvalidArgumentError naming which', () => {
    const norm = new Normalization();
    expectRefusal(() => norm.normalizeData('rows' as never), InvalidArgumentError, 'data to normalise: must be an array of rows, got "rows"');
    expectRefusal(() => norm.normalizeData(rows, 'lo' as never, [1, 1]), InvalidArgumentError, 'min: must be an array of finite numbers, got "lo"');
    expectRefusal(() => norm.normalizeData(rows, [0, 0], 'hi' as never), InvalidArgumentError, 'max: must be an array of finite numbers, got "hi"');
    norm.normalizeData(rows);
    expectRefusal(() => norm.normalizeInputs('12' as never), InvalidArgumentError, 'features to normalise: must be an array of finite numbers, got "12"');
  });
});
