/**
 * Files and data sets, for Node: CSV, model files, the iris and two-class data
 * sets shipped in the package, atomic writes. The book's classes come from the
 * package root.
 * @module agile-neurons/node
 */
// Named re-exports only.
export {
  parseCsv,
  readLabelledCsv,
  readFeatureCsv,
  loadLabelledCsv,
  loadFeatureCsv,
  labelledRows,
  type ColumnRef,
  type CsvOptions,
  type LabelledCsvOptions,
  type FeatureCsvOptions,
  type CsvTable,
  type LabelledData,
  type FeatureData,
} from './csv.js';
export { pharoRound, trainingSize, splitByFraction, shuffleRows, shuffleAndSplit, type Split } from './split.js';
export {
  networkToDocument,
  networkFromDocument,
  MODEL_FORMAT,
  MODEL_VERSION,
  type ModelDocument,
  type LayerDocument,
  type NeuronDocument,
  type MinMax,
  type ModelExtras,
  type LoadedModel,
} from './model-document.js';
export { saveModel, loadModel, modelToJson, modelFromJson } from './model-file.js';
export { irisDataset, seedsDataset, readSeedsText, twoClassExample, noisyLine, dataFilePath, packageRoot } from './datasets.js';
export { readTextFile, readBinaryFile, checkWritable } from './files.js';
export { saveTfjsModel, loadTfjsModel, type SavedTfjsModel } from './tfjs-files.js';
export { writeFileAtomic, writeFilesAtomic, type OutputFile } from '../util/atomic-write.js';
