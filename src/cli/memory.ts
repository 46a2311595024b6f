/**
 * Reading a data file with room to work on it: the commands estimate the
 * memory their rows will take before parsing them, and refuse with
 * `InsufficientMemoryError` (exit code 1, one line) a file the JavaScript heap
 * cannot hold, instead of letting V8 end the process with its fatal
 * out-of-memory report half-way through.
 */
import { getHeapStatistics } from 'node:v8';
import { InsufficientMemoryError } from '../errors.js';
import { readTextFile } from '../io/files.js';

/**
 * Heap bytes per row and per cell that `train` needs, measured: 1,000,000 rows
 * of 5 cells needed a heap of 560–624 MiB, 100,000 rows of 50 cells 272–336 MiB
 * (the cells as strings, then numbers, the shuffled and scaled copies, the
 * targets, the packed arrays), plus a fifth for safety. `predict` and
 * `evaluate` need less; the same estimate keeps them safe.
 */
export const HEAP_BYTES_PER_ROW = 400;
/** See `HEAP_BYTES_PER_ROW`. */
export const HEAP_BYTES_PER_CELL = 64;

/** The heap figures the check reads (Node's `v8.getHeapStatistics()`). */
export interface HeapFigures {
  heap_size_limit: number;
  used_heap_size: number;
}

/**
 * The text of the CSV file at `path`, once it is clear that its rows fit in the heap.
 * @throws InputFileError when it cannot be read; InsufficientMemoryError when they would not fit.
 */
export async function readDataFile(path: string): Promise<string> {
  const text = await readTextFile(path);
  checkMemoryFor(path, text);
  return text;
}

/**
 * Throws when the rows of CSV `text` would need more heap than is left.
 * @throws InsufficientMemoryError naming `path`, the estimate and a heap size that fits.
 */
export function checkMemoryFor(path: string, text: string, heap: HeapFigures = getHeapStatistics()): void {
  const { rows, cells } = countCells(text);
  const needed = rows * HEAP_BYTES_PER_ROW + cells * HEAP_BYTES_PER_CELL;
  const available = heap.heap_size_limit - heap.used_heap_size;
  if (needed <= available) return;
  const suggestedMiB = Math.ceil((heap.used_heap_size + needed) / 2 ** 20 / 256) * 256;
  throw new InsufficientMemoryError(`reading ${path} (${rows} rows, ${cells} cells)`, needed, available, suggestedMiB);
}

/** Lines and comma-separated cells in `text`, counted without splitting it (an upper bound: blank lines count). */
export function countCells(text: string): { rows: number; cells: number } {
  let rows = 0;
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) rows++;
    else if (c === COMMA) commas++;
  }
  if (text.length > 0 && text.charCodeAt(text.length - 1) !== NEWLINE) rows++;
  return { rows, cells: rows + commas };
}

const NEWLINE = 10;
const COMMA = 44;
