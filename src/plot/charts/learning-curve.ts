/**
 * The book's `viewLearningCurve`: error per epoch on the left axis (blue) and
 * precision per epoch on the right axis (red, 0..1); with validation series,
 * the same quantities on the validation rows as dashed lines of the same colours.
 */
import { axis, chartConfig, type BaseChartOptions, type PlotStyle, type ScatterConfig } from '../chart-options.js';
import { countingXs, lineSet, toPoints } from '../datasets.js';
import { BLUE, RED, paletteColor } from '../palette.js';
import { checkSameLength, checkValues } from '../series-checks.js';
import { evenIndices, pick } from '../subsample.js';

/** The two series of a learning curve, one entry per epoch. */
export interface LearningCurveData {
  /** Error (loss) per epoch. */
  errors: ArrayLike<number>;
  /** Precision per epoch, in 0..1. */
  precisions: ArrayLike<number>;
  /** Error (loss) per epoch on validation rows, drawn dashed beside `errors`; as many values, or none. */
  validationErrors?: ArrayLike<number>;
  /** Precision per epoch on validation rows, drawn dashed beside `precisions`; as many values, or none. */
  validationPrecisions?: ArrayLike<number>;
}

/** Options of `PlotService.learningCurve`. */
export interface LearningCurveOptions extends BaseChartOptions, LearningCurveData {
  /** Name of the error series and title of its axis (`yLabel`); 'Error' by default. */
  yLabel?: string;
  /** Name of the precision series and title of its axis; 'Precision' by default. */
  precisionLabel?: string;
  /** The error axis reaches at least this high (to put several curves on one scale). */
  errorAxisMax?: number;
  /** Names of the dashed validation series; 'Validation error' and 'Validation precision' by default. */
  validationLabels?: { error: string; precision: string };
}

// The book thins long curves the same way before handing them to Roassal.
const MAX_DRAWN = 2000;

/**
 * The precision axis runs a little past 1, so that a precision of exactly 1 is
 * drawn inside the plot instead of under its top border; ticks stop at 1.
 */
const PRECISION_AXIS = { min: 0, max: 1.04, stepSize: 0.1 } as const;

/** Chart.js configuration of a learning curve; throws `PlotDataError` on bad series. */
export function learningCurveChart(opts: LearningCurveOptions, style: PlotStyle, chart = 'learningCurve'): ScatterConfig {
  checkValues(chart, 'errors', opts.errors);
  checkValues(chart, 'precisions', opts.precisions, { range: [0, 1] });
  checkSameLength(chart, 'errors', opts.errors, 'precisions', opts.precisions);

  const kept = evenIndices(opts.errors.length, MAX_DRAWN);
  const epochs = pick(countingXs(opts.errors.length), kept);
  const errorColor = paletteColor(BLUE);
  const precisionColor = paletteColor(RED);
  const errorLabel = opts.yLabel ?? 'Error';
  const precisionLabel = opts.precisionLabel ?? 'Precision';
  const single = opts.errors.length === 1 ? 4 : 0;
  const validationLabels = opts.validationLabels ?? { error: 'Validation error', precision: 'Validation precision' };
  const series = (label: string, values: ArrayLike<number>, color: string, yAxisID: string, dashed = false) =>
    lineSet({ label, data: toPoints(epochs, pick(values, kept)), color, yAxisID, markerRadius: single, dashed });
  const datasets = [series(errorLabel, opts.errors, errorColor, 'y'), series(precisionLabel, opts.precisions, precisionColor, 'y1')];
  if (hasValues(opts.validationErrors)) {
    checkValues(chart, 'validationErrors', opts.validationErrors);
    checkSameLength(chart, 'errors', opts.errors, 'validationErrors', opts.validationErrors);
    datasets.push(series(validationLabels.error, opts.validationErrors, errorColor, 'y', true));
  }
  if (hasValues(opts.validationPrecisions)) {
    checkValues(chart, 'validationPrecisions', opts.validationPrecisions, { range: [0, 1] });
    checkSameLength(chart, 'errors', opts.errors, 'validationPrecisions', opts.validationPrecisions);
    datasets.push(series(validationLabels.precision, opts.validationPrecisions, precisionColor, 'y1', true));
  }
  return chartConfig(style, {
    title: opts.title,
    datasets,
    scales: {
      x: axis(style, { title: opts.xLabel ?? 'Epoch', position: 'bottom' }),
      y: axis(style, { title: errorLabel, position: 'left', color: errorColor, suggestedMin: 0, suggestedMax: opts.errorAxisMax }),
      // Fixed so curves of different runs compare at a glance; no grid, the left axis has one.
      y1: axis(style, { title: precisionLabel, position: 'right', ...PRECISION_AXIS, color: precisionColor, grid: false }),
    },
    legend: true,
  });
}

/** Whether an optional series was given with values (an empty one draws nothing, as a run without validation rows has). */
function hasValues(values: ArrayLike<number> | undefined): values is ArrayLike<number> {
  return values !== undefined && values.length > 0;
}
