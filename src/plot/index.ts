// Public API of the plot module: named re-exports only.
export { PlotService, type ChartKind, type ChartKinds } from './plot-service.js';
export { registerPlotting } from './register.js';
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
export { formatNumber } from './number-format.js';
export { contourLines, defaultLevels, isoSegments, type ContourGrid, type ContourLine, type Point2, type Segment } from './contours.js';
