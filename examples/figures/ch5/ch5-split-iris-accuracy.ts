// Chapter 5, Data Classification — the train/test split results: iris cut at 0.8
// gives a test accuracy of 0.9, cut at 0.7 gives 0.0, because the rows are
// ordered by class; the exercise's cuts and a shuffled cut beside them.
import { shuffleRows } from '../../../src/io/index.js';
import { type PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { irisRows } from './data.js';
import { splitResult, type SplitResult } from './split.js';

/** The chapter's two cuts (its numbers), then its exercise's three. */
const CUTS = [0.8, 0.7, 0.6, 0.5, 0.4];
/** What the book states for its cuts; the exercise's it leaves to the reader. */
const BOOK_ACCURACY: Readonly<Record<number, number>> = { 0.8: 0.9, 0.7: 0 };

const TEXT = {
  caption: 'Test accuracy of the 4-6-3 iris network trained 1000 epochs on the first rows and tested on the last, for several cuts',
  source: 'The chapter’s train/test split script and its exercise; the book prints two accuracies and draws no figure.',
  title: 'Iris: test accuracy by training fraction',
  yLabel: 'test accuracy',
  category: (cut: string, shuffled: boolean) => (shuffled ? `cut ${cut}, shuffled` : `cut ${cut}`),
  quantities: {
    cut: (cut: string, training: string, test: string, classes: string) =>
      `cut ${cut}: ${training} rows train (setosa, versicolor, virginica: ${classes}), ${test} test`,
    shuffled: (cut: string) => `cut ${cut} after shuffling with Random(42)`,
  },
  book: { exercise: 'left as an exercise', nothing: '“shuffle the data”, no number' },
  accuracy: (accuracy: string, correct: string, test: string) => `${accuracy} (${correct} of ${test})`,
  notes: {
    script:
      'As the chapter’s script: training size round(150 · cut) and test size round(150 · (1 − cut)) with Pharo’s rounding, the test rows taken from the end, the accuracy rounded to 2 decimals, and the chapter’s `train:nbEpochs:` of that point, which does not normalise (`trainEpochsWithoutNormalization`), 1000 epochs.',
    order:
      'Iris is ordered by class (50 setosa, 50 versicolor, 50 virginica), so every test set here is all virginica, which the training set has fewer and fewer of: at cut 0.7 only 5 virginica rows train, and none of the 45 test rows is recognised. The book’s fix is to shuffle first; the last bar does that with the book’s seeded generator.',
  },
};

/** A cut of the rows in the file's order, or of the rows shuffled by `new Random(42)` first (the book's fix). */
type Case = SplitResult & { shuffled: boolean };

export const figure: FigureScript<{ results: Case[] }, typeof TEXT> = {
  id: 'ch5-split',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const iris = irisRows();
    const results: Case[] = [
      ...CUTS.map((cut) => ({ ...splitResult(iris, cut), shuffled: false })),
      { ...splitResult(shuffleRows(iris, 42), 0.8), shuffled: true },
    ];
    const png = await plot.bars({
      title: text.title,
      yLabel: text.yLabel,
      categories: results.map((r) => text.category(fmt(r.cut), r.shuffled)),
      series: [{ values: results.map((r) => r.accuracy) }],
      valueAxis: { max: 1.04, stepSize: 0.1 },
      valueLabel: (value) => fmt(value),
    });
    const accuracy = (r: Case) => text.accuracy(fmt(r.accuracy), fmt(r.correct), fmt(r.testRows));
    return {
      png,
      numbers: results.map((r) => ({
        quantity: r.shuffled
          ? text.quantities.shuffled(fmt(r.cut))
          : text.quantities.cut(fmt(r.cut), fmt(r.trainingRows), fmt(r.testRows), r.trainingClasses.map((n) => fmt(n)).join(', ')),
        book: r.shuffled ? text.book.nothing : r.cut in BOOK_ACCURACY ? fmt(BOOK_ACCURACY[r.cut]!) : text.book.exercise,
        ours: accuracy(r),
      })),
      notes: [text.notes.script, text.notes.order],
      data: { results },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
