import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFilePath, irisDataset, packageRoot, twoClassExample } from '../../src/io/datasets.js';

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
