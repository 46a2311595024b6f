// The companion notes: the zig-zag of updates when every input is positive
// (sigmoid outputs) against zero-centred inputs (tanh), a sigmoid output unit
// under the squared error and the cross-entropy, and the bound σ′ ≤ 0.25. The
// experiments are the note figures' own (examples/figures/notes).
import { SigmoidAF, TanhAF } from '../../../../src/index.js';
import { functionCurvesChart } from '../../../../src/plot/charts/function-curves.js';
import { parameterPathChart } from '../../../../src/plot/charts/parameter-path.js';
import type { ScatterConfig } from '../../../../src/plot/chart-options.js';
import { markerSet } from '../../../../src/plot/datasets.js';
import { paletteColor, RED, TEXT_GREY } from '../../../../src/plot/palette.js';
import { contourLevels, EPSILON, LEARNING_RATE, W_STAR, zigzagRun, type ZigzagRun } from '../../../../examples/figures/notes/zigzag.js';
import { lossOfUnit, lossSlopeOfUnit, OUTPUT_LOSSES, sigmoid, sigmoidSlope, zGrid } from '../../../../examples/figures/notes/sigmoid-unit.js';
import { messages, onLanguageChange } from '../../i18n/language.js';
import { controls, readout, select, slider } from '../../ui/controls.js';
import { h, section, workbench } from '../../ui/dom.js';
import { formatNumber } from '../../ui/format.js';
import { LAB_STYLE, LiveChart } from '../../ui/live-chart.js';
import { TrainingDriver } from '../../ui/training-driver.js';
import { labPage, type LabPage, type PageEntry } from '../page.js';

export const NOTES_PAGE: PageEntry = { id: 'notes', title: (m) => m.pages.notes, build: notesPage };

function notesPage(): LabPage {
  const zigzag = zigzagSection();
  const parts = [zigzag, outputUnitSection(), slopeSection()];
  return labPage(
    'notes',
    parts.map((part) => part.element),
    { draw: () => parts.forEach((part) => part.draw()), pause: () => zigzag.driver.pause() },
  );
}

/** Both cases of the zig-zag experiment, their paths revealed update by update. */
function zigzagSection() {
  const cases = [
    { key: 'positive', run: zigzagRun(new SigmoidAF()), color: paletteColor(RED), chart: new LiveChart('chart square') },
    { key: 'centred', run: zigzagRun(new TanhAF()), color: paletteColor(0), chart: new LiveChart('chart square') },
  ] as const;
  const longest = Math.max(...cases.map((c) => c.run.steps));
  let shown = 0;
  const updates = readout({ id: 'zigzag-updates', label: (m) => m.notes.updatesShown });
  const needed = cases.map((c) => readout({ id: `zigzag-${c.key}-steps`, label: (m) => m.notes.updatesNeeded[c.key] }));

  const draw = () => {
    const t = messages().notes;
    updates.set(shown);
    cases.forEach((c, i) => {
      const k = Math.min(shown, c.run.steps);
      needed[i]!.set(c.run.steps);
      c.chart.show(zigzagChart(c.run, k, c.color, t.zigzagTitles[c.key], t));
      c.chart.describe(t.zigzagTitles[c.key]);
    });
  };
  const driver = new TrainingDriver(
    {
      remaining: () => longest - shown,
      advance: (n) => {
        shown += n;
      },
      reset: () => {
        shown = 0;
      },
      draw,
    },
    'zigzag',
    { speed: '10' },
  );
  onLanguageChange(draw);
  const element = section(
    'zigzag',
    (m) => m.notes.zigzagHeading,
    (m) => m.notes.zigzagExplanation(formatNumber(LEARNING_RATE), formatNumber(EPSILON)),
    workbench(
      [controls(driver.speedControl), driver.toolbar, driver.status, h('div', { class: 'readouts' }, updates.element, ...needed.map((n) => n.element))],
      cases.map((c) => c.chart.element),
    ),
  );
  return { element, draw, driver };
}

/** A zig-zag run's first `k` updates over the iso-lines of its mean loss. */
function zigzagChart(run: ZigzagRun, k: number, color: string, title: string, t: ReturnType<typeof messages>['notes']): ScatterConfig {
  return parameterPathChart(
    {
      title,
      xLabel: 'w0',
      yLabel: 'w1',
      paths: [
        { name: t.path, w0s: run.w0s.slice(0, k + 1), w1s: run.w1s.slice(0, k + 1), color },
        { name: t.optimum, w0s: [W_STAR[0]], w1s: [W_STAR[1]], color: 'rgb(20, 20, 20)' },
      ],
      contours: { ...run.contours, levels: contourLevels(run) },
      markerLabels: { start: t.start, direction: t.direction },
    },
    LAB_STYLE,
  );
}

/** The loss of a sigmoid output unit, and its slope, under MSE and cross-entropy as z moves. */
function outputUnitSection() {
  const zs = zGrid(10, 20);
  const z = slider({ id: 'output-z', label: () => 'z', hint: (m) => m.notes.zHint, min: -10, max: 10, step: 0.05, value: -4, onInput: () => draw() });
  const target = select<'1' | '0'>({
    id: 'output-target',
    label: (m) => m.notes.target,
    options: [
      { value: '1', text: () => 'y = 1' },
      { value: '0', text: () => 'y = 0' },
    ],
    value: '1',
    onChange: () => draw(),
  });
  const output = readout({ id: 'output-o', label: () => 'o = σ(z)' });
  const perLoss = OUTPUT_LOSSES.map(({ key, loss }) => ({
    loss,
    value: readout({ id: `output-${key}-loss`, label: (m) => m.notes.lossOf[key] }),
    slope: readout({ id: `output-${key}-slope`, label: (m) => m.notes.slopeOf[key] }),
  }));
  const lossChart = new LiveChart();
  const slopeChart = new LiveChart();

  const draw = () => {
    const t = messages().notes;
    const at = z.value();
    const y = Number(target.value());
    output.set(sigmoid.eval(at));
    for (const { loss, value, slope } of perLoss) {
      value.set(lossOfUnit(loss, at, y));
      slope.set(lossSlopeOfUnit(loss, at, y));
    }
    for (const [chart, of, title, yLabel] of [
      [lossChart, lossOfUnit, t.lossTitle, t.lossAxis],
      [slopeChart, lossSlopeOfUnit, t.slopeTitle, t.slopeAxis],
    ] as const) {
      const config = functionCurvesChart(
        { title, xLabel: t.zAxis, yLabel, xs: zs, curves: OUTPUT_LOSSES.map(({ key, loss }) => ({ name: t.losses[key], ys: zs.map((v) => of(loss, v, y)) })) },
        LAB_STYLE,
      );
      OUTPUT_LOSSES.forEach(({ loss }, i) => config.data.datasets.push(marker(at, of(loss, at, y), paletteColor(i))));
      chart.show(config);
      chart.describe(title);
    }
  };
  onLanguageChange(draw);
  const element = section(
    'output-unit',
    (m) => m.notes.outputHeading,
    (m) => m.notes.outputExplanation,
    workbench([controls(z.element, target.element), h('div', { class: 'readouts' }, output.element, ...perLoss.flatMap((l) => [l.value.element, l.slope.element]))], [lossChart.element, slopeChart.element]),
  );
  return { element, draw };
}

/** σ and σ′ with the bound σ′ ≤ 0.25, and what it makes of a gradient through several sigmoid layers. */
function slopeSection() {
  const zs = zGrid(8, 20);
  const z = slider({ id: 'slope-z', label: () => 'z', hint: (m) => m.notes.zHint, min: -8, max: 8, step: 0.05, value: 2, onInput: () => draw() });
  const layers = slider({ id: 'slope-layers', label: (m) => m.notes.layers, hint: (m) => m.notes.layersHint, min: 1, max: 10, step: 1, value: 3, onInput: () => draw() });
  const slope = readout({ id: 'slope-value', label: () => 'σ′(z) = o·(1 − o)' });
  const bound = readout({ id: 'slope-bound', label: (m) => m.notes.bound });
  const chart = new LiveChart();

  const draw = () => {
    const t = messages().notes;
    const at = z.value();
    slope.set(sigmoidSlope(at));
    bound.set(0.25 ** layers.value());
    const config = functionCurvesChart(
      {
        title: t.slopeChartTitle,
        xLabel: 'z',
        yLabel: t.slopeChartAxis,
        xs: zs,
        curves: [
          { name: 'σ(z)', ys: zs.map((v) => sigmoid.eval(v)) },
          { name: 'σ′(z)', ys: zs.map(sigmoidSlope) },
          { name: t.quarter, ys: zs.map(() => 0.25), color: TEXT_GREY },
        ],
      },
      LAB_STYLE,
    );
    config.data.datasets.push(marker(at, sigmoid.eval(at), paletteColor(0)), marker(at, sigmoidSlope(at), paletteColor(1)));
    chart.show(config);
    chart.describe(t.slopeChartTitle);
  };
  onLanguageChange(draw);
  const element = section(
    'slope',
    (m) => m.notes.slopeHeading,
    (m) => m.notes.slopeExplanation,
    workbench([controls(z.element, layers.element), h('div', { class: 'readouts' }, slope.element, bound.element)], [chart.element]),
  );
  return { element, draw };
}

/** A marker at (x, y) that the legend leaves out. */
function marker(x: number, y: number, color: string) {
  return { ...markerSet({ label: '', data: [{ x, y }], color, border: 'rgb(20, 20, 20)', radius: 6 }), borderWidth: 2 };
}
