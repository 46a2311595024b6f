/** Scatter plot of points with optional lines over them (e.g. data and a fitted line). */
import { axis, chartConfig, wantsLegend, type BaseChartOptions, type PlotStyle, type ScatterConfig } from '../chart-options.js';
import { lineSet, markerSet, toPoints } from '../datasets.js';
import { BLUE, RED, paletteColor } from '../palette.js';
import { checkList, checkPairs, seriesLabel } from '../series-checks.js';

/** A set of unconnected points. */
export interface PointSeries {
  name?: string;
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  /** CSS colour; the book's red for the first set. */
  color?: string;
  /** Marker radius in pixels (default 4). */
  radius?: number;
}

/** A polyline drawn over the points, without markers. */
export interface LineSeries {
  name?: string;
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  /** CSS colour; the book's blue for the first line. */
  color?: string;
  dashed?: boolean;
}

/** Options of `PlotService.scatter`. */
export interface ScatterOptions extends BaseChartOptions {
  points: PointSeries[];
  lines?: LineSeries[];
}

/** Chart.js configuration of a scatter plot; throws `PlotDataError` on bad series. */
export function scatterChart(opts: ScatterOptions, style: PlotStyle): ScatterConfig {
  checkList('scatter: points', opts.points);
  const lines = opts.lines ?? [];
  opts.points.forEach((s, i) => checkPairs(seriesLabel('scatter', 'points', i, s?.name), s?.xs, s?.ys));
  lines.forEach((s, i) => checkPairs(seriesLabel('scatter', 'lines', i, s?.name), s?.xs, s?.ys));

  // Lines first in the data set list so Chart.js draws them last, over the points.
  const lineSets = lines.map((s, i) =>
    lineSet({
      label: s.name ?? (lines.length > 1 ? `line ${i + 1}` : 'line'),
      data: toPoints(s.xs, s.ys),
      color: s.color ?? paletteColor(i === 0 ? BLUE : i + 1),
      dashed: s.dashed,
    }),
  );
  const pointSets = opts.points.map((s, i) =>
    markerSet({
      label: s.name ?? (opts.points.length > 1 ? `points ${i + 1}` : 'points'),
      data: toPoints(s.xs, s.ys),
      color: s.color ?? paletteColor(i === 0 ? RED : i + 1),
      radius: s.radius,
    }),
  );
  const named = [...opts.points, ...lines].some((s) => s.name !== undefined);
  return chartConfig(style, {
    title: opts.title,
    datasets: [...lineSets, ...pointSets],
    scales: {
      x: axis(style, { title: opts.xLabel ?? 'x', position: 'bottom' }),
      y: axis(style, { title: opts.yLabel ?? 'y' }),
    },
    legend: wantsLegend(opts.points.length + lines.length, named),
  });
}

