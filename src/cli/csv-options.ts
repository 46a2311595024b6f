/** The CSV reading options that `--label` and `--header` give, shared by train, predict and evaluate. */
import type { ColumnRef } from '../io/csv.js';

/** What the command line says about a CSV file's columns. */
export interface CsvSettings {
  /** The label column (`--label`): a header name, or an index from 0 (the CLI takes numbers from 1). */
  label?: ColumnRef;
  /** `--header` (true) or `--no-header` (false); undefined: detected (a first row with no number in it). */
  header?: boolean;
}

/** The options for `loadLabelledCsv` / `loadFeatureCsv`, with only what was given. */
export function csvOptions(settings: CsvSettings): CsvSettings {
  return {
    ...(settings.label === undefined ? {} : { label: settings.label }),
    ...(settings.header === undefined ? {} : { header: settings.header }),
  };
}
