/** Loss (or any metric) against iteration, one line per series, optionally on a log scale. */
import { axis, chartConfig, wantsLegend, type BaseChartOptions, type PlotStyle, type ScatterConfig } from '../chart-options.js';
import { countingXs, lineSet, toPoints } from '../datasets.js';
import { paletteColor } from '../palette.js';
import { checkList, checkPairs, checkValues, seriesLabel } from '../series-checks.js';
import { evenIndices, pick } from '../subsample.js';

/** One curve of a loss chart. */
export interface LossSeries {
  name?: string;
  values: ArrayLike<number>;
  /** x of each value, increasing; `1..n` when omitted. */
  xs?: ArrayLike<number>;
  color?: string;
}

/** Options of `PlotService.lossCurve`. */
export interface LossCurveOptions extends BaseChartOptions {
  series: LossSeries[];
  /** Logarithmic y axis; every value must then be > 0. */
  logScale?: boolean;
}

// More points than pixels only slows drawing down; 4000 keeps 5k-wide figures exact.
const MAX_DRAWN = 4000;

/** Chart.js configuration of a loss chart; throws `PlotDataError` on bad series. */
export function lossCurveChart(opts: LossCurveOptions, style: PlotStyle): ScatterConfig {
  checkList('lossCurve: series', opts.series);
  const datasets = opts.series.map((s, i) => {
    const label = seriesLabel('lossCurve', 'series', i, s?.name);
    checkValues(label, 'values', s?.values, { positive: opts.logScale === true });
    const xs = s.xs ?? countingXs(s.values.length);
    if (s.xs !== undefined) checkPairs(label, s.xs, s.values, ['xs', 'values']);
    const kept = evenIndices(s.values.length, MAX_DRAWN);
    return lineSet({
      label: s.name ?? `series ${i + 1}`,
      data: toPoints(pick(xs, kept), pick(s.values, kept)),
      color: s.color ?? paletteColor(i),
      // A lone value would be invisible as a line.
      markerRadius: s.values.length === 1 ? 4 : 0,
    });
  });
  return chartConfig(style, {
    title: opts.title,
    datasets,
    scales: {
      x: axis(style, { title: opts.xLabel ?? 'Iteration', position: 'bottom' }),
      y: axis(style, { title: opts.yLabel ?? 'Loss', type: opts.logScale ? 'logarithmic' : 'linear' }),
    },
    legend: wantsLegend(opts.series.length, opts.series.some((s) => s.name !== undefined)),
  });
}
