/**
 * A network's shape: one column of circles per layer (inputs first) and an arrow
 * from every neuron to every neuron of the next layer. Drawn on a scatter chart
 * with hidden axes; the edges and the column captions are a small inline plugin.
 */
import type { Chart } from 'chart.js';
import {
  axis,
  chartConfig,
  cssFont,
  FONT_SIZES,
  type BaseChartOptions,
  type PlotStyle,
  type ScatterConfig,
  type ScatterPlugin,
  type ScatterSet,
} from '../chart-options.js';
import { arrows, shorten, type DrawingContext, type Pixel } from '../drawing.js';
import { BLUE, RED, paletteColor, TEXT_GREY } from '../palette.js';
import { checkCount } from '../series-checks.js';
import { PlotDataError } from '../../errors.js';

/** Options of `PlotService.topology` (axis labels are ignored: the axes are hidden). */
export interface TopologyOptions extends BaseChartOptions {
  /** Number of inputs, then the number of neurons of each layer, e.g. `[2, 3, 2]`. */
  layerSizes: number[];
  /**
   * The two lines under each column, inputs first (e.g. '3 inputs' / 'input layer');
   * by default the count and the role in English.
   */
  columnCaptions?: ColumnCaption[];
}

/** The caption under one column of a topology diagram. */
export interface ColumnCaption {
  /** First line, in bold: e.g. '3 neurons'. */
  count: string;
  /** Second line: e.g. 'hidden layer'. */
  role: string;
}

const CAPTION_ROOM = 52;
const EDGE_COLOR = 'rgba(50, 50, 50, 0.5)';

/** Chart.js configuration of a topology diagram; throws `PlotDataError` on bad sizes. */
export function topologyChart(opts: TopologyOptions, style: PlotStyle): ScatterConfig {
  const sizes = opts.layerSizes;
  if (!Array.isArray(sizes) || sizes.length < 2) {
    throw new PlotDataError('topology: layerSizes needs the number of inputs and at least one layer, e.g. [2, 3, 2]');
  }
  sizes.forEach((n, i) => checkCount(`topology: layerSizes[${i}]`, n));
  const captions = opts.columnCaptions ?? sizes.map((n, l) => defaultCaption(n, l, sizes.length));
  if (!Array.isArray(captions) || captions.length !== sizes.length) {
    throw new PlotDataError(`topology: columnCaptions needs one caption per column (${sizes.length}), got ${Array.isArray(captions) ? captions.length : String(captions)}`);
  }

  const columns = sizes.map((n, l) => Array.from({ length: n }, (_, k) => ({ x: l, y: (n - 1) / 2 - k })));
  const roles = [
    { label: 'inputs', layers: [0], color: paletteColor(9, 0.25), border: paletteColor(9) },
    { label: 'hidden', layers: sizes.slice(1, -1).map((_, i) => i + 1), color: paletteColor(BLUE, 0.3), border: paletteColor(BLUE) },
    { label: 'outputs', layers: [sizes.length - 1], color: paletteColor(RED, 0.3), border: paletteColor(RED) },
  ];
  const datasets: ScatterSet[] = roles.map((r) => ({
    label: r.label,
    data: r.layers.flatMap((l) => columns[l]!),
    showLine: false,
    backgroundColor: r.color,
    borderColor: r.border,
    borderWidth: 2,
    // Scriptable: the radius depends on the plot area, known only once Chart.js laid it out.
    pointRadius: (ctx) => neuronRadius(ctx.chart),
    pointHoverRadius: (ctx) => neuronRadius(ctx.chart),
  }));

  const tallest = Math.max(...sizes);
  const hidden = { display: false } as const;
  return chartConfig(style, {
    title: opts.title,
    datasets,
    scales: {
      x: axis(style, { ...hidden, min: -0.5, max: sizes.length - 0.5 }),
      y: axis(style, { ...hidden, min: -tallest / 2, max: tallest / 2 }),
    },
    legend: false,
    padding: { top: 10, left: 10, right: 10, bottom: CAPTION_ROOM },
    plugins: [edgesPlugin(columns), captionsPlugin(captions, style)],
  });
}

/** Radius in pixels that leaves room between neighbours in a column and for arrows between columns. */
function neuronRadius(chart: Chart): number {
  const perNeuron = Math.abs(chart.scales['y']!.getPixelForValue(1) - chart.scales['y']!.getPixelForValue(0));
  const perLayer = Math.abs(chart.scales['x']!.getPixelForValue(1) - chart.scales['x']!.getPixelForValue(0));
  return Math.max(1.5, Math.min(0.32 * perNeuron, 0.12 * perLayer, 26));
}

function edgesPlugin(columns: { x: number; y: number }[][]): ScatterPlugin {
  return {
    id: 'agileNeuronsTopologyEdges',
    beforeDatasetsDraw(chart) {
      const ctx = chart.ctx as DrawingContext;
      const r = neuronRadius(chart);
      const head = Math.max(4, Math.min(10, r * 0.6));
      const px = (p: { x: number; y: number }): Pixel => ({
        x: chart.scales['x']!.getPixelForValue(p.x),
        y: chart.scales['y']!.getPixelForValue(p.y),
      });
      const edges: [Pixel, Pixel][] = [];
      for (let l = 0; l + 1 < columns.length; l++) {
        for (const a of columns[l]!) {
          for (const b of columns[l + 1]!) {
            const from = px(a);
            const to = px(b);
            // Start and stop at the rims so arrowheads are not hidden under the circles.
            edges.push([shorten(to, from, r), shorten(from, to, r + 1)]);
          }
        }
      }
      arrows(ctx, edges, head, EDGE_COLOR);
    },
  };
}

function captionsPlugin(captions: readonly ColumnCaption[], style: PlotStyle): ScatterPlugin {
  return {
    id: 'agileNeuronsTopologyCaptions',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx as DrawingContext;
      const y = chart.chartArea.bottom;
      ctx.save();
      ctx.textAlign = 'center';
      ctx.textBaseline = 'top';
      captions.forEach(({ count, role }, l) => {
        const x = chart.scales['x']!.getPixelForValue(l);
        ctx.fillStyle = 'rgb(20, 20, 20)';
        ctx.font = cssFont(style, FONT_SIZES.legend + 1, 'bold');
        ctx.fillText(count, x, y + 10);
        ctx.fillStyle = TEXT_GREY;
        ctx.font = cssFont(style, FONT_SIZES.note);
        ctx.fillText(role, x, y + 30);
      });
      ctx.restore();
    },
  };
}

/** '3 inputs' / 'input layer', '1 neuron' / 'hidden layer 2', … */
function defaultCaption(n: number, layer: number, count: number): ColumnCaption {
  return { count: layer === 0 ? plural(n, 'input') : plural(n, 'neuron'), role: roleOf(layer, count) };
}

function roleOf(layer: number, count: number): string {
  if (layer === 0) return 'input layer';
  if (layer === count - 1) return 'output layer';
  return count > 3 ? `hidden layer ${layer}` : 'hidden layer';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
