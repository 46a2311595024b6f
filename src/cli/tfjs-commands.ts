/**
 * `agile-neurons export` and `agile-neurons import`: a saved model to
 * TensorFlow.js layers-model files (and from there to Keras), and back.
 */
import { resolve } from 'node:path';
import type { NNetwork } from '../core/nnetwork.js';
import { checkWritable } from '../io/files.js';
import { loadModel, saveModel } from '../io/model-file.js';
import { loadTfjsModel, saveTfjsModel } from '../io/tfjs-files.js';
import { UsageError, type CliIo } from './cli-io.js';
import { inFile } from './file-errors.js';

/** What `export` was asked to do. */
export interface ExportSettings {
  /** Our model file. */
  model: string;
  /** The only format so far: TensorFlow.js's layers model. */
  format: 'tfjs';
  /** The folder to write `model.json` and `group1-shard1of1.bin` into. */
  output: string;
}

/** What `import` was asked to do. */
export interface ImportSettings {
  /** A TF.js `model.json`, its weights files beside it. */
  model: string;
  /** Our model file to write. */
  output: string;
}

/** Loads our model file and writes it as TF.js files, with its class names and normalisation. */
export async function runExport(settings: ExportSettings, io: CliIo): Promise<void> {
  const { network, classLabels } = await inFile(settings.model, () => loadModel(settings.model));
  const saved = await saveTfjsModel(settings.output, network, classLabels === undefined ? {} : { classLabels });
  io.stdout.write(
    `exported ${settings.model} (${describeLayers(network)}) as a TensorFlow.js layers model:\n  ${saved.modelPath}\n  ${saved.weightsPath}\n`,
  );
}

/** Reads a TF.js model and saves it as our model file. */
export async function runImport(settings: ImportSettings, io: CliIo): Promise<void> {
  if (resolve(settings.output) === resolve(settings.model)) {
    throw new UsageError(`--output ${settings.output} is the TF.js model.json itself: name another file for the agile-neurons model`);
  }
  await checkWritable(settings.output);
  const { network, classLabels } = await inFile(settings.model, () => loadTfjsModel(settings.model));
  await saveModel(settings.output, network, classLabels === undefined ? {} : { classLabels });
  io.stdout.write(`imported ${settings.model} (${describeLayers(network)}) and saved it to ${settings.output}\n`);
}

/** `4 inputs → 6 sigmoid → 3 sigmoid`. */
export function describeLayers(network: NNetwork): string {
  return [`${network.numberOfInputs()} inputs`, ...network.layers.map((layer) => `${layer.numberOfNeurons()} ${layer.activationFunction.name}`)].join(' → ');
}
