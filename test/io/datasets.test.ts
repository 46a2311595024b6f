import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFormatError } from '../../src/index.js';
import { labelledRows } from '../../src/io/index.js';
import { dataFilePath, irisDataset, packageRoot, readSeedsText, seedsDataset, twoClassExample } from '../../src/io/datasets.js';

describe('the book’s data sets, shipped in data/', () => {
  it('iris: 150 rows, 4 features, 50 per class, labelled as the book (setosa 0, versicolor 1, virginica 2)', () => {
    const iris = irisDataset();
    expect(iris.features).toHaveLength(150);
    expect(iris.featureNames).toEqual(['sepal_length', 'sepal_width', 'petal_length', 'petal_width']);
    expect(iris.classLabels).toEqual(['setosa', 'versicolor', 'virginica']);
    for (let k = 0; k < 3; k++) expect(iris.labels.filter((l) => l === k)).toHaveLength(50);
    expect(iris.labels.slice(0, 50).every((l) => l === 0)).toBe(true);
    expect(iris.features[0]).toEqual([5.1, 3.5, 1.4, 0.2]);
  });

  it('iris keeps the UCI errata rows 35 and 38 (4.9, 3.1, 1.5, 0.1), which the book’s numbers need', () => {
    const iris = irisDataset();
    expect(iris.features[34]).toEqual([4.9, 3.1, 1.5, 0.1]);
    expect(iris.features[37]).toEqual([4.9, 3.1, 1.5, 0.1]);
  });

  it('seeds: 210 kernels, 7 measurements, 70 of each variety in blocks, labels 0..2', () => {
    const seeds = seedsDataset();
    expect(seeds.features).toHaveLength(210);
    expect(seeds.featureNames).toEqual(['area', 'perimeter', 'compactness', 'kernel_length', 'kernel_width', 'asymmetry', 'groove_length']);
    expect(seeds.classLabels).toEqual(['0', '1', '2']);
    for (let k = 0; k < 3; k++) expect(seeds.labels.slice(70 * k, 70 * (k + 1)).every((l) => l === k)).toBe(true);
    expect(seeds.features[0]).toEqual([15.26, 14.84, 0.871, 5.763, 3.312, 2.221, 5.22]);
    const column = (j: number) => seeds.features.map((row) => row[j]!);
    expect([Math.min(...column(0)), Math.max(...column(0))]).toEqual([10.59, 21.18]); // area
    expect([Math.min(...column(5)), Math.max(...column(5))]).toEqual([0.7651, 8.456]); // asymmetry
    // compactness is 4πA/P², to within 0.002 (area and perimeter are rounded in the data)
    seeds.features.forEach(([area, perimeter, compactness]) => expect(Math.abs((4 * Math.PI * area!) / perimeter! ** 2 - compactness!)).toBeLessThan(2e-3));
  });

  it('readSeedsText reads UCI’s text format as the book: runs of whitespace (double tabs too), variety − 1', () => {
    const text = '15.26\t14.84\t0.871\t5.763\t3.312\t2.221\t5.22\t1\n' + '14.11\t14.1\t0.8911\t5.42\t3.302\t2.7\t\t5\t\t1\r\n\n' + '  12.3 13.34\t0.8684 5.243 2.974 5.637 5.063 3  \n';
    expect(readSeedsText(text)).toEqual([
      [15.26, 14.84, 0.871, 5.763, 3.312, 2.221, 5.22, 0],
      [14.11, 14.1, 0.8911, 5.42, 3.302, 2.7, 5, 0],
      [12.3, 13.34, 0.8684, 5.243, 2.974, 5.637, 5.063, 2],
    ]);
  });

  it('the shipped seeds, written out in UCI’s format with double tabs, read back to the same rows', () => {
    const rows = labelledRows(seedsDataset());
    const uci = rows.map((row, i) => [...row.slice(0, -1), row.at(-1)! + 1].join(i % 3 === 0 ? '\t\t' : '\t')).join('\n');
    expect(readSeedsText(uci)).toEqual(rows);
  });

  it('readSeedsText names the line of a malformed row', () => {
    expect(() => readSeedsText('1 2 3 4 5 6 7 1\n1 2 3 4 5 6 1\n')).toThrow(new DataFormatError(2, 'expected 8 numbers separated by whitespace, got 7'));
    expect(() => readSeedsText('1 2 x 4 5 6 7 1')).toThrow("line 1: 'x' is not a number");
    expect(() => readSeedsText('1 2 3 4 5 6 7 0')).toThrow('line 1: the variety must be 1, 2 or 3, got 0');
  });

  it('the two-class example: 10 rows, 2 features, classes 0 and 1 with five rows each', () => {
    const data = twoClassExample();
    expect(data.features).toHaveLength(10);
    expect(data.features[0]).toEqual([2.7810836, 2.550537003]);
    expect(data.classLabels).toEqual(['0', '1']);
    expect(data.labels).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
  });

  it('finds the package folder (the one whose package.json is agile-neurons)', () => {
    const root = packageRoot();
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name).toBe('agile-neurons');
    expect(existsSync(dataFilePath('iris.csv'))).toBe(true);
  });
});
