/** Model files: a network's document (see `model-document.ts`) as JSON text on disk. */
import type { NNetwork } from '../core/nnetwork.js';
import { parseJsonText } from '../util/field-reader.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { jsonText } from '../util/json-text.js';
import { readTextFile } from './files.js';
import { networkFromDocument, networkToDocument, type LoadedModel, type ModelExtras } from './model-document.js';

/**
 * The model file text of `network`: indented JSON with each list of numbers on
 * one line, every number exactly as it is (−0 included).
 * @throws as `networkToDocument`.
 */
export function modelToJson(network: NNetwork, extras: ModelExtras = {}): string {
  return `${jsonText(networkToDocument(network, extras))}\n`;
}

/**
 * The network in model file text.
 * @throws ModelFormatError when the text is not JSON or the document is wrong (naming the field).
 */
export function modelFromJson(text: string): LoadedModel {
  return networkFromDocument(parseJsonText(text));
}

/**
 * Saves `network` to `path`, atomically: the file is either the old one or the
 * whole new one, never a part, and a failed save leaves no temporary file.
 * The document is built (and checked) before anything is written.
 * @throws as `networkToDocument`; OutputFileError when the file cannot be written.
 */
export async function saveModel(path: string, network: NNetwork, extras: ModelExtras = {}): Promise<void> {
  await writeFileAtomic(path, modelToJson(network, extras));
}

/**
 * Loads the model file at `path`. Register any custom activation it uses first.
 * @throws InputFileError when the file cannot be read; ModelFormatError when it is not a valid model.
 */
export async function loadModel(path: string): Promise<LoadedModel> {
  return modelFromJson(await readTextFile(path));
}
