// Theory on Learning (printed chapter 4): fit the chapter's line by gradient
// descent or mini-batch SGD, watch J fall and (a, b) travel over the contours
// of J, and start again from anywhere by clicking the map.
import labData from 'virtual:lab-data';
import { lossCurveChart } from '../../../../src/plot/charts/loss-curve.js';
import { parameterPathChart } from '../../../../src/plot/charts/parameter-path.js';
import { scatterChart } from '../../../../src/plot/charts/scatter.js';
import { HELPER_GREY } from '../../../../src/plot/palette.js';
import { messages, onLanguageChange } from '../../i18n/language.js';
import { checkbox, controls, numberField, readout, select, slider } from '../../ui/controls.js';
import { h, section, workbench } from '../../ui/dom.js';
import { formatNumber } from '../../ui/format.js';
import { LAB_STYLE, LiveChart } from '../../ui/live-chart.js';
import { TrainingDriver } from '../../ui/training-driver.js';
import { labPage, type LabPage, type PageEntry } from '../page.js';
import { BOOK_LEARNING_RATE, BOOK_START, costGrid, costLevels, costOf, equation, LineFit, type LineFitSettings } from './line-fit.js';

/** The window of (a, b) the sliders and the contour map cover. */
const A_RANGE = [-1, 3] as const;
const B_RANGE = [-1, 4] as const;

const DATA_SETS = {
  four: { data: labData.fourPoints, batchSize: 2 },
  // The chapter's SGD script takes batches of 5 of the 100 points.
  hundred: { data: labData.hundredPoints, batchSize: 5 },
} as const;
type DataSet = keyof typeof DATA_SETS;

export const LEARNING_PAGE: PageEntry = { id: 'learning', title: (m) => m.pages.learning, build: learningPage };

function learningPage(): LabPage {
  let dataSet: DataSet = 'four';
  let fit: LineFit;
  let grid = costGrid(DATA_SETS[dataSet].data, A_RANGE, B_RANGE);
  let levels = costLevels(grid.values);

  const settings = (): LineFitSettings => ({
    data: DATA_SETS[dataSet].data,
    trainer: trainer.value(),
    learningRate: rate.value(),
    iterations: iterations.value(),
    batchSize: Math.min(batch.value(), DATA_SETS[dataSet].data.inputs.length),
    shuffle: shuffle.input.checked,
    start: { a: a.value(), b: b.value() },
  });
  const restart = () => driver.reset();

  const data = select<DataSet>({
    id: 'learning-data',
    label: (t) => t.learning.data,
    hint: (t) => t.learning.dataHint,
    options: [
      { value: 'four', text: (t) => t.learning.fourPoints },
      { value: 'hundred', text: (t) => t.learning.hundredPoints },
    ],
    value: dataSet,
    onChange: (value) => {
      dataSet = value;
      grid = costGrid(DATA_SETS[dataSet].data, A_RANGE, B_RANGE);
      levels = costLevels(grid.values);
      batch.input.value = String(DATA_SETS[dataSet].batchSize);
      restart();
    },
  });
  const a = slider({ id: 'learning-a', label: () => 'a', hint: (t) => t.learning.aHint, min: A_RANGE[0], max: A_RANGE[1], step: 0.01, value: BOOK_START.a, onInput: restart });
  const b = slider({ id: 'learning-b', label: () => 'b', hint: (t) => t.learning.bHint, min: B_RANGE[0], max: B_RANGE[1], step: 0.01, value: BOOK_START.b, onInput: restart });
  const trainer = select<'gd' | 'sgd'>({
    id: 'learning-trainer',
    label: (t) => t.common.trainer,
    options: [
      { value: 'gd', text: (t) => t.common.gd },
      { value: 'sgd', text: (t) => t.common.sgd },
    ],
    value: 'gd',
    onChange: () => {
      showSgdControls();
      restart();
    },
  });
  const rate = numberField({ id: 'learning-rate', label: (t) => t.common.learningRate, min: 0.0001, max: 10, step: 0.001, value: BOOK_LEARNING_RATE, onChange: restart });
  const iterations = numberField({ id: 'learning-iterations', label: (t) => t.learning.iterations, hint: (t) => t.learning.iterationsHint, min: 1, max: 1_000_000, step: 1, value: 1000, onChange: restart });
  const batch = numberField({ id: 'learning-batch', label: (t) => t.common.batchSize, hint: (t) => t.common.batchSizeHint, min: 1, max: 100, step: 1, value: DATA_SETS[dataSet].batchSize, onChange: restart });
  const shuffle = checkbox({ id: 'learning-shuffle', label: (t) => t.common.shuffle, hint: (t) => t.common.shuffleHint, checked: false, onChange: restart });
  const showSgdControls = () => {
    batch.element.hidden = trainer.value() !== 'sgd';
    shuffle.element.hidden = trainer.value() !== 'sgd';
  };
  showSgdControls();

  const iteration = readout({ id: 'learning-iteration', label: (t) => t.learning.iterationDone });
  const aNow = readout({ id: 'learning-a-now', label: () => 'a' });
  const bNow = readout({ id: 'learning-b-now', label: () => 'b' });
  const jNow = readout({ id: 'learning-j-now', label: () => 'J(a, b)', hint: (t) => t.learning.jHint });

  const pointsChart = new LiveChart();
  const costChart = new LiveChart();
  const mapChart = new LiveChart('chart square');
  mapChart.onClick((x, y) => {
    a.set(clamp(round2(x), A_RANGE));
    b.set(clamp(round2(y), B_RANGE));
    restart();
  });

  const draw = () => {
    const t = messages().learning;
    const { inputs, targets } = DATA_SETS[dataSet].data;
    const xs = inputs.map((x) => x[0]!);
    const ys = targets.map((y) => y[0]!);
    const ends = [Math.min(0, ...xs), Math.max(...xs)];
    const start = fit.settings.start;
    const line = { a: fit.model.a, b: fit.model.b };
    iteration.set(fit.iteration);
    aNow.set(line.a);
    bNow.set(line.b);
    jNow.set(fit.cost());
    pointsChart.show(
      scatterChart(
        {
          title: t.pointsTitle,
          xLabel: 'x',
          yLabel: 'y',
          points: [{ name: t.points, xs, ys, radius: dataSet === 'four' ? 6 : 3 }],
          lines: [
            { name: `${t.line}: ${equation(line)}`, xs: ends, ys: ends.map((x) => line.a * x + line.b) },
            { name: `${t.startLine}: ${equation(start)}`, xs: ends, ys: ends.map((x) => start.a * x + start.b), color: HELPER_GREY, dashed: true },
          ],
        },
        LAB_STYLE,
      ),
    );
    const costs = fit.costs();
    const sgd = fit.settings.trainer === 'sgd';
    costChart.show(
      lossCurveChart(
        {
          title: sgd ? t.costTitleSgd : t.costTitle,
          xLabel: sgd ? messages().common.epoch : t.iteration,
          yLabel: sgd ? t.epochCost : 'J(a, b)',
          series: [{ values: costs, xs: costs.map((_, i) => i) }],
        },
        LAB_STYLE,
      ),
    );
    mapChart.show(
      parameterPathChart(
        {
          title: t.mapTitle,
          xLabel: 'a',
          yLabel: 'b',
          paths: [{ name: sgd ? messages().common.sgd : messages().common.gd, w0s: fit.as, w1s: fit.bs }],
          contours: { ...grid, levels },
          markerLabels: { start: t.start, direction: t.direction },
        },
        LAB_STYLE,
      ),
    );
    pointsChart.describe(t.pointsTitle);
    costChart.describe(sgd ? t.costTitleSgd : t.costTitle);
    mapChart.describe(t.mapTitle);
  };

  const driver = new TrainingDriver(
    {
      remaining: () => fit.remaining(),
      advance: (count) => fit.advance(count),
      reset: () => {
        fit = new LineFit(settings());
      },
      draw,
    },
    'learning',
    { speed: '10' },
  );
  fit = new LineFit(settings());
  onLanguageChange(draw);

  const side = [
    controls(data.element, a.element, b.element, trainer.element, rate.element, iterations.element, batch.element, shuffle.element, driver.speedControl),
    driver.toolbar,
    driver.status,
    h('div', { class: 'readouts' }, iteration.element, aNow.element, bNow.element, jNow.element),
    h('p', { class: 'note', text: (t) => t.learning.bookNote(formatNumber(costOf(labData.fourPoints, BOOK_START.a, BOOK_START.b))) }),
  ];
  const fitting = section(
    'learning-fit',
    (t) => t.learning.fitHeading,
    (t) => t.learning.fitExplanation,
    workbench(side, [pointsChart.element, costChart.element, mapChart.element], 'charts with-map'),
  );
  return labPage('learning', [fitting], { draw, pause: () => driver.pause() });
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

function clamp(v: number, [low, high]: readonly [number, number]): number {
  return Math.min(high, Math.max(low, v));
}
