// Every figure of the book's seven neural-network chapters (36), under the
// printed edition's numbers, with what we do with it: reproduce it from data,
// draw it (a diagram), or nothing (a screenshot of the Pharo IDE, or a circuit
// drawing; the index says in a line what the book shows).
//
// The printed edition (Apress 2020, the one the translations follow) numbers the
// chapters one lower than the book's draft chapter files, which are what the
// book's source and most notes about it use. The printed id of a figure follows
// from its draft id by PRINTED_CHAPTER alone: draft 'ch5-fig3' is printed
// 'ch4-fig3'. To rename a script written with a draft id, give it
// `printedId(draftId)` as its id and move it to examples/figures/<printed chapter>/.

/** Printed chapter of each draft chapter file. */
export const PRINTED_CHAPTER: Readonly<Record<number, number>> = { 2: 1, 3: 2, 4: 3, 5: 4, 6: 5, 7: 6, 8: 7 };

/** The printed id of a draft id: 'ch5-fig3' → 'ch4-fig3', 'ch8-nn-vs-nm' → 'ch7-nn-vs-nm'. */
export function printedId(draftId: string): string {
  const match = /^ch(\d+)-(.+)$/.exec(draftId);
  const printed = match ? PRINTED_CHAPTER[Number(match[1])] : undefined;
  if (printed === undefined) throw new Error(`'${draftId}' is not a draft id of chapters 2..8 (chN-…)`);
  return `ch${printed}-${match![2]}`;
}

/**
 * Chapters whose printed figure numbers we know: there, 'chN-figK' is Figure N-K
 * of the printed book. Elsewhere K is the figure's place in its draft chapter
 * file, which we have not been able to check against the print.
 */
export const CONFIRMED_FIGURE_NUMBERS: readonly number[] = [4];

/** What we do with a figure of the book. */
export type FigureStatus = 'reproduced' | 'drawn' | 'not applicable';

/** A printed chapter. */
export interface Chapter {
  number: number;
  title: string;
}

/** The printed chapters, in order. */
export const CHAPTERS: readonly Chapter[] = [
  { number: 1, title: 'The Perceptron Model' },
  { number: 2, title: 'The Artificial Neuron' },
  { number: 3, title: 'Neural Networks' },
  { number: 4, title: 'Theory on Learning' },
  { number: 5, title: 'Data Classification' },
  { number: 6, title: 'A Matrix Library' },
  { number: 7, title: 'Matrix-Based Neural Networks' },
];

/** One figure of the book. */
export interface BookFigure {
  /** The printed id (also our script's id and PNG name). */
  id: string;
  /** The id of the figure in the book's draft chapter files. */
  draftId: string;
  /** The figure's label in the book's sources, e.g. 'fig:gradientDescent'. */
  label: string;
  /** What we do with it; for a figure 'not applicable', the index says in a line what the book shows (INDEX_TEXT.shows). */
  status: FigureStatus;
}

function figure(draftId: string, label: string, status: FigureStatus): BookFigure {
  return { id: printedId(draftId), draftId, label, status };
}

/** The 36 figures, chapter by chapter, in the book's order. */
export const BOOK_FIGURES: readonly BookFigure[] = [
  figure('ch2-fig1', 'fig:perceptron', 'drawn'),
  figure('ch2-fig2', 'fig:systemBrowser', 'not applicable'),
  figure('ch2-fig3', 'fig:systemBrowserAndMethodWeight', 'not applicable'),
  figure('ch2-fig4', 'fig:playground', 'not applicable'),
  figure('ch2-fig5', 'fig:playgroundAndPerceptron', 'not applicable'),
  figure('ch2-fig6', 'fig:testingPerceptron01', 'not applicable'),
  figure('ch2-fig7', 'fig:runningTests', 'not applicable'),
  figure('ch2-fig8', 'fig:digitalComparator', 'not applicable'),
  figure('ch2-fig9', 'fig:playgroundWithLearningPerceptron', 'not applicable'),
  figure('ch2-fig10', 'fig:exampleGraph', 'reproduced'),
  figure('ch2-fig11', 'fig:simpleLine', 'reproduced'),
  figure('ch2-fig12', 'fig:simpleLine2', 'reproduced'),
  figure('ch2-fig13', 'fig:dotColorPrediction', 'reproduced'),
  figure('ch2-fig14', 'fig:perceptronPrecision', 'reproduced'),
  figure('ch3-fig1', 'fig:stepFunction', 'reproduced'),
  figure('ch3-fig2', 'fig:sigmoidFunction', 'reproduced'),
  figure('ch3-fig3', 'fig:perceptronVsSigmoid', 'reproduced'),
  figure('ch4-fig1', 'fig:generalStructure', 'drawn'),
  figure('ch5-fig1', 'fig:plottingSomePoints', 'reproduced'),
  figure('ch5-fig2', 'fig:pointsAndLine', 'reproduced'),
  figure('ch5-fig3', 'fig:gradientDescent', 'reproduced'),
  figure('ch5-fig4', 'fig:gradientDescent2', 'reproduced'),
  figure('ch5-fig5', 'fig:largerExampleGD', 'reproduced'),
  figure('ch5-fig6', 'fig:largerExampleGD2', 'reproduced'),
  figure('ch5-fig7', 'fig:largerExampleSGD', 'reproduced'),
  figure('ch6-fig1', 'fig:learningCurve', 'reproduced'),
  figure('ch6-fig2', 'fig:networkTopology', 'drawn'),
  figure('ch6-fig3', 'fig:contradictionInData', 'reproduced'),
  figure('ch6-fig4', 'fig:networkOnIris', 'reproduced'),
  figure('ch6-fig5', 'fig:learningRateSingleNeuron', 'reproduced'),
  figure('ch6-fig6', 'fig:learningRateNetwork', 'reproduced'),
  figure('ch6-fig7', 'fig:digitConvertion', 'reproduced'),
  figure('ch6-fig8', 'fig:digitConvertionBiased', 'reproduced'),
  figure('ch6-fig9', 'fig:irisWithNormalization', 'reproduced'),
  figure('ch7-fig1', 'fig:simpleBackpropagation', 'reproduced'),
  figure('ch8-fig1', 'fig:learningMatrixBased', 'reproduced'),
];

/** The printed chapter of a figure id ('ch4-fig3' → 4), or undefined for the companion notes' figures. */
export function chapterOf(id: string): number | undefined {
  const match = /^ch(\d+)-/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** The book figure with this printed id, if it is one. */
export function bookFigure(id: string): BookFigure | undefined {
  return BOOK_FIGURES.find((f) => f.id === id);
}
