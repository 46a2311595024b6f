/**
 * The book's data sets, shipped in the package's `data/` folder (never
 * downloaded): iris (chapter 5, Data Classification), the wheat seeds of the
 * book's example scripts, and the 10-row two-class example.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Random } from '../core/random.js';
import { DataFormatError, NotConfiguredError } from '../errors.js';
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
 * The wheat seeds (UCI "seeds", Charytanowicz et al. 2010) of the book's example
 * scripts: 210 kernels, 70 of each variety (Kama 0, Rosa 1, Canadian 2), 7
 * measurements each: area, perimeter, compactness 4πA/P², kernel length, kernel
 * width, asymmetry coefficient, groove length. Shipped as data/seeds.csv with
 * the labels already 0..2.
 */
export function seedsDataset(): LabelledData {
  return readLabelledCsv(readTextFileSync(dataFilePath('seeds.csv')));
}

/** Columns of a line of the seeds text: 7 measurements, then the variety 1..3. */
const SEEDS_COLUMNS = 8;

/**
 * Reads the seeds in UCI's text format, as the book's `NNDataset>>seedsDataset`
 * does: each line split on runs of whitespace (the file has some double tabs),
 * every cell a number, and the variety 1..3 shifted to a class index 0..2.
 * Returns the book's rows (features then class index). For readers who have
 * UCI's seeds_dataset.txt; `seedsDataset()` reads the copy shipped in data/.
 * @throws DataFormatError naming the line when a line has not 8 numbers or its variety is not 1, 2 or 3.
 */
export function readSeedsText(text: string): number[][] {
  const rows: number[][] = [];
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    const cells = line.trim().split(/\s+/);
    if (cells[0] === '') return;
    if (cells.length !== SEEDS_COLUMNS) {
      throw new DataFormatError(i + 1, `expected ${SEEDS_COLUMNS} numbers separated by whitespace, got ${cells.length}`);
    }
    const values = cells.map(Number);
    const bad = values.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) throw new DataFormatError(i + 1, `'${cells[bad]}' is not a number`);
    const variety = values[SEEDS_COLUMNS - 1]!;
    if (![1, 2, 3].includes(variety)) throw new DataFormatError(i + 1, `the variety must be 1, 2 or 3, got ${cells[SEEDS_COLUMNS - 1]}`);
    values[SEEDS_COLUMNS - 1] = variety - 1;
    rows.push(values);
  });
  return rows;
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
