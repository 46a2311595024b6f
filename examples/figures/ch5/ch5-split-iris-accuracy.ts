// Chapter 5, Data Classification — the train/test split results: iris cut at 0.8
// gives a test accuracy of 0.9, cut at 0.7 gives 0.0, because the rows are
// ordered by class; the exercise's cuts and a shuffled cut beside them.
import { shuffleRows } from '../../../src/io/index.js';
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
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

const TEXT_ZH: typeof TEXT = {
  caption: '4-6-3 鸢尾花网络用前面的若干行训练 1000 轮、用最后的若干行测试，不同切分比例下的测试准确率',
  source: '本章的训练集/测试集切分脚本及其练习；书中给出了两个准确率，没有画图。',
  title: '鸢尾花：不同训练比例下的测试准确率',
  yLabel: '测试准确率',
  category: (cut: string, shuffled: boolean) => (shuffled ? `切分 ${cut}，先打乱` : `切分 ${cut}`),
  quantities: {
    cut: (cut: string, training: string, test: string, classes: string) =>
      `切分 ${cut}：训练 ${training} 行（setosa、versicolor、virginica 依次为 ${classes} 行），测试 ${test} 行`,
    shuffled: (cut: string) => `用 Random(42) 打乱后按 ${cut} 切分`,
  },
  book: { exercise: '留作练习', nothing: '“打乱数据”，没有数字' },
  accuracy: (accuracy: string, correct: string, test: string) => `${accuracy}（${test} 行中对 ${correct} 行）`,
  notes: {
    script:
      '与本章的脚本一致：训练集大小为 round(150 · cut)，测试集大小为 round(150 · (1 − cut))，按 Pharo 的方式取整，测试行取自末尾，准确率四舍五入到 2 位小数，训练用的是本章当时的 `train:nbEpochs:`，它不做归一化（`trainEpochsWithoutNormalization`），共 1000 轮。',
    order:
      '鸢尾花数据按类别排序（50 行 setosa、50 行 versicolor、50 行 virginica），所以这里每个测试集都全是 virginica，而训练集里的 virginica 越来越少：切分为 0.7 时只有 5 行 virginica 参与训练，45 行测试数据一行也没有认出来。书中的解决办法是先打乱；最后一根柱子就用书中带种子的生成器这样做了。',
  },
};

/** A cut of the rows in the file's order, or of the rows shuffled by `new Random(42)` first (the book's fix). */
type Case = SplitResult & { shuffled: boolean };

export const figure = defineFigure({
  id: 'ch5-split',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    const iris = irisRows();
    const results: Case[] = [
      ...CUTS.map((cut) => ({ ...splitResult(iris, cut), shuffled: false })),
      { ...splitResult(shuffleRows(iris, 42), 0.8), shuffled: true },
    ];
    return { results };
  },
  draw(plot, { results }, text) {
    return plot.bars({
      title: text.title,
      yLabel: text.yLabel,
      categories: results.map((r) => text.category(fmt(r.cut), r.shuffled)),
      series: [{ values: results.map((r) => r.accuracy) }],
      valueAxis: { max: 1.04, stepSize: 0.1 },
      valueLabel: (value) => fmt(value),
    });
  },
  report({ results }, text) {
    const accuracy = (r: Case) => text.accuracy(fmt(r.accuracy), fmt(r.correct), fmt(r.testRows));
    return {
      numbers: results.map((r) => ({
        quantity: r.shuffled
          ? text.quantities.shuffled(fmt(r.cut))
          : text.quantities.cut(fmt(r.cut), fmt(r.trainingRows), fmt(r.testRows), r.trainingClasses.map((n) => fmt(n)).join(', ')),
        book: r.shuffled ? text.book.nothing : r.cut in BOOK_ACCURACY ? fmt(BOOK_ACCURACY[r.cut]!) : text.book.exercise,
        ours: accuracy(r),
      })),
      notes: [text.notes.script, text.notes.order],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
