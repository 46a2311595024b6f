// Chapter 1, The Perceptron Model — fig:simpleLine: 500 random points, red above the line f(x) = −2x − 3, blue below.
import { isMain } from '../../shared/is-main.js';
import { defineFigure, fmt } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { pointsAroundTheLine, SIDES_TEXT, SIDES_TEXT_ZH } from './perceptron-data.js';

const TEXT = {
  ...SIDES_TEXT,
  caption: '500 random points of the grid −24..25, red when y > f(x) = −2x − 3, blue otherwise',
  title: 'Points above (red) and below (blue) f(x) = −2x − 3',
  quantities: { sides: 'points above the line (red) / below it (blue)' },
  notes: {
    seeded:
      'The book draws the points with the unseeded `50 atRandom - 25`, so its picture changes at every run; we draw x then y of each point with `new Random(42).nextInt(50) - 25` (values −24..25), so ours is always the same.',
  },
};

const TEXT_ZH: typeof TEXT = {
  ...SIDES_TEXT_ZH,
  caption: '网格 −24..25 上的 500 个随机点：y > f(x) = −2x − 3 的为红色，其余为蓝色',
  title: 'f(x) = −2x − 3 上方（红）与下方（蓝）的点',
  quantities: { sides: '直线上方的点（红）/ 下方的点（蓝）' },
  notes: {
    seeded:
      '书中用不带种子的 `50 atRandom - 25` 取点，所以每次运行的图都不一样；我们用 `new Random(42).nextInt(50) - 25`（取值 −24..25）依次取每个点的 x 和 y，所以每次得到的图都相同。',
  },
};

export const figure = defineFigure({
  id: 'ch1-fig11',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute: pointsAroundTheLine,
  draw(plot, points, text) {
    return plot.classification({ title: text.title, points, classNames: [text.below, text.above] });
  },
  report(points, text) {
    const above = points.classes.filter((k) => k === 1).length;
    return {
      numbers: [{ quantity: text.quantities.sides, ours: `${fmt(above)} / ${fmt(points.xs.length - above)}` }],
      notes: [text.notes.seeded],
    };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
