// The model-file field reader (src/util/field-reader.ts): what each reader
// accepts, and the whole ModelFormatError message ("model file: <field>: <detail>")
// each refusal gives, with its description of the wrong value.
import { describe, expect, it } from 'vitest';
import { ModelFormatError } from '../../src/errors.js';
import {
  parseJsonText,
  readArray,
  readField,
  readFiniteNumber,
  readNumberArray,
  readObject,
  readPositiveInteger,
  readString,
} from '../../src/util/field-reader.js';
import { expectRefusal } from '../refusals.js';

describe('parseJsonText', () => {
  it('reads JSON, after a byte order mark too', () => {
    expect(parseJsonText('{"a": [1]}')).toEqual({ a: [1] });
    expect(parseJsonText('\uFEFF[2]')).toEqual([2]);
  });

  it('refuses text that is not JSON, for the whole document', () => {
    const error = expectRefusal(() => parseJsonText(''), ModelFormatError, `model file: (document): is not JSON (${jsonParseMessage('')})`);
    expect((error as ModelFormatError).field).toBe('(document)');
  });
});

describe('readField', () => {
  it('gives a present field, null included', () => {
    expect(readField({ a: 0 }, 'a', '')).toBe(0);
    expect(readField({ a: null }, 'a', 'layers[0]')).toBe(null);
  });

  it('refuses a field that is absent, inherited, or present but undefined', () => {
    expectRefusal(() => readField({}, 'inputs', ''), ModelFormatError, 'model file: inputs: is missing');
    expectRefusal(() => readField({}, 'constructor', 'layers[1]'), ModelFormatError, 'model file: layers[1].constructor: is missing');
    expectRefusal(() => readField({ min: undefined }, 'min', 'normalization'), ModelFormatError, 'model file: normalization.min: is missing');
  });
});

describe('readArray and readNumberArray', () => {
  it('refuses what is not an array, describing it', () => {
    expectRefusal(() => readArray({}, 'layers'), ModelFormatError, 'model file: layers: must be an array, got an object');
    expectRefusal(() => readArray(null, 'layers'), ModelFormatError, 'model file: layers: must be an array, got null');
    expectRefusal(() => readArray(3, 'layers'), ModelFormatError, 'model file: layers: must be an array, got 3');
    expectRefusal(() => readNumberArray(true, 'w'), ModelFormatError, 'model file: w: must be an array, got true');
  });

  it('refuses the wrong number of entries, with the hint when one is given and nothing otherwise', () => {
    expectRefusal(() => readArray([1], 'w', 2), ModelFormatError, 'model file: w: must have 2 entries, got 1');
    expectRefusal(() => readArray([1], 'w', 2, ' (one per input)'), ModelFormatError, 'model file: w: must have 2 entries (one per input), got 1');
    expectRefusal(() => readNumberArray([1, 2, 3], 'w', 2), ModelFormatError, 'model file: w: must have 2 entries, got 3');
  });

  it('names the entry of a number array that is not a finite number', () => {
    expect(readNumberArray([0.5, -1], 'w', 2)).toEqual([0.5, -1]);
    expectRefusal(() => readNumberArray([0.5, [1]], 'w'), ModelFormatError, 'model file: w[1]: must be a finite number, got an array');
  });
});

describe('readFiniteNumber', () => {
  it('gives a finite number', () => {
    expect(readFiniteNumber(-2.5, 'bias')).toBe(-2.5);
  });

  it('refuses NaN, the infinities and what is not a number', () => {
    expectRefusal(() => readFiniteNumber(Number.NaN, 'bias'), ModelFormatError, 'model file: bias: must be a finite number, got NaN');
    expectRefusal(() => readFiniteNumber(Number.NEGATIVE_INFINITY, 'bias'), ModelFormatError, 'model file: bias: must be a finite number, got -Infinity');
    expectRefusal(() => readFiniteNumber('1', 'bias'), ModelFormatError, 'model file: bias: must be a finite number, got the string "1"');
    expectRefusal(() => readFiniteNumber(null, 'bias'), ModelFormatError, 'model file: bias: must be a finite number, got null');
  });
});

describe('readPositiveInteger', () => {
  it('gives an integer of 1 or more', () => {
    expect(readPositiveInteger(1, 'inputs')).toBe(1);
    expect(readPositiveInteger(7, 'inputs')).toBe(7);
  });

  it('refuses 0, fractions and what is not a number', () => {
    expectRefusal(() => readPositiveInteger(0, 'inputs'), ModelFormatError, 'model file: inputs: must be an integer ≥ 1, got 0');
    expectRefusal(() => readPositiveInteger(2.5, 'inputs'), ModelFormatError, 'model file: inputs: must be an integer ≥ 1, got 2.5');
    expectRefusal(() => readPositiveInteger('3', 'inputs'), ModelFormatError, 'model file: inputs: must be an integer ≥ 1, got the string "3"');
    expectRefusal(() => readPositiveInteger({}, 'inputs'), ModelFormatError, 'model file: inputs: must be an integer ≥ 1, got an object');
  });
});

describe('readString and the description of strings', () => {
  it('gives a non-empty string', () => {
    expect(readString('sigmoid', 'activation')).toBe('sigmoid');
  });

  it('refuses the empty string and what is not a string', () => {
    expectRefusal(() => readString('', 'activation'), ModelFormatError, 'model file: activation: must be a non-empty string, got the string ""');
    expectRefusal(() => readString(1, 'activation'), ModelFormatError, 'model file: activation: must be a non-empty string, got 1');
  });

  it('quotes a string of up to 40 characters whole, and cuts a longer one after 40 with "…"', () => {
    const forty = 'abcdefghij'.repeat(4);
    expectRefusal(() => readFiniteNumber(forty, 'bias'), ModelFormatError, `model file: bias: must be a finite number, got the string "${forty}"`);
    expectRefusal(() => readFiniteNumber(`${forty}XYZ`, 'bias'), ModelFormatError, `model file: bias: must be a finite number, got the string "${forty}…"`);
  });
});

describe('readObject', () => {
  it('refuses an array, naming the document when the path is empty', () => {
    expectRefusal(() => readObject([], ''), ModelFormatError, 'model file: (document): must be an object, got an array');
    expectRefusal(() => readObject(null, 'layers[0]'), ModelFormatError, 'model file: layers[0]: must be an object, got null');
  });
});

/** The message JSON.parse gives for `text`, which differs between engines' versions. */
function jsonParseMessage(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`${JSON.stringify(text)} is JSON`);
}
