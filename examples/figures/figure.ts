// What every figure script is: one book figure (or one of our theory notes),
// rendered to PNG, with the numbers the book reports beside ours.
import type { PlotService } from '../../src/plot/index.js';

/** A number the book states about a figure, next to the one we computed. */
export interface ReportedNumber {
  quantity: string;
  /** What the book says ('–' where it says nothing). */
  book: string;
  ours: string;
}

/** What rendering a figure gives: the PNG, the numbers, notes, and the data behind it (for tests). */
export interface FigureOutput<Data = unknown> {
  png: Buffer;
  numbers: ReportedNumber[];
  /** What we changed from the book and why, what is unseeded in the book, etc. */
  notes: string[];
  data: Data;
}

/** One figure script. */
export interface FigureScript<Data = unknown> {
  /** Stable id, e.g. 'ch5-fig3'; also the PNG's file name stem. */
  id: string;
  /** Where in the book, e.g. 'Chapter 5, Theory on Learning — fig:gradientDescent'. */
  bookRef: string;
  /** One-line caption: what the figure shows. */
  caption: string;
  render(plot: PlotService): Promise<FigureOutput<Data>>;
}

/** Formats a number for the report tables. */
export function fmt(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e6)) return value.toExponential(digits - 1);
  return Number(value.toFixed(digits)).toString();
}
