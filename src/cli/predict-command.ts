/** `agile-neurons predict`: one predicted label per row of a CSV, optionally with each class's share. */
import { readFeatureCsv, type ColumnRef } from '../io/csv.js';
import type { LoadedModel } from '../io/model-document.js';
import { loadModel } from '../io/model-file.js';
import { classCount, classOf, classShares, outputsFor } from './classify.js';
import type { CliIo } from './cli-io.js';
import { csvOptions } from './csv-options.js';
import { inFile } from './file-errors.js';
import { readDataFile } from './memory.js';
import { classNames } from './report.js';

/** What `predict` was asked to do. */
export interface PredictSettings {
  model: string;
  data: string;
  /** A label column in the data to ignore; without it, the last column is ignored when there is one column too many. */
  label?: ColumnRef;
  probabilities: boolean;
  /** Whether the file's first row is a header; detected when undefined. */
  header?: boolean;
}

/** Loads the model and the rows, and prints the predictions. */
export async function runPredict(settings: PredictSettings, io: CliIo): Promise<void> {
  const model = await inFile(settings.model, () => loadModel(settings.model));
  const inputs = model.network.numberOfInputs();
  const rows = await inFile(settings.data, async () =>
    readFeatureCsv(await readDataFile(settings.data), { featureCount: inputs, ...csvOptions(settings) }),
  );
  io.stdout.write(predictionLines(model, rows.features, settings.probabilities).join('\n') + '\n');
}

/**
 * The output lines: one class name per row; with `probabilities`, a CSV with a
 * header (`label,<class>,…`) and each class's share of the outputs (see `classShares`).
 */
export function predictionLines(model: LoadedModel, rows: readonly (readonly number[])[], probabilities: boolean): string[] {
  const names = classNames(model.classLabels, classCount(model.network));
  const lines = rows.map((row) => {
    const outputs = outputsFor(model.network, row);
    const name = names[classOf(outputs)]!;
    return probabilities ? [name, ...classShares(outputs).map((p) => p.toFixed(4))].map(csvCell).join(',') : name;
  });
  return probabilities ? [['label', ...names].map(csvCell).join(','), ...lines] : lines;
}

/** A CSV cell: quoted when it holds a comma, a quote or edge spaces. */
function csvCell(text: string): string {
  return /[",\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
