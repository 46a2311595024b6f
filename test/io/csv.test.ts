import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thrownAs } from '../refusals.js';
import { DataFormatError, InputFileError, InvalidArgumentError } from '../../src/index.js';
import {
  labelledRows,
  loadFeatureCsv,
  loadLabelledCsv,
  parseCsv,
  readFeatureCsv,
  readLabelledCsv,
} from '../../src/io/csv.js';

/** The DataFormatError `action` throws. */
function dataErrorOf(action: () => unknown): DataFormatError {
  return thrownAs(DataFormatError, action);
}

const FLOWERS = `sepal_length,sepal_width,species
5.1,3.5,setosa
7.0,3.2,versicolor
6.3,3.3,virginica
4.9,3.0,setosa
`;

describe('reading labelled CSV', () => {
  it('detects the header, reads the features, numbers name labels by first appearance', () => {
    const data = readLabelledCsv(FLOWERS);
    expect(data.featureNames).toEqual(['sepal_length', 'sepal_width']);
    expect(data.labelName).toBe('species');
    expect(data.features).toEqual([
      [5.1, 3.5],
      [7.0, 3.2],
      [6.3, 3.3],
      [4.9, 3.0],
    ]);
    expect(data.labels).toEqual([0, 1, 2, 0]);
    expect(data.classLabels).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(data.lines).toEqual([2, 3, 4, 5]);
  });

  it('numbers name labels alphabetically with classOrder sorted', () => {
    const data = readLabelledCsv('x,label\n1,b\n2,c\n3,a\n', { classOrder: 'sorted' });
    expect(data.classLabels).toEqual(['a', 'b', 'c']);
    expect(data.labels).toEqual([1, 2, 0]);
  });

  it('reads a file without a header (no cell of the first row is text)', () => {
    const data = readLabelledCsv('1,2,0\n3,4,1\n');
    expect(data.featureNames).toBeUndefined();
    expect(data.labelName).toBeUndefined();
    expect(data.features).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(data.lines).toEqual([1, 2]);
  });

  it('follows an explicit header setting', () => {
    expect(readLabelledCsv('1,2,0\n3,4,1\n', { header: true }).featureNames).toEqual(['1', '2']);
    const error = dataErrorOf(() => readLabelledCsv('a,b,c\n3,4,1\n', { header: false }));
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/column 1: 'a' is not a number/);
  });

  it('numeric labels: class k is the k-th smallest value, named as a number', () => {
    const data = readLabelledCsv('x,y\n1,3\n2,1\n3,2\n4,1.0\n5,3e0\n');
    expect(data.labels).toEqual([2, 0, 1, 0, 2]);
    expect(data.classLabels).toEqual(['1', '2', '3']);
    expect(readLabelledCsv('1,0\n2,1\n3,0\n').labels).toEqual([0, 1, 0]);
  });

  it('reads the label from a named column, a 0-based index, or a negative index', () => {
    const text = 'class,a,b\nx,1,2\ny,3,4\n';
    for (const label of ['class', 0, -3] as const) {
      const data = readLabelledCsv(text, { label });
      expect(data.features).toEqual([
        [1, 2],
        [3, 4],
      ]);
      expect(data.classLabels).toEqual(['x', 'y']);
      expect(data.featureNames).toEqual(['a', 'b']);
    }
  });

  it('maps labels through given class labels, numeric ones by value', () => {
    expect(readLabelledCsv(FLOWERS, { classLabels: ['virginica', 'setosa', 'versicolor'] }).labels).toEqual([1, 2, 0, 1]);
    expect(readLabelledCsv('1,0.0\n2,1\n', { classLabels: ['0', '1'] }).labels).toEqual([0, 1]);
    const error = dataErrorOf(() => readLabelledCsv(FLOWERS, { classLabels: ['setosa', 'versicolor'] }));
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/label 'virginica' is not one of the classes setosa, versicolor/);
  });

  it('trims cells, skips blank lines, reads CRLF and a byte-order mark, and keeps true line numbers', () => {
    const data = readLabelledCsv('\uFEFF a , b ,label\r\n\r\n 1 ,\t2, x \r\n   \r\n3,4,y\r\n');
    expect(data.featureNames).toEqual(['a', 'b']);
    expect(data.features).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(data.classLabels).toEqual(['x', 'y']);
    expect(data.lines).toEqual([3, 5]);
  });

  it('reads quoted cells, with "" for a quote', () => {
    const data = readLabelledCsv('"a","b","label"\n1,"2","Iris, ""setosa"""\n3,4,plain\n');
    expect(data.featureNames).toEqual(['a', 'b']);
    expect(data.features[0]).toEqual([1, 2]);
    expect(data.classLabels).toEqual(['Iris, "setosa"', 'plain']);
  });

  it('reads another delimiter', () => {
    expect(readLabelledCsv('a;b\n1.5;x\n2;y\n', { delimiter: ';' }).features).toEqual([[1.5], [2]]);
  });

  it('labelledRows gives the book’s rows: features then the class index', () => {
    expect(labelledRows(readLabelledCsv(FLOWERS))[2]).toEqual([6.3, 3.3, 2]);
  });
});

describe('bad CSV gives the line', () => {
  it('a ragged row', () => {
    const error = dataErrorOf(() => readLabelledCsv('a,b,label\n1,2,x\n\n3,y\n'));
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/^line 4: has 2 cells but line 1 has 3/);
  });

  it('a row longer than the header', () => {
    expect(dataErrorOf(() => readLabelledCsv('a,label\n1,x\n2,3,y\n')).line).toBe(3);
  });

  it.each([
    ['text', 'abc'],
    ['an empty cell', ''],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['a hexadecimal number', '0x10'],
    ['two numbers', '1 2'],
  ])('a non-numeric feature: %s', (_what, cell) => {
    const error = dataErrorOf(() => readLabelledCsv(`a,b,label\n1,2,x\n3,${cell},y\n`));
    expect(error.line).toBe(3);
    expect(error.message).toContain(`column 2 (b): '${cell}' is not a number`);
  });

  it('a number too large for a double', () => {
    const error = dataErrorOf(() => readLabelledCsv('1,0\n1e999,1\n'));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/finite/);
  });

  it('an empty label', () => {
    expect(dataErrorOf(() => readLabelledCsv('a,label\n1,x\n2,\n')).line).toBe(3);
  });

  it.each([
    ['an empty file', '', 1],
    ['only blank lines', '\n  \n\n', 1],
  ])('%s', (_what, text, line) => {
    const error = dataErrorOf(() => readLabelledCsv(text));
    expect(error.line).toBe(line);
    expect(error.message).toMatch(/no rows/);
  });

  it('a header without rows', () => {
    const error = dataErrorOf(() => readLabelledCsv('a,b,label\n'));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/header but no rows/);
  });

  it('a label column and no feature column', () => {
    expect(dataErrorOf(() => readLabelledCsv('label\nx\ny\n')).message).toMatch(/at least one feature column/);
  });

  it('a quoted cell that is not closed, or text after a closing quote', () => {
    expect(dataErrorOf(() => readLabelledCsv('a,label\n1,"x\n')).line).toBe(2);
    expect(dataErrorOf(() => readLabelledCsv('a,label\n1,"x"y\n')).message).toMatch(/after a quoted cell/);
  });

  it('a label column that does not exist', () => {
    expect(() => readLabelledCsv(FLOWERS, { label: 'kind' })).toThrow(InvalidArgumentError);
    expect(() => readLabelledCsv(FLOWERS, { label: 'kind' })).toThrow(/no column named 'kind'; the header has sepal_length/);
    expect(() => readLabelledCsv('1,0\n2,1\n', { label: 'kind' })).toThrow(/no header row/);
    expect(() => readLabelledCsv(FLOWERS, { label: 3 })).toThrow(/column 3 does not exist: the rows have 3 columns/);
    expect(() => readLabelledCsv(FLOWERS, { label: -4 })).toThrow(InvalidArgumentError);
  });
});

describe('parseCsv', () => {
  it('keeps the cells as text with the header and the lines', () => {
    expect(parseCsv('# a, b\n1, x\n')).toEqual({ header: ['# a', 'b'], headerLine: 1, rows: [['1', 'x']], lines: [2] });
  });
});

describe('reading feature rows (to classify)', () => {
  it('takes every column as a feature by default', () => {
    expect(readFeatureCsv('a,b\n1,2\n3,4\n')).toEqual({
      featureNames: ['a', 'b'],
      features: [
        [1, 2],
        [3, 4],
      ],
      lines: [2, 3],
    });
  });

  it('drops the last column when there is one more than the features expected', () => {
    const rows = readFeatureCsv(FLOWERS, { featureCount: 2 });
    expect(rows.featureNames).toEqual(['sepal_length', 'sepal_width']);
    expect(rows.features[1]).toEqual([7.0, 3.2]);
  });

  it('drops a named label column', () => {
    expect(readFeatureCsv('kind,a,b\nx,1,2\n', { label: 'kind', featureCount: 2 }).features).toEqual([[1, 2]]);
  });

  it('says how many columns it found and how many it expected', () => {
    const error = dataErrorOf(() => readFeatureCsv('a,b,c,d\n1,2,3,4\n', { featureCount: 2 }));
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/has 4 columns but 2 features are expected/);
  });
});

describe('CSV files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'agile-neurons-csv-'));
    await writeFile(join(dir, 'flowers.csv'), FLOWERS);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads labelled and feature files', async () => {
    expect((await loadLabelledCsv(join(dir, 'flowers.csv'))).classLabels).toHaveLength(3);
    expect((await loadFeatureCsv(join(dir, 'flowers.csv'), { featureCount: 2 })).features).toHaveLength(4);
  });

  it('a missing file or a directory is an InputFileError naming the path', async () => {
    await expect(loadLabelledCsv(join(dir, 'missing.csv'))).rejects.toThrow(InputFileError);
    await expect(loadLabelledCsv(join(dir, 'missing.csv'))).rejects.toThrow(`cannot read ${join(dir, 'missing.csv')}: no such file`);
    await expect(loadFeatureCsv(dir)).rejects.toThrow(/it is a directory/);
  });
});
