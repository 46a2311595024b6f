// Fuzzing CSV text (issue 16): cells of every kind (numbers, huge and tiny
// numbers, NaN and Infinity written out, words, quotes, empty cells), ragged
// rows, blank lines, byte order marks, CR LF. Reading gives rectangular, finite
// features and labels that index the classes, or a DataFormatError with the
// line (from 1) or an argument error naming the column.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataFormatError } from '../../src/index.js';
import { readFeatureCsv, readLabelledCsv } from '../../src/io/csv.js';
import { attempt, expectTypedError, FUZZ } from './properties.js';

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -100, max: 100, noNaN: true }).map((v) => String(v)) },
  { weight: 2, arbitrary: fc.constantFrom('setosa', 'virginica', 'a', 'b', 'class') },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '1e-999', '0x10', '-0', '"1,5"', '"a""b"', '"open', '1,', '.5', '5.', '1e308', '1.8e308') },
);

const line = fc.array(cell, { minLength: 1, maxLength: 5 }).map((cells) => cells.join(','));

const csvText = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }).chain((width) => fc.array(fc.oneof({ weight: 8, arbitrary: fc.array(cell, { minLength: width, maxLength: width }).map((c) => c.join(',')) }, { weight: 1, arbitrary: line }, { weight: 1, arbitrary: fc.constant('') }), { minLength: 0, maxLength: 8 })),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([lines, newline, bom]) => `${bom ? '\uFEFF' : ''}${lines.join(newline)}`);

const options = fc.record(
  {
    header: fc.constantFrom(true, false, 'auto' as const),
    label: fc.oneof(fc.integer({ min: -6, max: 6 }), fc.constantFrom('class', 'nosuch', '')),
    featureCount: fc.integer({ min: 0, max: 5 }),
  },
  { requiredKeys: [] },
);

describe('fuzz: CSV text', () => {
  it('readLabelledCsv: finite rectangular features and valid labels, or a typed error naming the line or column', () => {
    fc.assert(
      fc.property(csvText, options, (text, opts) => {
        const outcome = attempt(() => readLabelledCsv(text, opts));
        if (!outcome.ok) {
          expectTypedError(outcome.error);
          if (outcome.error instanceof DataFormatError) expect(outcome.error.line).toBeGreaterThanOrEqual(1);
          return;
        }
        const data = outcome.value as ReturnType<typeof readLabelledCsv>;
        const width = data.features[0]!.length;
        expect(width).toBeGreaterThan(0);
        for (const row of data.features) {
          expect(row).toHaveLength(width);
          expect(row.every(Number.isFinite)).toBe(true);
        }
        expect(data.labels).toHaveLength(data.features.length);
        expect(data.labels.every((k) => Number.isInteger(k) && k >= 0 && k < data.classLabels.length)).toBe(true);
        expect(data.lines.every((n) => n >= 1)).toBe(true);
      }),
      FUZZ,
    );
  });

  it('readFeatureCsv: finite rectangular features, or a typed error', () => {
    fc.assert(
      fc.property(csvText, options, (text, opts) => {
        const outcome = attempt(() => readFeatureCsv(text, opts));
        if (!outcome.ok) {
          expectTypedError(outcome.error);
          return;
        }
        const data = outcome.value as ReturnType<typeof readFeatureCsv>;
        const width = data.features[0]?.length ?? 0;
        for (const row of data.features) {
          expect(row).toHaveLength(width);
          expect(row.every(Number.isFinite)).toBe(true);
        }
      }),
      FUZZ,
    );
  });
});
