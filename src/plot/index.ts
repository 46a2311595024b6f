/**
 * Headless charts as PNG: `PlotService` and its chart options, registered into a
 * container with `registerPlotting`. Node only. The optional packages
 * chartjs-node-canvas and canvas are loaded at the first render; without them a
 * render rejects with `MissingPackageError`, which says what to install.
 * @module agile-neurons/plot
 */
// Named re-exports only.
export { PlotService, type ChartKind, type ChartKinds } from './plot-service.js';
export { registerPlotting } from './register.js';
export { INSTALL_RENDERING_PACKAGES } from './rendering-packages.js';
export { DEFAULT_PLOT_DEFAULTS, PLOT_DEFAULTS, type PlotDefaults } from './tokens.js';
export { resolvePlotDefaults } from './defaults.js';
export type { BaseChartOptions } from './chart-options.js';
export type { ScatterOptions, PointSeries, LineSeries } from './charts/scatter.js';
export type { LossCurveOptions, LossSeries } from './charts/loss-curve.js';
export type { LearningCurveOptions, LearningCurveData } from './charts/learning-curve.js';
export type { LearningCurvePanelsOptions, LearningCurvePanel } from './charts/learning-curve-panels.js';
export type { FunctionCurvesOptions, FunctionCurve } from './charts/function-curves.js';
export type { ClassificationOptions, ClassifiedPoints, BoundaryLine } from './charts/classification.js';
export type { ParameterPathOptions, ParameterPath, ContourOptions } from './charts/parameter-path.js';
export type { TopologyOptions, ColumnCaption } from './charts/topology.js';
export type { BarsOptions, BarSeries } from './charts/bars.js';
export { COMPOSITE_TITLE_HEIGHT } from './composite.js';
export { formatNumber } from '../util/number-format.js';
export { contourLines, defaultLevels, isoSegments, type ContourGrid, type ContourLine, type Point2, type Segment } from './contours.js';
