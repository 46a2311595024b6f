/**
 * The parts of TensorFlow.js's layers format (`model.json` + binary weights)
 * that a network of dense layers needs. Keys are snake_case in `modelTopology`
 * because the format is Keras's; TF.js and the `tensorflowjs` converter read it.
 */
import type { MinMax } from '../util/model-extras.js';

/** The file `tf.loadLayersModel` is pointed at. */
export const TFJS_MODEL_FILE = 'model.json';
/** The one weights file we write (TF.js's name for group 1, shard 1 of 1). */
export const TFJS_WEIGHTS_FILE = 'group1-shard1of1.bin';
/** The `format` of a layers model (a graph model cannot become an `NNetwork`). */
export const TFJS_LAYERS_FORMAT = 'layers-model';
/** Where our extras live inside `userDefinedMetadata`. */
export const METADATA_KEY = 'agileNeurons';

/** The `model.json` of a layers model. */
export interface TfjsModelJson {
  format: typeof TFJS_LAYERS_FORMAT;
  generatedBy: string;
  convertedBy: null;
  modelTopology: TfjsTopology;
  weightsManifest: TfjsWeightsGroup[];
  userDefinedMetadata: { [METADATA_KEY]: AgileNeuronsMetadata };
}

/** A Keras `Sequential` model. */
export interface TfjsTopology {
  class_name: 'Sequential';
  config: { name: string; layers: TfjsLayer[] };
}

/** One Keras layer: its class and its settings. */
export interface TfjsLayer {
  class_name: string;
  config: Record<string, unknown>;
}

/** Weights stored in the files `paths`, one after the other, in the order of `weights`. */
export interface TfjsWeightsGroup {
  paths: string[];
  weights: TfjsWeightSpec[];
}

/** One named tensor in the weights data: float32, little-endian, row-major. */
export interface TfjsWeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32';
}

/** What a network brings besides its weights; each field may be missing or null in a file. */
export interface AgileNeuronsMetadata {
  learningRate: number;
  normalization: MinMax | null;
  classLabels: string[] | null;
}

/** A network in TF.js's layers format, in memory: `model.json`'s object and the weights file's bytes. */
export interface TfjsModel {
  modelJson: TfjsModelJson;
  weightData: ArrayBuffer;
}
