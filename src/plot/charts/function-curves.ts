/** Curves of functions sampled at shared xs: an activation and its derivative, a step function. */
import { axis, chartConfig, wantsLegend, type BaseChartOptions, type PlotStyle, type ScatterConfig } from '../chart-options.js';
import { lineSet, toPoints } from '../datasets.js';
import { paletteColor } from '../palette.js';
import { checkList, checkSameLength, checkValues, seriesLabel } from '../series-checks.js';

/** One function's values at the chart's `xs`. */
export interface FunctionCurve {
  name: string;
  ys: ArrayLike<number>;
  color?: string;
  /** Draw as a staircase: the value at `xs[i]` holds until `xs[i+1]` (step functions). */
  stepped?: boolean;
}

/** Options of `PlotService.functionCurves`. */
export interface FunctionCurvesOptions extends BaseChartOptions {
  /** Where every function is sampled, increasing. */
  xs: ArrayLike<number>;
  curves: FunctionCurve[];
}

/** Chart.js configuration of function curves; throws `PlotDataError` on bad series. */
export function functionCurvesChart(opts: FunctionCurvesOptions, style: PlotStyle): ScatterConfig {
  checkValues('functionCurves', 'xs', opts.xs);
  checkList('functionCurves: curves', opts.curves);
  const datasets = opts.curves.map((c, i) => {
    const label = seriesLabel('functionCurves', 'curves', i, c?.name);
    checkValues(label, 'ys', c?.ys);
    checkSameLength(label, 'xs', opts.xs, 'ys', c.ys);
    return lineSet({
      label: c.name ?? `f${i + 1}`,
      data: toPoints(opts.xs, c.ys),
      color: c.color ?? paletteColor(i),
      stepped: c.stepped,
      width: 2.5,
    });
  });
  return chartConfig(style, {
    title: opts.title,
    datasets,
    scales: {
      x: axis(style, { title: opts.xLabel ?? 'x', position: 'bottom' }),
      y: axis(style, { title: opts.yLabel ?? 'f(x)' }),
    },
    legend: wantsLegend(opts.curves.length, opts.curves.some((c) => c.name !== undefined)),
  });
}
