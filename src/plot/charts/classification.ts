/** Points coloured by class, with an optional decision boundary line. */
import { axis, chartConfig, type BaseChartOptions, type PlotStyle, type ScatterConfig, type ScatterSet } from '../chart-options.js';
import { lineSet, markerSet, toPoints } from '../datasets.js';
import { BLUE, RED, paletteColor } from '../palette.js';
import { checkPairs, checkSameLength, checkValues } from '../series-checks.js';

/** Labelled points: `classes[i]` is the class (integer ≥ 0) of `(xs[i], ys[i])`. */
export interface ClassifiedPoints {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  classes: ArrayLike<number>;
}

/** A line separating the classes, e.g. the one a perceptron learned. */
export interface BoundaryLine {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  name?: string;
  color?: string;
}

/** Options of `PlotService.classification`. */
export interface ClassificationOptions extends BaseChartOptions {
  points: ClassifiedPoints;
  /** Legend text of class k; `class k` when missing. */
  classNames?: string[];
  boundary?: BoundaryLine;
}

/** Colour of class k: blue and red for the book's two classes, then the palette. */
export function classColor(k: number, alpha = 1): string {
  return paletteColor(k === 0 ? BLUE : k === 1 ? RED : k, alpha);
}

/** Chart.js configuration of a classification plot; throws `PlotDataError` on bad series. */
export function classificationChart(opts: ClassificationOptions, style: PlotStyle): ScatterConfig {
  const p = opts.points;
  const label = 'classification: points';
  checkPairs(label, p?.xs, p?.ys);
  checkValues(label, 'classes', p.classes, { label: true });
  checkSameLength(label, 'xs', p.xs, 'classes', p.classes);

  // One data set per class present, in class order, so the legend lists each once.
  const byClass = new Map<number, { x: number; y: number }[]>();
  for (let i = 0; i < p.classes.length; i++) {
    const k = p.classes[i]!;
    if (!byClass.has(k)) byClass.set(k, []);
    byClass.get(k)!.push({ x: p.xs[i]!, y: p.ys[i]! });
  }
  const datasets: ScatterSet[] = [...byClass.keys()]
    .sort((a, b) => a - b)
    .map((k) =>
      markerSet({
        label: opts.classNames?.[k] ?? `class ${k}`,
        data: byClass.get(k)!,
        // Translucent so overlapping points of both classes stay visible.
        color: classColor(k, 0.55),
        border: classColor(k, 0.9),
        radius: 5,
      }),
    );
  if (opts.boundary) {
    const b = opts.boundary;
    const bl = 'classification: boundary' + (b.name === undefined ? '' : ` '${b.name}'`);
    checkPairs(bl, b.xs, b.ys);
    // First in the list: Chart.js draws data set 0 last, i.e. on top of the points.
    datasets.unshift(lineSet({ label: b.name ?? 'decision boundary', data: toPoints(b.xs, b.ys), color: b.color ?? 'rgb(30, 30, 30)', width: 2.5 }));
  }
  return chartConfig(style, {
    title: opts.title,
    datasets,
    scales: {
      x: axis(style, { title: opts.xLabel ?? 'x', position: 'bottom' }),
      y: axis(style, { title: opts.yLabel ?? 'y' }),
    },
    legend: true,
  });
}
