/**
 * A network as TensorFlow.js layers-model files: `model.json` and
 * `group1-shard1of1.bin` in one folder, as `tf.loadLayersModel` and the
 * `tensorflowjs_converter` read them. The conversion itself is pure (src/interop).
 */
import { dirname, join } from 'node:path';
import type { NNetwork } from '../core/nnetwork.js';
import { exportToTfjs, type TfjsExportOptions } from '../interop/tfjs-export.js';
import { TFJS_MODEL_FILE, TFJS_WEIGHTS_FILE } from '../interop/tfjs-format.js';
import { importFromTfjs, type TfjsImport } from '../interop/tfjs-import.js';
import { readWeightsManifest } from '../interop/tfjs-manifest.js';
import { writeFilesAtomic } from '../util/atomic-write.js';
import { parseJsonText, readObject } from '../util/field-reader.js';
import { readBinaryFile, readTextFile } from './files.js';

/** Where `saveTfjsModel` wrote. */
export interface SavedTfjsModel {
  /** `<directory>/model.json`: what to give `tf.loadLayersModel` or the converter. */
  modelPath: string;
  /** `<directory>/group1-shard1of1.bin`. */
  weightsPath: string;
}

/**
 * Writes `network` into `directory` (created if missing) as `model.json` and
 * `group1-shard1of1.bin`, both or neither: everything is checked and built
 * before anything is written, and a failed write leaves the folder as it was.
 * @throws as `exportToTfjs` (an activation TF.js does not have, …);
 *   OutputFileError when a file cannot be written.
 */
export async function saveTfjsModel(directory: string, network: NNetwork, options: TfjsExportOptions = {}): Promise<SavedTfjsModel> {
  const { modelJson, weightData } = exportToTfjs(network, options);
  const saved = { modelPath: join(directory, TFJS_MODEL_FILE), weightsPath: join(directory, TFJS_WEIGHTS_FILE) };
  await writeFilesAtomic([
    { path: saved.weightsPath, data: new Uint8Array(weightData) },
    { path: saved.modelPath, data: `${JSON.stringify(modelJson, null, 2)}\n` },
  ]);
  return saved;
}

/**
 * Reads the TF.js layers model at `modelPath` (a `model.json`) and the weights
 * files its manifest names, beside it, into an `NNetwork`.
 * @throws InputFileError when a file cannot be read; ModelFormatError (or
 *   UnsupportedModelError) as `importFromTfjs`, naming the layer or setting.
 */
export async function loadTfjsModel(modelPath: string): Promise<TfjsImport> {
  const modelJson = parseJsonText(await readTextFile(modelPath));
  const files = readWeightsManifest(readObject(modelJson, '')).files;
  const parts = await Promise.all(files.map((file) => readBinaryFile(join(dirname(modelPath), file))));
  return importFromTfjs(modelJson, concatenate(parts));
}

/** The weights files laid end to end, as TF.js reads a sharded manifest. */
function concatenate(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.byteLength;
  }
  return all;
}
