// What every figure script is: one figure of the printed book (or one of our own),
// rendered to PNG, with the numbers the book states beside ours. Every string a
// reader sees lives in the script's text record, so that a translation is one
// more record of the same shape (see FigureText).
import { formatNumber, type PlotService } from '../../src/plot/index.js';

/**
 * The strings of one figure a reader sees. Each script's own record extends this
 * with its chart title, axis and legend labels, the names of the quantities it
 * reports, what the book says of them, and its notes (functions where a note
 * quotes a computed number, already formatted with `fmt`). Render code takes its
 * strings only from this record.
 */
export interface FigureText {
  /** One line: what the figure shows. */
  caption: string;
  /** For a figure that is not one of the book's: where it comes from, in a sentence. */
  source?: string;
  /** For a companion-note figure: the claim it tests, in our words. */
  claim?: string;
}

/** A number reported with a figure: ours, and what the book states about it, if anything. */
export interface ReportedNumber {
  quantity: string;
  /** The book's number or words (quoted “…”); absent where the book says nothing. */
  book?: string;
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
export interface FigureScript<Data = unknown, Text extends FigureText = FigureText> {
  /**
   * The printed book's id: 'ch4-fig3' is chapter 4's figure 3 (Figure 4-3); our
   * own figures are 'ch4-time', 'notes-…'. Also the PNG's file name. The book's
   * figures, and how their ids follow from the draft files', are in book-figures.ts.
   */
  id: string;
  /** Every string of the figure a reader sees. */
  text: Text;
  /** Renders the figure with `text` (the script's own record when omitted). */
  render(plot: PlotService, text?: Text): Promise<FigureOutput<Data>>;
}

/**
 * The one number format of the figures, their charts and their index (stated in
 * the index's preamble): `formatNumber` of the plot module, e.g. 1.4292,
 * 0.012551, 30000, 4.5396 × 10⁻⁵, with “−” for minus.
 */
export const fmt: (value: number, significant?: number) => string = formatNumber;

/** A share in 0..1 as a percentage, '40.4 %' (3 significant digits). */
export function percent(share: number): string {
  return `${fmt(100 * share, 3)} %`;
}

/** Both numbers of a pair: '(1.4292, 1.3906)'. */
export function pair(a: number, b: number): string {
  return `(${fmt(a)}, ${fmt(b)})`;
}
