// What every figure script is: one figure of the printed book (or one of our own),
// rendered to PNG, with the numbers the book states beside ours. A script is three
// steps: `compute` (the experiment, in no language), then `draw` and `report` (the
// chart, and the numbers and notes, in the words of a text record). Every string a
// reader sees lives in the script's text record, English in `text` and each
// translation in `translations`, records of one shape, so that `npm run figures`
// computes a figure once and speaks of it in every language.
import { formatNumber, type PlotService } from '../../src/plot/index.js';

/** The languages of the figures: English, in which the scripts are written, and Simplified Chinese. */
export const LANGUAGES = ['en', 'zh-CN'] as const;

/** One of `LANGUAGES`. */
export type Language = (typeof LANGUAGES)[number];

/** A figure's text records in the languages other than English, each of the English record's shape. */
export type Translations<Text> = Readonly<Record<Exclude<Language, 'en'>, Text>>;

/**
 * The strings of one figure a reader sees. Each script's own record extends this
 * with its chart title, axis and legend labels, the names of the quantities it
 * reports, what the book says of them, and its notes (functions where a note
 * quotes a computed number, already formatted with `fmt`). Drawing and reporting
 * take their strings only from this record.
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

/** What a figure tells beside its chart, in one language. */
export interface FigureReport {
  numbers: ReportedNumber[];
  /** What we changed from the book and why, what is unseeded in the book, etc. */
  notes: string[];
}

/** What rendering a figure gives: the PNG, the numbers, notes, and the data behind it (for tests). */
export interface FigureOutput<Data = unknown> extends FigureReport {
  png: Buffer;
  data: Data;
}

/** A figure script as its author writes it: its id, its words, and its three steps. */
export interface FigureSteps<Data = unknown, Text extends FigureText = FigureText> {
  /**
   * The printed book's id: 'ch4-fig3' is chapter 4's figure 3 (Figure 4-3); our
   * own figures are 'ch4-time', 'notes-…'. Also the PNG's file name. The book's
   * figures, and how their ids follow from the draft files', are in book-figures.ts.
   */
  id: string;
  /** Every string of the figure a reader sees, in English. */
  text: Text;
  /** The same record in every other language. */
  translations: Translations<Text>;
  /** Runs the figure's experiment: everything the chart and the report need, in no language. */
  compute(): Data;
  /** The chart of `data`, in the words of `text`. */
  draw(plot: PlotService, data: Data, text: Text): Promise<Buffer>;
  /** The numbers and notes of `data`, in the words of `text` (cheap: no computing). */
  report(data: Data, text: Text): FigureReport;
}

/** One figure script: its steps, and `render`, which runs them for one language. */
export interface FigureScript<Data = unknown, Text extends FigureText = FigureText> extends FigureSteps<Data, Text> {
  /** Computes, draws and reports the figure in `text` (the English record when omitted). */
  render(plot: PlotService, text?: Text): Promise<FigureOutput<Data>>;
}

/** A figure script from its steps. */
export function defineFigure<Data, Text extends FigureText>(steps: FigureSteps<Data, Text>): FigureScript<Data, Text> {
  return {
    ...steps,
    async render(plot: PlotService, text: Text = steps.text): Promise<FigureOutput<Data>> {
      const data = steps.compute();
      return { png: await steps.draw(plot, data, text), ...steps.report(data, text), data };
    },
  };
}

/** A script's text record in `language`. */
export function textIn<Text>(script: { text: Text; translations: Translations<Text> }, language: Language): Text {
  return language === 'en' ? script.text : script.translations[language];
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
