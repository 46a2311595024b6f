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

/** The colour of every cell, row by row from the bottom (y) and left (x). */
function regions(run: NetworkRun, [x0, x1]: readonly [number, number], [y0, y1]: readonly [number, number]): string[] {
  const colors: string[] = [];
  for (let i = 0; i < CELLS; i++) {
    for (let j = 0; j < CELLS; j++) {
      const { label, confidence } = run.classify([x0 + ((j + 0.5) * (x1 - x0)) / CELLS, y0 + ((i + 0.5) * (y1 - y0)) / CELLS]);
      const sureness = Math.min(1, Math.max(0, (confidence - 0.5) * 2));
      colors.push(classColor(label, 0.1 + 0.35 * sureness));
    }
  }
  return colors;
}

/** Paints the cells under the points. */
function heatMap(colors: readonly string[], [x0, x1]: readonly [number, number], [y0, y1]: readonly [number, number]): ScatterPlugin {
  return {
    id: 'labHeatMap',
    beforeDatasetsDraw(chart) {
      const { ctx } = chart;
      const x = chart.scales['x']!;
      const y = chart.scales['y']!;
      ctx.save();
      for (let i = 0; i < CELLS; i++) {
        const top = y.getPixelForValue(y0 + ((i + 1) * (y1 - y0)) / CELLS);
        const bottom = y.getPixelForValue(y0 + (i * (y1 - y0)) / CELLS);
        for (let j = 0; j < CELLS; j++) {
          const left = x.getPixelForValue(x0 + (j * (x1 - x0)) / CELLS);
          const right = x.getPixelForValue(x0 + ((j + 1) * (x1 - x0)) / CELLS);
          ctx.fillStyle = colors[i * CELLS + j]!;
          // Half a pixel of overlap: no hairline gaps between cells.
          ctx.fillRect(left, top, right - left + 0.5, bottom - top + 0.5);
        }
      }
      ctx.restore();
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
