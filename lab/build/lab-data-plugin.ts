// The data sets of the lab, read at build time by the library's own Node
// readers (iris and the two-class example from data/*.csv, the chapter's noisy
// line from Random(42)) and the figures' tables, and handed to the page as a
// module of plain numbers: the browser gets the very rows the figures use,
// and the page never reads a file.
import type { Plugin } from 'vite';
import { BINARY_TO_DECIMAL, XOR } from '../../examples/figures/ch5/data.js';
import { FOUR_POINTS } from '../../examples/figures/ch4/data.js';
import { irisDataset, noisyLine, twoClassExample, type LabelledData } from '../../src/io/index.js';

const ID = 'virtual:lab-data';
const RESOLVED = `\0${ID}`;

/** A labelled data set as the page uses it: feature names, class names, the book's rows. */
function table(data: LabelledData) {
  return {
    featureNames: data.featureNames ?? [],
    classNames: data.classLabels,
    rows: data.features.map((row, i) => [...row, data.labels[i]!]),
  };
}

/** The module's contents: every data set the pages offer. */
function labDataModule(): string {
  const data = {
    fourPoints: FOUR_POINTS,
    hundredPoints: noisyLine(100),
    xor: XOR,
    binaryToDecimal: BINARY_TO_DECIMAL,
    iris: table(irisDataset()),
    twoClass: table(twoClassExample()),
  };
  return `export default ${JSON.stringify(data)};`;
}

/** Serves `virtual:lab-data` (typed in lab/src/data/lab-data.d.ts). */
export function labData(): Plugin {
  return {
    name: 'agile-neurons-lab-data',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? labDataModule() : undefined),
  };
}
