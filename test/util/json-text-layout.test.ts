// jsonText (src/util/json-text.ts) lays JSON out as JSON.stringify(value, null, 2)
// does, except that −0 stays −0 and an array of numbers, strings, booleans or
// nulls stays on one line. Where no such array is involved, the text must equal
// JSON.stringify's by construction.
import { describe, expect, it } from 'vitest';
import { jsonText } from '../../src/util/json-text.js';

const standard = (value: unknown): string => JSON.stringify(value, null, 2);

describe('jsonText', () => {
  it('lays out nested objects and arrays of objects as JSON.stringify(value, null, 2)', () => {
    const documents = [
      { a: 1 },
      { a: { b: { c: 'x' } }, d: true },
      [{ a: 1 }, { b: null }],
      { layers: [{ neurons: [{ bias: 0.5 }] }, {}] },
    ];
    for (const document of documents) expect(jsonText(document)).toBe(standard(document));
  });

  it('writes empty objects and arrays as {} and []', () => {
    expect(jsonText({})).toBe('{}');
    expect(jsonText([])).toBe('[]');
    expect(jsonText({ a: [], b: {} })).toBe('{\n  "a": [],\n  "b": {}\n}');
  });

  it('leaves out fields whose value is undefined, as JSON.stringify does', () => {
    expect(jsonText({ a: 1, b: undefined })).toBe('{\n  "a": 1\n}');
    expect(jsonText({ b: undefined })).toBe('{}');
  });

  it('keeps an array of numbers, strings, booleans and nulls on one line', () => {
    expect(jsonText([1, 'two', true])).toBe('[1, "two", true]');
    expect(jsonText([1, null])).toBe('[1, null]');
    expect(jsonText([null])).toBe('[null]');
    expect(jsonText({ weights: [0.5, -2] })).toBe('{\n  "weights": [0.5, -2]\n}');
  });

  it('writes an undefined array entry as null, as JSON.stringify does', () => {
    expect(jsonText([1, undefined])).toBe('[1, null]');
  });

  it('puts each entry of an array holding an array or object on its own line', () => {
    expect(jsonText([1, [2, 3]])).toBe('[\n  1,\n  [2, 3]\n]');
    expect(jsonText([[1], [2]])).toBe('[\n  [1],\n  [2]\n]');
  });

  it('writes −0 as -0, so that JSON.parse gives −0 back', () => {
    expect(jsonText([-0, 0])).toBe('[-0, 0]');
    expect(Object.is(JSON.parse(jsonText(-0)), -0)).toBe(true);
  });
});
