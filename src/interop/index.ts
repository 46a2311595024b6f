// TensorFlow.js's layers format, in memory (pure: browser-safe). Files: src/io/tfjs-files.ts.
export { exportToTfjs, type TfjsExportOptions } from './tfjs-export.js';
export { importFromTfjs, type TfjsImport } from './tfjs-import.js';
export { exportableActivations } from './tfjs-activations.js';
export {
  TFJS_MODEL_FILE,
  TFJS_WEIGHTS_FILE,
  type TfjsModel,
  type TfjsModelJson,
  type TfjsTopology,
  type TfjsLayer,
  type TfjsWeightsGroup,
  type TfjsWeightSpec,
  type AgileNeuronsMetadata,
} from './tfjs-format.js';
