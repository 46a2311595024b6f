/**
 * The look shared by every chart: fonts, axes, title, legend, white background,
 * no animation. Chart builders describe *what* to draw; this file decides *how*
 * it looks, so all figures of the book match.
 */
import type { ChartConfiguration, ChartDataset, Plugin, ScatterDataPoint } from 'chart.js';
import { formatNumber } from '../util/number-format.js';
import { TEXT_GREY } from './palette.js';

/** Text and size options every chart accepts. */
export interface BaseChartOptions {
  /** Title drawn above the plot area; none when omitted. */
  title?: string;
  /** Title of the horizontal axis (each chart has its own default). */
  xLabel?: string;
  /** Title of the vertical axis. */
  yLabel?: string;
  /** Width in pixels; the service default when omitted. */
  width?: number;
  /** Height in pixels; the service default when omitted. */
  height?: number;
}

/** The resolved look of one service's charts. */
export interface PlotStyle {
  fontFamily: string;
  background: string;
}

/** Every chart of this module is a Chart.js scatter chart: all axes are numeric. */
export type ScatterConfig = ChartConfiguration<'scatter', ScatterDataPoint[]>;
/** One data set of a `ScatterConfig`. */
export type ScatterSet = ChartDataset<'scatter', ScatterDataPoint[]>;
/** An inline Chart.js plugin of a `ScatterConfig`. */
export type ScatterPlugin = Plugin<'scatter'>;
/** Options of one axis of a `ScatterConfig`. */
export type AxisOptions = NonNullable<NonNullable<ScatterConfig['options']>['scales']>[string];

/** Font sizes in pixels, chosen to stay readable when a figure is scaled into a page. */
export const FONT_SIZES = { title: 18, axisTitle: 15, ticks: 12, legend: 13, note: 12 } as const;

/** A Chart.js font object in the style's family. */
export function fontSpec(style: PlotStyle, size: number, weight: 'normal' | 'bold' = 'normal') {
  return { family: style.fontFamily, size, weight } as const;
}

/** The same font as a canvas `ctx.font` string, for plugins that draw text themselves. */
export function cssFont(style: PlotStyle, size: number, weight: 'normal' | 'bold' = 'normal'): string {
  return `${weight} ${size}px ${style.fontFamily}`;
}

/** What an axis shows; everything not given keeps Chart.js's automatic choice. */
export interface AxisSpec {
  title?: string;
  /** 'category' for an axis of names (bars): its labels are not numbers. */
  type?: 'linear' | 'logarithmic' | 'category';
  position?: 'left' | 'right' | 'bottom';
  min?: number;
  max?: number;
  /** Lower bound the axis reaches at least (data may extend it). */
  suggestedMin?: number;
  /** Upper bound the axis reaches at least (data may extend it). */
  suggestedMax?: number;
  /** Distance between ticks; with `min`/`max` given, ticks stop at the last step inside them. */
  stepSize?: number;
  /** Colour of the title and ticks, to tie an axis to its series when there are two y axes. */
  color?: string;
  /** `false` hides the axis entirely (topology diagrams). */
  display?: boolean;
  /** `false` keeps the grid lines off the plot area (the second y axis). */
  grid?: boolean;
}

/** Options of one numeric axis in the shared style. */
export function axis(style: PlotStyle, spec: AxisSpec): AxisOptions {
  const color = spec.color ?? TEXT_GREY;
  return {
    type: spec.type ?? 'linear',
    display: spec.display ?? true,
    ...(spec.position ? { position: spec.position } : {}),
    ...(spec.min !== undefined ? { min: spec.min } : {}),
    ...(spec.max !== undefined ? { max: spec.max } : {}),
    ...(spec.suggestedMin !== undefined ? { suggestedMin: spec.suggestedMin } : {}),
    ...(spec.suggestedMax !== undefined ? { suggestedMax: spec.suggestedMax } : {}),
    title: {
      display: Boolean(spec.title),
      text: spec.title ?? '',
      color,
      font: fontSpec(style, FONT_SIZES.axisTitle, 'bold'),
    },
    ticks: {
      color,
      font: fontSpec(style, FONT_SIZES.ticks),
      // A given step keeps its ticks on the steps: no extra tick at a min or max between two.
      ...(spec.stepSize !== undefined ? { stepSize: spec.stepSize, includeBounds: false } : {}),
      ...tickLabels(spec.type ?? 'linear'),
    },
    grid: { drawOnChartArea: spec.grid ?? true, color: 'rgba(0, 0, 0, 0.09)' },
  } as AxisOptions;
}

/** Tick labels in the one number format (`formatNumber`); names on a category axis stay as they are. */
function tickLabels(type: NonNullable<AxisSpec['type']>) {
  if (type === 'category') return {};
  if (type === 'logarithmic') return { callback: powerOfTenLabel, autoSkip: false };
  return { callback: (value: string | number) => formatNumber(Number(value)) };
}

/**
 * Tick labels of a logarithmic axis: only the powers of ten (10⁻⁶, 0.01, 1, 100).
 * Chart.js's defaults print every 1–9 multiple with fixed decimals, and they overlap.
 */
function powerOfTenLabel(value: string | number): string {
  const v = Number(value);
  const exponent = Math.log10(v);
  if (Math.abs(exponent - Math.round(exponent)) > 1e-9) return '';
  return formatNumber(10 ** Math.round(exponent));
}

/** Everything a chart builder decides; `chartConfig` adds the shared look. */
export interface ChartSpec {
  title?: string;
  datasets: ScatterSet[];
  scales: Record<string, AxisOptions>;
  /** Whether to draw the legend (see `wantsLegend`). */
  legend: boolean;
  /** Drawing the data sets cannot express (arrows, iso-lines, edges). */
  plugins?: ScatterPlugin[];
  /** Legend entries show each data set's marker shape instead of a colour box. */
  legendPointStyle?: boolean;
  /** Extra room in pixels around the plot area, e.g. for text drawn by plugins. */
  padding?: { top?: number; right?: number; bottom?: number; left?: number };
}

/** A legend is worth its space with several series, or when the caller named one. */
export function wantsLegend(seriesCount: number, anyNamed: boolean): boolean {
  return seriesCount > 1 || anyNamed;
}

/** The complete Chart.js configuration of a chart in the shared style. */
export function chartConfig(style: PlotStyle, spec: ChartSpec): ScatterConfig {
  const pad = { top: 8, right: 16, bottom: 8, left: 8, ...spec.padding };
  return {
    type: 'scatter',
    data: { datasets: spec.datasets },
    options: {
      // Headless: no animation frames, no hover state, exact pixel size.
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      layout: { padding: pad },
      scales: spec.scales,
      plugins: {
        title: {
          display: Boolean(spec.title),
          text: spec.title ?? '',
          color: 'rgb(20, 20, 20)',
          font: fontSpec(style, FONT_SIZES.title, 'bold'),
          padding: { top: 4, bottom: 10 },
        },
        legend: {
          display: spec.legend,
          position: 'top',
          labels: {
            color: TEXT_GREY,
            usePointStyle: spec.legendPointStyle ?? false,
            // Slim swatches read as lines rather than as filled areas.
            boxWidth: 26,
            boxHeight: spec.legendPointStyle ? FONT_SIZES.legend : 10,
            font: fontSpec(style, FONT_SIZES.legend),
            // Helper data sets (markers, hidden anchors) have an empty label.
            filter: (item) => Boolean(item.text),
          },
        },
        tooltip: { enabled: false },
      },
    },
    plugins: [backgroundPlugin(style.background), ...(spec.plugins ?? [])],
  };
}

/** Paints the whole canvas before Chart.js draws; PNGs are transparent otherwise. */
function backgroundPlugin(color: string): ScatterPlugin {
  return {
    id: 'agileNeuronsBackground',
    beforeDraw(chart) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
  };
}
