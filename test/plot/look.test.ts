// What the figures looked wrong with, fixed in the chart builders: each test reads
// the Chart.js configuration a builder makes (the PNGs themselves were looked at).
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'chart.js';
import { DEFAULT_PLOT_DEFAULTS, PlotService, type BarsOptions } from '../../src/plot/index.js';
import { barsChart } from '../../src/plot/charts/bars.js';
import { functionCurvesChart } from '../../src/plot/charts/function-curves.js';
import { learningCurveChart } from '../../src/plot/charts/learning-curve.js';
import { learningCurvePanelCharts } from '../../src/plot/charts/learning-curve-panels.js';
import { lossCurveChart } from '../../src/plot/charts/loss-curve.js';
import { topologyChart } from '../../src/plot/charts/topology.js';
import { functionOpts, learningOpts, lossOpts, PNG_SIGNATURE } from './fixtures.js';

const style = { fontFamily: DEFAULT_PLOT_DEFAULTS.fontFamily!, background: DEFAULT_PLOT_DEFAULTS.background! };
type Scale = { min?: number; max?: number; suggestedMax?: number; ticks: { stepSize?: number; includeBounds?: boolean } };
const scale = (config: { options?: { scales?: unknown } }, id: string) => (config.options!.scales as Record<string, Scale>)[id]!;

describe('dense curves are drawn through every sample (no spikes on steep stretches, no vanishing jumps)', () => {
  it('solid lines are one dash with no gap, which keeps Chart.js off its per-pixel fast path', () => {
    const sets = [
      ...lossCurveChart(lossOpts, style).data.datasets,
      ...learningCurveChart(learningOpts(100), style).data.datasets,
      ...functionCurvesChart(functionOpts, style).data.datasets,
    ];
    for (const set of sets) {
      const dash = (set as { borderDash?: number[] }).borderDash!;
      expect(dash).toHaveLength(2);
      expect(dash[1]).toBe(0);
      expect(dash[0]).toBeGreaterThan(100_000);
    }
  });
});

describe('tick labels', () => {
  type Ticks = { callback?: (value: number) => string };
  const ticks = (config: { options?: { scales?: unknown } }, id: string) => (config.options!.scales as Record<string, { ticks: Ticks }>)[id]!.ticks;

  it('numeric axes write numbers the one way: “−” for minus, no grouping, trailing zeros dropped', () => {
    const label = ticks(lossCurveChart(lossOpts, style), 'y').callback!;
    expect([label(-0.1), label(10000), label(1.0), label(0.30000000000000004)]).toEqual(['−0.1', '10000', '1', '0.3']);
  });

  it('logarithmic axes label the powers of ten only', () => {
    const label = ticks(lossCurveChart({ ...lossOpts, logScale: true }, style), 'y').callback!;
    expect([label(1e-6), label(0.01), label(1), label(100), label(3e-4)]).toEqual(['10⁻⁶', '0.01', '1', '100', '']);
  });

  it('a category axis keeps its names', () => {
    expect(ticks(barsChart({ categories: ['a', 'b'], series: [{ values: [1, 2] }] }, style), 'x').callback).toBeUndefined();
  });
});

describe('learning curves', () => {
  it('the precision axis has headroom above 1 and ticks that stop at 1', () => {
    const y1 = scale(learningCurveChart(learningOpts(10), style), 'y1');
    expect(y1.min).toBe(0);
    expect(y1.max).toBeGreaterThan(1);
    expect(y1.max).toBeLessThan(1.1);
    expect(y1.ticks).toMatchObject({ stepSize: 0.1, includeBounds: false });
  });

  it('names the error and precision series and axes as told', () => {
    const config = learningCurveChart({ ...learningOpts(10), yLabel: 'Fehler', precisionLabel: 'Präzision' }, style);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Fehler', 'Präzision']);
  });

  it('validation series are drawn dashed in the colour of their training series, on the same axes, named as told', () => {
    const opts = learningOpts(10);
    const validation = { validationErrors: Array.from(opts.errors, (e) => e + 0.5), validationPrecisions: Array.from(opts.precisions, (p) => p * 0.9) };
    const sets = learningCurveChart({ ...opts, ...validation }, style).data.datasets as { label: string; borderColor: string; borderDash: number[]; yAxisID: string }[];
    expect(sets.map((d) => d.label)).toEqual(['Error', 'Precision', 'Validation error', 'Validation precision']);
    expect(sets[2]!.borderColor).toBe(sets[0]!.borderColor);
    expect(sets[3]!.borderColor).toBe(sets[1]!.borderColor);
    expect([sets[2]!.yAxisID, sets[3]!.yAxisID]).toEqual(['y', 'y1']);
    expect(sets[2]!.borderDash).toEqual([8, 5]);
    const named = learningCurveChart({ ...opts, ...validation, validationLabels: { error: 'Val. Fehler', precision: 'Val. Präzision' } }, style);
    expect(named.data.datasets.map((d) => d.label).slice(2)).toEqual(['Val. Fehler', 'Val. Präzision']);
    // Empty validation series (a run without validation rows) draw nothing; a wrong length or value is refused.
    expect(learningCurveChart({ ...opts, validationErrors: [], validationPrecisions: [] }, style).data.datasets).toHaveLength(2);
    expect(() => learningCurveChart({ ...opts, validationErrors: [1] }, style)).toThrow(/validationErrors/);
    expect(() => learningCurveChart({ ...opts, validationPrecisions: opts.errors }, style)).toThrow(/validationPrecisions/);
  });

  it("panels with errorScale 'shared' put every error axis on the largest error of all panels", () => {
    const panels = [
      { title: 'a', errors: [120, 50, 3], precisions: [0, 0.5, 1] },
      { title: 'b', errors: [60, 2, 1], precisions: [0, 1, 1] },
    ];
    const size = { width: 400, height: 300 };
    const shared = learningCurvePanelCharts({ panels, errorScale: 'shared' }, style, size).charts;
    expect(shared.map((c) => scale(c, 'y').suggestedMax)).toEqual([120, 120]);
    const own = learningCurvePanelCharts({ panels }, style, size).charts;
    expect(own.map((c) => scale(c, 'y').suggestedMax)).toEqual([undefined, undefined]);
  });
});

describe('bars', () => {
  const timing: BarsOptions = {
    categories: ['GD 3000', 'GD 1000'],
    series: [{ name: 'book', values: [27.5, 9.2], estimated: [false, true] }],
    valueLabel: (v, estimated) => `${estimated ? '≈ ' : ''}${v} s`,
  };

  it('an estimated bar is left empty for the hatching plugin, which draws it with a dashed outline', () => {
    const config = barsChart(timing, style) as unknown as { data: { datasets: { backgroundColor: string[]; borderWidth: number[] }[] }; plugins: Plugin[] };
    const [set] = config.data.datasets;
    expect(set!.backgroundColor[1]).toBe('rgba(0, 0, 0, 0)');
    expect(set!.backgroundColor[0]).not.toBe('rgba(0, 0, 0, 0)');
    expect(set!.borderWidth).toEqual([1, 0]);
    expect(config.plugins.map((p) => p.id)).toContain('agileNeuronsBarEstimates');
  });

  it('renders, and refuses estimate flags that do not match the categories', async () => {
    const plot = new PlotService(DEFAULT_PLOT_DEFAULTS);
    expect([...(await plot.bars(timing)).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    await expect(plot.bars({ ...timing, series: [{ name: 'book', values: [1, 2], estimated: [true] }] })).rejects.toThrow(/estimated has 1 values but categories has 2/);
  });
});

describe('topology captions', () => {
  it('are English counts and roles by default, or one given caption per column', async () => {
    expect(() => topologyChart({ layerSizes: [3, 3, 2], columnCaptions: [{ count: 'x', role: 'y' }] }, style)).toThrow(/one caption per column \(3\), got 1/);
    const plot = new PlotService(DEFAULT_PLOT_DEFAULTS);
    const captions = [{ count: '3 Eingaben', role: 'Eingabe' }, { count: '3 Neuronen', role: 'verborgen' }, { count: '2 Neuronen', role: 'Ausgabe' }];
    expect([...(await plot.topology({ layerSizes: [3, 3, 2], columnCaptions: captions })).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  });
});
