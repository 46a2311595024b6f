// The decision boundary of a network on two-feature data: the figures'
// classification chart (the points coloured by class) over a heat map of the
// class the network predicts at each point of the plane, paler where its
// largest output is less sure.
import { classColor, classificationChart } from '../../../../src/plot/charts/classification.js';
import type { AxisOptions, ScatterConfig, ScatterPlugin } from '../../../../src/plot/chart-options.js';
import { LAB_STYLE } from '../../ui/live-chart.js';
import type { LabDataSet, NetworkRun } from './network-run.js';

/** Cells per side of the heat map. */
const CELLS = 48;

/** The chart's strings. */
export interface BoundaryText {
  title: string;
  featureNames: string[];
  classNames: string[];
}

/** The chart of `run`'s decision regions with the data's points, for data with two features. */
export function boundaryChart(run: NetworkRun, data: LabDataSet, text: BoundaryText): ScatterConfig {
  const xs = data.rows.map((r) => r[0]!);
  const ys = data.rows.map((r) => r[1]!);
  const xRange = padded(xs);
  const yRange = padded(ys);
  const config = classificationChart(
    { title: text.title, xLabel: text.featureNames[0], yLabel: text.featureNames[1], classNames: text.classNames, points: { xs, ys, classes: data.rows.map((r) => r.at(-1)!) } },
    LAB_STYLE,
  );
  const scales = config.options!.scales!;
  fixRange(scales['x']!, xRange);
  fixRange(scales['y']!, yRange);
  config.plugins = [...(config.plugins ?? []), heatMap(regions(run, xRange, yRange), xRange, yRange)];
  return config;
}

/** Pins an axis to `range`, with ticks only at round values inside it (no tick at the odd bounds). */
export function fixRange(axis: NonNullable<AxisOptions>, [min, max]: readonly [number, number]): void {
  Object.assign(axis, { min, max });
  Object.assign(axis.ticks ?? {}, { includeBounds: false });
}

/**
 * The predicted class of every cell as a CELLS × CELLS image, top row first:
 * its class's colour, more opaque where the largest output is surer.
 */
function regions(run: NetworkRun, [x0, x1]: readonly [number, number], [y0, y1]: readonly [number, number]): ImageData {
  const image = new ImageData(CELLS, CELLS);
  const rgb = new Map<number, number[]>();
  for (let row = 0; row < CELLS; row++) {
    const y = y1 - ((row + 0.5) * (y1 - y0)) / CELLS;
    for (let column = 0; column < CELLS; column++) {
      const { label, confidence } = run.classify([x0 + ((column + 0.5) * (x1 - x0)) / CELLS, y]);
      if (!rgb.has(label)) rgb.set(label, classColor(label).match(/\d+/g)!.slice(0, 3).map(Number));
      const sureness = Math.min(1, Math.max(0, (confidence - 0.5) * 2));
      image.data.set([...rgb.get(label)!, Math.round(255 * (0.1 + 0.35 * sureness))], 4 * (row * CELLS + column));
    }
  }
  return image;
}

/** Paints the image over the plot area, under the points (smoothed: the regions' edges blur over a cell). */
function heatMap(image: ImageData, [x0, x1]: readonly [number, number], [y0, y1]: readonly [number, number]): ScatterPlugin {
  const cells = document.createElement('canvas');
  cells.width = CELLS;
  cells.height = CELLS;
  cells.getContext('2d')!.putImageData(image, 0, 0);
  return {
    id: 'labHeatMap',
    beforeDatasetsDraw(chart) {
      const x = chart.scales['x']!;
      const y = chart.scales['y']!;
      const left = x.getPixelForValue(x0);
      const top = y.getPixelForValue(y1);
      chart.ctx.drawImage(cells, left, top, x.getPixelForValue(x1) - left, y.getPixelForValue(y0) - top);
    },
  };
}

/** The values' range with a margin of a tenth on each side. */
function padded(values: readonly number[]): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const margin = (high - low || 1) * 0.1;
  return [low - margin, high + margin];
}
