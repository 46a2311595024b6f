/** Several learning curves side by side in one figure (the book compares learning rates this way). */
import type { PlotStyle, ScatterConfig } from '../chart-options.js';
import type { GridLayout } from '../composite.js';
import { checkCount, checkList, checkSize, seriesLabel } from '../series-checks.js';
import { learningCurveChart, type LearningCurveData } from './learning-curve.js';

/** One panel: a learning curve under its own title. */
export interface LearningCurvePanel extends LearningCurveData {
  title: string;
}

/** Options of `PlotService.learningCurvePanels`. */
export interface LearningCurvePanelsOptions {
  panels: LearningCurvePanel[];
  /** Panels per row; 2 when there are several panels. */
  columns?: number;
  /** Size of each panel in pixels; the service's default chart size when omitted. */
  panelWidth?: number;
  panelHeight?: number;
  /** Title above all panels. */
  title?: string;
  xLabel?: string;
  /** Name of the error series and axis in every panel. */
  yLabel?: string;
  /** Name of the precision series and axis in every panel. */
  precisionLabel?: string;
  /** Names of the dashed validation series in every panel that has them. */
  validationLabels?: { error: string; precision: string };
  /**
   * 'shared': every panel's error axis reaches the largest error of all panels,
   * so the panels compare at a glance; 'perPanel' (the default): each fits its own.
   */
  errorScale?: 'perPanel' | 'shared';
}

/** The checked chart of every panel and their layout. */
export function learningCurvePanelCharts(
  opts: LearningCurvePanelsOptions,
  style: PlotStyle,
  defaultSize: { width: number; height: number },
): { charts: ScatterConfig[]; layout: GridLayout } {
  checkList('learningCurvePanels: panels', opts.panels);
  const columns = opts.columns ?? Math.min(2, opts.panels.length);
  checkCount('learningCurvePanels: columns', columns);
  const cellWidth = opts.panelWidth ?? defaultSize.width;
  const cellHeight = opts.panelHeight ?? defaultSize.height;
  checkSize('learningCurvePanels: panelWidth', cellWidth);
  checkSize('learningCurvePanels: panelHeight', cellHeight);
  const errorAxisMax = opts.errorScale === 'shared' ? largestError(opts.panels) : undefined;
  const charts = opts.panels.map((p, i) =>
    learningCurveChart(
      { ...p, xLabel: opts.xLabel, yLabel: opts.yLabel, precisionLabel: opts.precisionLabel, validationLabels: opts.validationLabels, errorAxisMax },
      style,
      seriesLabel('learningCurvePanels', 'panels', i, p?.title),
    ),
  );
  return { charts, layout: { columns, cellWidth, cellHeight, title: opts.title } };
}

/** The largest error of any panel, validation errors included (finite values only: each chart checks its own series). */
function largestError(panels: readonly LearningCurvePanel[]): number {
  let largest = 0;
  for (const panel of panels) {
    for (const errors of [panel?.errors, panel?.validationErrors]) {
      for (let i = 0; i < (errors?.length ?? 0); i++) {
        const e = errors![i]!;
        if (Number.isFinite(e) && e > largest) largest = e;
      }
    }
  }
  return largest;
}
