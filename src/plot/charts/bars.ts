/** Bars by category, one bar per series in each category (grouped), with value labels. */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { axis, chartConfig, cssFont, FONT_SIZES, wantsLegend, type BaseChartOptions, type PlotStyle, type ScatterConfig } from '../chart-options.js';
import { formatNumber } from '../../util/number-format.js';
import { paletteColor, TEXT_GREY } from '../palette.js';
import { checkList, checkSameLength, checkValues, seriesLabel } from '../series-checks.js';
import { PlotDataError } from '../../errors.js';

/** One series of bars: a value per category. */
export interface BarSeries {
  name?: string;
  values: ArrayLike<number>;
  color?: string;
  /**
   * Which values are estimates rather than measurements (one flag per category):
   * those bars are drawn hatched inside a dashed outline, in the series' colour.
   */
  estimated?: readonly boolean[];
}

/** Options of `PlotService.bars`. */
export interface BarsOptions extends BaseChartOptions {
  /** The category names along the x axis. */
  categories: string[];
  series: BarSeries[];
  /**
   * The value axis's top and tick step, e.g. `{ max: 1.04, stepSize: 0.1 }` for
   * shares, so that a bar of 1 stands inside the plot; by default the data's
   * largest value, rounded up.
   */
  valueAxis?: { max: number; stepSize?: number };
  /** Text written above each bar (told whether the bar is an estimate); the value with 3 significant digits by default. */
  valueLabel?: (value: number, estimated: boolean) => string;
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
    if (s.estimated !== undefined) checkSameLength(label, 'estimated', s.estimated, 'categories', opts.categories);
    const color = s.color ?? paletteColor(i);
    const estimated = (k: number) => s.estimated?.[k] === true;
    return {
      label: s.name ?? `series ${i + 1}`,
      data: Array.from(s.values),
      // An estimate is left empty here; `estimateHatching` draws it.
      backgroundColor: opts.categories.map((_, k) => (estimated(k) ? 'rgba(0, 0, 0, 0)' : color)),
      borderColor: color,
      borderWidth: opts.categories.map((_, k) => (estimated(k) ? 0 : 1)),
    };
  });
  const isEstimate = (d: number, k: number) => opts.series[d]!.estimated?.[k] === true;
  const base = chartConfig(style, {
    title: opts.title,
    datasets: [],
    scales: {
      x: axis(style, { title: opts.xLabel ?? '', position: 'bottom', type: 'category' }),
      y: axis(style, { title: opts.yLabel ?? 'Value', suggestedMin: 0, ...opts.valueAxis }),
    },
    legend: wantsLegend(opts.series.length, opts.series.some((s) => s.name !== undefined)),
    padding: { top: 24 },
  });
  const config: ChartConfiguration<'bar'> = {
    ...(base as unknown as ChartConfiguration<'bar'>),
    type: 'bar',
    data: { labels: opts.categories, datasets },
    plugins: [
      ...((base.plugins ?? []) as Plugin<'bar'>[]),
      estimateHatching(isEstimate),
      valueLabels(style, opts.valueLabel ?? defaultLabel, isEstimate),
    ],
  };
  // The renderer takes any Chart.js configuration; the service's type is the scatter one.
  return config as unknown as ScatterConfig;
}

/** A bar's value to 3 significant digits, in the one number format. */
function defaultLabel(value: number): string {
  return formatNumber(value, 3);
}

/** Whether bar `k` of series `d` is an estimate. */
type EstimateTest = (d: number, k: number) => boolean;

/** Draws each estimated bar as diagonal hatching inside a dashed outline, in its series' colour. */
function estimateHatching(isEstimate: EstimateTest): Plugin<'bar'> {
  return {
    id: 'agileNeuronsBarEstimates',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      chart.data.datasets.forEach((dataset, d) => {
        chart.getDatasetMeta(d).data.forEach((element, k) => {
          if (!isEstimate(d, k)) return;
          const bar = element as unknown as { x: number; y: number; base: number; width: number };
          const left = bar.x - bar.width / 2;
          const top = Math.min(bar.y, bar.base);
          const height = Math.abs(bar.base - bar.y);
          ctx.save();
          ctx.strokeStyle = String(dataset.borderColor);
          ctx.beginPath();
          ctx.rect(left, top, bar.width, height);
          ctx.clip();
          ctx.lineWidth = 1.5;
          for (let offset = -height; offset < bar.width; offset += 9) {
            ctx.moveTo(left + offset, top + height);
            ctx.lineTo(left + offset + height, top);
          }
          ctx.stroke();
          ctx.restore();
          ctx.save();
          ctx.strokeStyle = String(dataset.borderColor);
          ctx.lineWidth = 2;
          ctx.setLineDash([6, 4]);
          ctx.strokeRect(left + 1, top + 1, bar.width - 2, height - 2);
          ctx.restore();
        });
      });
    },
  };
}

/** Writes each bar's value just above it. */
function valueLabels(style: PlotStyle, label: (value: number, estimated: boolean) => string, isEstimate: EstimateTest): Plugin<'bar'> {
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
          ctx.fillText(label(Number(dataset.data[i]), isEstimate(d, i)), bar.x, bar.y - 3);
        });
      });
      ctx.restore();
    },
  };
}
