/** Text the CLI prints: accuracies and confusion matrices. */
import type { Evaluation } from './classify.js';

/** `97.50% (117/120)`. */
export function formatAccuracy(evaluation: Pick<Evaluation, 'correct' | 'total' | 'accuracy'>): string {
  return `${(100 * evaluation.accuracy).toFixed(2)}% (${evaluation.correct}/${evaluation.total})`;
}

/**
 * The confusion matrix as an aligned table, one row per actual class, one
 * column per predicted class, headed by the class names.
 */
export function formatConfusionMatrix(confusion: readonly (readonly number[])[], classLabels: readonly string[]): string {
  const header = ['actual \\ predicted', ...classLabels];
  const rows = confusion.map((counts, k) => [classLabels[k]!, ...counts.map(String)]);
  const widths = header.map((cell, c) => Math.max(cell.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  return [header, ...rows].map(line).join('\n');
}

/** Class names for printing: the model's, or the class numbers when it has none. */
export function classNames(classLabels: readonly string[] | undefined, count: number): string[] {
  return classLabels ? [...classLabels] : Array.from({ length: count }, (_, k) => String(k));
}
