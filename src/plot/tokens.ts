/**
 * Dependency-injection configuration of the plot module: the token under which
 * the composition root provides the chart defaults, their type and their values.
 */
import type { InjectionToken } from '../di.js';

/** Size and look used when a chart call does not say otherwise. */
export interface PlotDefaults {
  /** Width of a chart in pixels (positive integer). */
  width: number;
  /** Height of a chart in pixels (positive integer). */
  height: number;
  /** CSS font family for every text of a chart. */
  fontFamily?: string;
  /** CSS colour painted under every chart (charts are transparent otherwise). */
  background?: string;
}

/** The defaults `registerPlotting` uses for whatever it is not given. */
export const DEFAULT_PLOT_DEFAULTS: Readonly<Required<PlotDefaults>> = Object.freeze({
  width: 800,
  height: 500,
  // DejaVu ships with most Linux images, so headless renders look the same
  // everywhere; characters it lacks (Chinese labels) come from the CJK family
  // (Debian: fonts-noto-cjk; macOS and Windows: their own Chinese fonts).
  fontFamily: "'DejaVu Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  background: '#ffffff',
});

/** Token under which a container provides the `PlotDefaults` of `PlotService`. */
export const PLOT_DEFAULTS: InjectionToken<PlotDefaults> = Symbol('PlotDefaults');
