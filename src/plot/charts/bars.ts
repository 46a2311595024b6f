/** Bars by category, one bar per series in each category (grouped), with value labels. */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { axis, chartConfig, cssFont, FONT_SIZES, wantsLegend, type BaseChartOptions, type PlotStyle, type ScatterConfig } from '../chart-options.js';
import { paletteColor, TEXT_GREY } from '../palette.js';
import { checkList, checkSameLength, checkValues, seriesLabel } from '../series-checks.js';
import { PlotDataError } from '../../errors.js';

/** One series of bars: a value per category. */
export interface BarSeries {
  name?: string;
  values: ArrayLike<number>;
  color?: string;
}

/** Options of `PlotService.bars`. */
export interface BarsOptions extends BaseChartOptions {
  /** The category names along the x axis. */
  categories: string[];
  series: BarSeries[];
  /** Text written above each bar; the value with 3 significant digits by default. */
  valueLabel?: (value: number) => string;
}

/** Chart.js configuration of a bar chart; throws `PlotDataError` on bad input. */
export function barsChart(opts: BarsOptions, style: PlotStyle): ScatterConfig {
  checkList('bars: categories', opts.categories);
  if (opts.categories.some((c) => typeof c !== 'string')) throw new PlotDataError('bars: categories must be strings');
  checkList('bars: series', opts.series);
  const datasets = opts.series.map((s, i) => {
    const label = seriesLabel('bars', 'series', i, s?.name);
    checkValues(label, 'values', s?.values);
    checkSameLength(label, 'values', s.values, 'categories', opts.categories);
    const color = s.color ?? paletteColor(i);
    return { label: s.name ?? `series ${i + 1}`, data: Array.from(s.values), backgroundColor: color, borderColor: color, borderWidth: 1 };
  });
  const base = chartConfig(style, {
    title: opts.title,
    datasets: [],
    scales: {
      x: { ...axis(style, { title: opts.xLabel ?? '', position: 'bottom' }), type: 'category' } as never,
      y: axis(style, { title: opts.yLabel ?? 'Value', suggestedMin: 0 }),
    },
    legend: wantsLegend(opts.series.length, opts.series.some((s) => s.name !== undefined)),
    padding: { top: 24 },
  });
  const config: ChartConfiguration<'bar'> = {
    ...(base as unknown as ChartConfiguration<'bar'>),
    type: 'bar',
    data: { labels: opts.categories, datasets },
    plugins: [...((base.plugins ?? []) as Plugin<'bar'>[]), valueLabels(style, opts.valueLabel ?? defaultLabel)],
  };
  // The renderer takes any Chart.js configuration; the service's type is the scatter one.
  return config as unknown as ScatterConfig;
}

function defaultLabel(value: number): string {
  return Number(value.toPrecision(3)).toString();
}

/** Writes each bar's value just above it. */
function valueLabels(style: PlotStyle, label: (value: number) => string): Plugin<'bar'> {
  return {
    id: 'agileNeuronsBarValues',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.font = cssFont(style, FONT_SIZES.note);
      ctx.fillStyle = TEXT_GREY;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      chart.data.datasets.forEach((dataset, d) => {
        chart.getDatasetMeta(d).data.forEach((bar, i) => {
          ctx.fillText(label(Number(dataset.data[i])), bar.x, bar.y - 3);
        });
      });
      ctx.restore();
    },
  };
}
