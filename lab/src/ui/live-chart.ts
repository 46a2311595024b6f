// Charts in the page, drawn by the figures' own chart builders (src/plot/charts:
// Chart.js configurations, pure), so the lab has the PNG figures' look. Only
// what differs on a screen changes: the chart follows its box and the screen's
// pixel density, and it is redrawn in place as training goes on.
import {
  Chart,
  Legend,
  LinearScale,
  LineElement,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Title,
  type ChartEvent,
} from 'chart.js';
import type { PlotStyle, ScatterConfig } from '../../../src/plot/chart-options.js';
import { DEFAULT_PLOT_DEFAULTS } from '../../../src/plot/tokens.js';
import { h } from './dom.js';

// Only what the builders use: every chart is a scatter chart with numeric axes.
Chart.register(ScatterController, LineElement, PointElement, LinearScale, LogarithmicScale, Title, Legend);

/**
 * The figures' style, with Chinese fonts after the figures' DejaVu Sans: a
 * browser without it falls back to its sans-serif, and Chinese labels find a
 * CJK font wherever one is installed.
 */
export const LAB_STYLE: PlotStyle = {
  fontFamily: `${DEFAULT_PLOT_DEFAULTS.fontFamily.replace(/,\s*sans-serif$/, '')}, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`,
  background: DEFAULT_PLOT_DEFAULTS.background,
};

/**
 * The chart builders refuse empty series (a PNG of nothing is a mistake), but a
 * page before training has nothing to show yet: build the chart from a
 * stand-in value, then empty its data sets to keep the axes, titles and legend.
 */
export function withoutData(config: ScatterConfig): ScatterConfig {
  for (const dataset of config.data.datasets) dataset.data = [];
  return config;
}

/** A chart on the page, redrawn from a new configuration with `show`. */
export class LiveChart {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private chart: Chart<'scatter'> | undefined;
  private clickListener: ((x: number, y: number) => void) | undefined;

  /** `description` names the chart for screen readers (a canvas has no text of its own). */
  constructor(className = 'chart') {
    this.canvas = h('canvas', { attrs: { role: 'img' } });
    this.element = h('div', { class: className }, this.canvas);
  }

  /** Sets what a screen reader says the chart shows. */
  describe(text: string): void {
    this.canvas.setAttribute('aria-label', text);
  }

  /** Calls `listener` with the data coordinates of a click on the plot area. */
  onClick(listener: (x: number, y: number) => void): void {
    this.clickListener = listener;
  }

  /** Draws `config` (from a chart builder), replacing what was drawn. */
  show(config: ScatterConfig): void {
    const options = this.screenOptions(config);
    if (this.chart === undefined) {
      this.chart = new Chart(this.canvas, { ...config, options });
      return;
    }
    const chart = this.chart;
    chart.data = config.data;
    chart.options = options;
    // Inline plugins (contours, arrows) are drawn from the new configuration too.
    const plugins = chart.config.plugins ?? [];
    plugins.splice(0, plugins.length, ...(config.plugins ?? []));
    chart.update('none');
  }

  /** The builder's options for a screen: the box's size, the screen's pixel ratio, clicks. */
  private screenOptions(config: ScatterConfig): NonNullable<ScatterConfig['options']> {
    return {
      ...config.options,
      responsive: true,
      maintainAspectRatio: false,
      devicePixelRatio: window.devicePixelRatio,
      events: this.clickListener === undefined ? [] : ['click'],
      onClick: (event: ChartEvent, _elements: unknown, chart: Chart) => this.clicked(event, chart),
    };
  }

  private clicked(event: ChartEvent, chart: Chart): void {
    if (this.clickListener === undefined || event.x === null || event.y === null) return;
    const area = chart.chartArea;
    if (event.x < area.left || event.x > area.right || event.y < area.top || event.y > area.bottom) return;
    this.clickListener(chart.scales['x']!.getValueForPixel(event.x)!, chart.scales['y']!.getValueForPixel(event.y)!);
  }
}
