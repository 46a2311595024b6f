/** `agile-neurons evaluate`: accuracy and confusion matrix of a saved model on a labelled CSV. */
import { readLabelledCsv, type ColumnRef } from '../io/csv.js';
import { loadModel } from '../io/model-file.js';
import { classCount, evaluateClassifier, type Evaluation } from './classify.js';
import type { CliIo } from './cli-io.js';
import { csvOptions } from './csv-options.js';
import { inFile } from './file-errors.js';
import { readDataFile } from './memory.js';
import { classNames, formatAccuracy, formatConfusionMatrix } from './report.js';

/** What `evaluate` was asked to do. */
export interface EvaluateSettings {
  model: string;
  data: string;
  label?: ColumnRef;
  /** Whether the file's first row is a header; detected when undefined. */
  header?: boolean;
}

/**
 * Loads the model and the labelled rows (labels read by the model's class
 * names; without names, as class numbers 0, 1, …) and prints the scores.
 */
export async function runEvaluate(settings: EvaluateSettings, io: CliIo): Promise<Evaluation> {
  const model = await inFile(settings.model, () => loadModel(settings.model));
  const names = classNames(model.classLabels, classCount(model.network));
  const featureCount = model.network.numberOfInputs();
  const data = await inFile(settings.data, async () => readLabelledCsv(await readDataFile(settings.data), { classLabels: names, featureCount, ...csvOptions(settings) }));
  const evaluation = evaluateClassifier(model.network, data.features, data.labels);
  io.stdout.write(`accuracy: ${formatAccuracy(evaluation)}\nconfusion matrix:\n${formatConfusionMatrix(evaluation.confusion, names)}\n`);
  return evaluation;
}
