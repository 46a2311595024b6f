/**
 * The book's data sets, shipped in the package's `data/` folder (never
 * downloaded): iris (chapter 6) and the 10-row two-class example.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Random } from '../core/random.js';
import { NotConfiguredError } from '../errors.js';
import { readLabelledCsv, type LabelledData } from './csv.js';
import { readTextFileSync } from './files.js';

const PACKAGE_NAME = 'agile-neurons';

/**
 * Iris (Fisher 1936, UCI, with its errata rows 35 and 38), 150 rows ordered by
 * class: 4 features (sepal length and width, petal length and width, in cm),
 * classes setosa 0, versicolor 1, virginica 2, as the book's iris.csv.
 */
export function irisDataset(): LabelledData {
  return readLabelledCsv(readTextFileSync(dataFilePath('iris.csv')));
}

/**
 * The 10-row two-class example (from machinelearningmastery.com's
 * backpropagation tutorial, the book's `exampleInWebpage`): 2 features,
 * classes 0 and 1, five rows each.
 */
export function twoClassExample(): LabelledData {
  return readLabelledCsv(readTextFileSync(dataFilePath('two-class-example.csv')));
}

/**
 * The "Theory on Learning" chapter's synthetic points around y = x:
 * xᵢ = i/n, yᵢ = (r·40 − 20 + i)/n for i = 1..n, with r drawn from
 * `new Random(seed)` (42, as the book), i.e. y = x + U(−0.2, 0.2).
 * As one-column rows, ready for a `LinearModel` and a trainer.
 */
export function noisyLine(n: number, seed = 42): { inputs: number[][]; targets: number[][] } {
  const random = new Random(seed);
  const inputs: number[][] = [];
  const targets: number[][] = [];
  for (let i = 1; i <= n; i++) {
    inputs.push([i / n]);
    targets.push([(random.next() * 40 - 20 + i) / n]);
  }
  return { inputs, targets };
}

/** The path of `fileName` in the package's `data/` folder. */
export function dataFilePath(fileName: string): string {
  return join(packageRoot(), 'data', fileName);
}

let root: string | undefined;

/**
 * The folder holding agile-neurons' package.json, found by walking up from this
 * module: the same answer whether it runs from `src/io` (tests) or `dist/src/io` (built).
 */
export function packageRoot(): string {
  root ??= findPackageRoot(dirname(fileURLToPath(import.meta.url)));
  return root;
}

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) {
      throw new NotConfiguredError(`cannot find the ${PACKAGE_NAME} package folder above ${start}: is the package installed whole?`);
    }
  }
}

function readPackageName(manifest: string): unknown {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}
