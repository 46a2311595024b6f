// Chapter 1, The Perceptron Model — fig:simpleLine2: the points of fig:simpleLine with the red line of f(x) = −2x − 3.
import { isMain } from '../../shared/is-main.js';
import { defineFigure } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { fLine, pointsAroundTheLine, RED_LINE, SIDES_TEXT, SIDES_TEXT_ZH } from './perceptron-data.js';

const TEXT = {
  ...SIDES_TEXT,
  caption: 'The points of ch1-fig11 with the red line f(x) = −2x − 3 for x = −15..15 (step 0.1) separating them',
  title: 'Points separated by f(x) = −2x − 3',
  notes: { samePoints: 'The same 500 seeded points as ch1-fig11 (see its note on the seed).' },
};

const TEXT_ZH: typeof TEXT = {
  ...SIDES_TEXT_ZH,
  caption: 'ch1-fig11 的点，以及把它们分开的红色直线 f(x) = −2x − 3（x = −15..15，步长 0.1）',
  title: '被 f(x) = −2x − 3 分开的点',
  notes: { samePoints: '与 ch1-fig11 相同的 500 个带种子的点（种子的说明见该图）。' },
};

export const figure = defineFigure({
  id: 'ch1-fig12',
  text: TEXT,
  translations: { 'zh-CN': TEXT_ZH },
  compute() {
    return { points: pointsAroundTheLine(), line: fLine() };
  },
  draw(plot, { points, line }, text) {
    return plot.classification({
      title: text.title,
      points,
      classNames: [text.below, text.above],
      boundary: { ...line, name: text.line, color: RED_LINE },
    });
  },
  report(_, text) {
    return { numbers: [], notes: [text.notes.samePoints] };
  },
});

if (isMain(import.meta.url)) await renderStandalone(figure);
