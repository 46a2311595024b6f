/**
 * CSV files of numeric features and a class label, as the chapters' iris.csv.
 *
 * - Cells are separated by commas (or `delimiter`), trimmed; a cell may be
 *   quoted with "…" ("" inside stands for one "). Blank lines are skipped.
 * - Header: by default the first non-blank line is a header when none of its
 *   cells is a number (iris.csv's `sepal_length,…,species`); `header: true` or
 *   `false` says so explicitly.
 * - Labels: the last column by default, or a column named in the header, or a
 *   0-based index (negative counts from the end). When every label is a number,
 *   class k is the k-th smallest value (0/1 labels stay 0/1; 1/2/3 become
 *   0/1/2). Otherwise labels are names, numbered in order of first appearance
 *   (iris: setosa 0, versicolor 1, virginica 2, as the book) or, with
 *   `classOrder: 'sorted'`, alphabetically. `classLabels[k]` keeps the name of
 *   class k, so predictions can be printed as the file wrote them.
 *
 * Every problem in the file throws `DataFormatError` with its 1-based line.
 */
import { DataFormatError, InvalidArgumentError, UnknownColumnError } from '../errors.js';
import { readTextFile } from './files.js';

/** A column: a header name, or a 0-based index (negative counts from the end: −1 is the last). */
export type ColumnRef = string | number;

/** How to read the rows of a CSV file. */
export interface CsvOptions {
  /** Whether the first non-blank line is a header; detected by default (see the module notes). */
  header?: boolean | 'auto';
  /** Cell separator; ',' by default. */
  delimiter?: string;
}

/** How to read a CSV of features and a label. */
export interface LabelledCsvOptions extends CsvOptions {
  /** The label column; the last by default. */
  label?: ColumnRef;
  /**
   * The number of features expected (a model's inputs): a file with another
   * number of columns than this plus the label is refused before any label is read.
   */
  featureCount?: number;
  /** Numbering of name labels: order of first appearance (default) or sorted. */
  classOrder?: 'appearance' | 'sorted';
  /**
   * The classes to number labels by (e.g. a trained model's): label `classLabels[k]`
   * is class k, and a label not among them is an error. Numeric labels also match
   * by value ("1.0" is "1").
   */
  classLabels?: readonly string[];
}

/** How to read a CSV of features only (rows to classify). */
export interface FeatureCsvOptions extends CsvOptions {
  /**
   * The number of features expected (a model's inputs). A file with one column
   * more has a label column, which is dropped (see `label`).
   */
  featureCount?: number;
  /** A label column to drop; without it, the last column is dropped only when the file has one column too many. */
  label?: ColumnRef;
}

/** The cells of a CSV file, before any of them is read as a number. */
export interface CsvTable {
  /** Column names from the header row; undefined when there is none. */
  header: string[] | undefined;
  /** 1-based line of the header (or of the first row when there is none). */
  headerLine: number;
  /** The trimmed cells of every data row; all rows have the same length. */
  rows: string[][];
  /** The 1-based line of every data row. */
  lines: number[];
}

/** Features and class indices read from a labelled CSV. */
export interface LabelledData {
  /** Names of the feature columns, from the header; undefined without one. */
  featureNames: string[] | undefined;
  /** Name of the label column, from the header; undefined without one. */
  labelName: string | undefined;
  /** Where feature j is in the file: its column index, from 0. */
  featureColumns: number[];
  /** One row of numbers per example. */
  features: number[][];
  /** The class index (0-based) of every example. */
  labels: number[];
  /** `classLabels[k]` is the label of class k as written in the file. */
  classLabels: string[];
  /** The 1-based line of every example. */
  lines: number[];
}

/** Feature rows read from a CSV (e.g. rows to classify). */
export interface FeatureData {
  /** Names of the feature columns, from the header; undefined without one. */
  featureNames: string[] | undefined;
  /** One row of numbers per example. */
  features: number[][];
  /** The 1-based line of every example. */
  lines: number[];
}

/** Splits CSV text into trimmed cells, finds the header, checks every row has the same length. */
export function parseCsv(text: string, options: CsvOptions = {}): CsvTable {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length === 0) throw new InvalidArgumentError('CSV delimiter', 'must not be empty');
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const rows: string[][] = [];
  const lines: number[] = [];
  physical.forEach((line, i) => {
    if (line.trim() === '') return;
    rows.push(splitCells(line, delimiter, i + 1));
    lines.push(i + 1);
  });
  if (rows.length === 0) throw new DataFormatError(1, 'the file has no rows: give a header (optional) and at least one row of data');
  const headerLine = lines[0]!;
  const hasHeader = options.header === undefined || options.header === 'auto' ? looksLikeHeader(rows[0]!) : options.header;
  const header = hasHeader ? rows.shift() : undefined;
  if (hasHeader) lines.shift();
  if (rows.length === 0) throw new DataFormatError(physical.length, 'the file has a header but no rows of data');
  checkRectangular(header ?? rows[0]!, headerLine, rows, lines);
  return { header, headerLine, rows, lines };
}

/** Reads features and class labels from CSV text (see the module notes for labels). */
export function readLabelledCsv(text: string, options: LabelledCsvOptions = {}): LabelledData {
  const table = parseCsv(text, options);
  const width = table.rows[0]!.length;
  if (options.featureCount !== undefined && width !== options.featureCount + 1) {
    throw new DataFormatError(
      table.headerLine,
      `has ${width} columns but ${options.featureCount} features and a label (${options.featureCount + 1} columns) are expected`,
    );
  }
  const labelColumn = resolveColumn(options.label ?? -1, table, 'label column');
  if (width < 2) throw new DataFormatError(table.headerLine, 'needs at least one feature column besides the label column');
  const featureColumns = otherColumns(width, labelColumn);
  const labelCells = table.rows.map((row) => row[labelColumn]!);
  const { labels, classLabels } = numberLabels(labelCells, table.lines, options);
  return {
    featureNames: table.header && featureColumns.map((c) => table.header![c]!),
    labelName: table.header?.[labelColumn],
    featureColumns,
    features: readNumbers(table, featureColumns),
    labels,
    classLabels,
    lines: table.lines,
  };
}

/** Reads rows of features from CSV text, dropping a label column if there is one (see `FeatureCsvOptions`). */
export function readFeatureCsv(text: string, options: FeatureCsvOptions = {}): FeatureData {
  const table = parseCsv(text, options);
  const width = table.rows[0]!.length;
  const { featureCount } = options;
  let dropped: number | undefined;
  if (options.label !== undefined) dropped = resolveColumn(options.label, table, 'label column');
  else if (featureCount !== undefined && width === featureCount + 1) dropped = width - 1;
  const featureColumns = dropped === undefined ? otherColumns(width) : otherColumns(width, dropped);
  if (featureCount !== undefined && featureColumns.length !== featureCount) {
    throw new DataFormatError(
      table.headerLine,
      `has ${width} columns but ${featureCount} features are expected (give ${featureCount} feature columns, and optionally a label column)`,
    );
  }
  return {
    featureNames: table.header && featureColumns.map((c) => table.header![c]!),
    features: readNumbers(table, featureColumns),
    lines: table.lines,
  };
}

/** `readLabelledCsv` on the file at `path`. @throws InputFileError when it cannot be read. */
export async function loadLabelledCsv(path: string, options: LabelledCsvOptions = {}): Promise<LabelledData> {
  return readLabelledCsv(await readTextFile(path), options);
}

/** `readFeatureCsv` on the file at `path`. @throws InputFileError when it cannot be read. */
export async function loadFeatureCsv(path: string, options: FeatureCsvOptions = {}): Promise<FeatureData> {
  return readFeatureCsv(await readTextFile(path), options);
}

/** The book's row format: each example's features followed by its class index (for `trainEpochs`, `Normalization`). */
export function labelledRows(data: Pick<LabelledData, 'features' | 'labels'>): number[][] {
  return data.features.map((row, i) => [...row, data.labels[i]!]);
}

// --- cells -----------------------------------------------------------------

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Whether a trimmed cell is a decimal number (no hex, no '', no 'NaN' or 'Infinity'). */
function isNumeric(cell: string): boolean {
  return NUMBER.test(cell);
}

/** A header is a first row with no number in it. */
function looksLikeHeader(firstRow: readonly string[]): boolean {
  return !firstRow.some(isNumeric);
}

/** The cells of one line: trimmed, or the inside of "…" with "" read as ". */
function splitCells(line: string, delimiter: string, lineNumber: number): string[] {
  const cells: string[] = [];
  let start = 0;
  for (;;) {
    const cell = readCell(line, start, delimiter, lineNumber);
    cells.push(cell.value);
    if (cell.end >= line.length) return cells;
    start = cell.end + delimiter.length;
  }
}

/** The cell starting at `start` and the index where it ends (its delimiter, or the line's end). */
function readCell(line: string, start: number, delimiter: string, lineNumber: number): { value: string; end: number } {
  const stop = (from: number): number => {
    const at = line.indexOf(delimiter, from);
    return at === -1 ? line.length : at;
  };
  const end = stop(start);
  const raw = line.slice(start, end);
  if (!raw.trimStart().startsWith('"')) return { value: raw.trim(), end };

  let i = line.indexOf('"', start) + 1;
  let value = '';
  for (;;) {
    const quote = line.indexOf('"', i);
    if (quote === -1) throw new DataFormatError(lineNumber, 'a quoted cell is not closed: add the closing "');
    value += line.slice(i, quote);
    if (line[quote + 1] === '"') {
      value += '"';
      i = quote + 2;
    } else {
      i = quote + 1;
      break;
    }
  }
  const after = stop(i);
  if (line.slice(i, after).trim() !== '') {
    throw new DataFormatError(lineNumber, `unexpected text after a quoted cell: '${line.slice(i, after).trim()}'`);
  }
  return { value, end: after };
}

function checkRectangular(first: readonly string[], firstLine: number, rows: readonly string[][], lines: readonly number[]): void {
  rows.forEach((row, r) => {
    if (row.length !== first.length) {
      throw new DataFormatError(
        lines[r]!,
        `has ${row.length} cells but line ${firstLine} has ${first.length}: every row needs the same number of columns`,
      );
    }
  });
}

/** The cells of `columns` in every row, as finite numbers. */
function readNumbers(table: CsvTable, columns: readonly number[]): number[][] {
  return table.rows.map((row, r) =>
    columns.map((c) => {
      const cell = row[c]!;
      const where = `column ${c + 1}${table.header ? ` (${table.header[c]})` : ''}`;
      if (!isNumeric(cell)) {
        throw new DataFormatError(table.lines[r]!, `${where}: '${cell}' is not a number`);
      }
      const value = Number(cell);
      if (!Number.isFinite(value)) throw new DataFormatError(table.lines[r]!, `${where}: ${cell} is too large to be a finite number`);
      return value;
    }),
  );
}

// --- columns ---------------------------------------------------------------

/** The 0-based index of `ref` in the table's rows. @throws UnknownColumnError */
function resolveColumn(ref: ColumnRef, table: CsvTable, what: string): number {
  const width = table.rows[0]!.length;
  if (typeof ref === 'string') {
    const index = table.header?.indexOf(ref) ?? -1;
    if (index === -1) throw new UnknownColumnError(what, ref, width, table.header);
    return index;
  }
  const index = ref < 0 ? width + ref : ref;
  if (!Number.isInteger(ref) || index < 0 || index >= width) throw new UnknownColumnError(what, ref, width, table.header);
  return index;
}

/** 0..width−1 without `skip`. */
function otherColumns(width: number, skip?: number): number[] {
  const columns: number[] = [];
  for (let c = 0; c < width; c++) if (c !== skip) columns.push(c);
  return columns;
}

// --- labels ----------------------------------------------------------------

function numberLabels(
  cells: readonly string[],
  lines: readonly number[],
  options: LabelledCsvOptions,
): { labels: number[]; classLabels: string[] } {
  cells.forEach((cell, r) => {
    if (cell === '') throw new DataFormatError(lines[r]!, 'the label is empty');
  });
  if (options.classLabels !== undefined) return labelsByKnownClasses(cells, lines, options.classLabels);
  if (cells.every(isNumeric)) return labelsByValue(cells);
  return labelsByName(cells, options.classOrder ?? 'appearance');
}

/** Numeric labels: class k is the k-th smallest value, named by its shortest form ("1.0" → "1"). */
function labelsByValue(cells: readonly string[]): { labels: number[]; classLabels: string[] } {
  const values = cells.map(Number);
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const index = new Map(distinct.map((v, k) => [v, k]));
  return { labels: values.map((v) => index.get(v)!), classLabels: distinct.map(String) };
}

function labelsByName(cells: readonly string[], order: 'appearance' | 'sorted'): { labels: number[]; classLabels: string[] } {
  const distinct = [...new Set(cells)];
  if (order === 'sorted') distinct.sort(); // by UTF-16 code units: the same on every machine
  const index = new Map(distinct.map((name, k) => [name, k]));
  return { labels: cells.map((c) => index.get(c)!), classLabels: distinct };
}

function labelsByKnownClasses(
  cells: readonly string[],
  lines: readonly number[],
  classLabels: readonly string[],
): { labels: number[]; classLabels: string[] } {
  const labels = cells.map((cell, r) => {
    let k = classLabels.indexOf(cell);
    if (k === -1 && isNumeric(cell)) k = classLabels.findIndex((name) => isNumeric(name) && Number(name) === Number(cell));
    if (k === -1) throw new DataFormatError(lines[r]!, `label '${cell}' is not one of the classes ${classLabels.join(', ')}`);
    return k;
  });
  return { labels, classLabels: [...classLabels] };
}
