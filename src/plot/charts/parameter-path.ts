/**
 * Paths of parameters (w0, w1) during training, with direction arrows, over
 * optional iso-lines of the loss surface.
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
import { contourLines, type ContourLine } from '../contours.js';
import { lineSet, toPoints } from '../datasets.js';
import { arrowHead, clipTo, ring, type DrawingContext, type Pixel } from '../drawing.js';
import { formatNumber } from '../../util/number-format.js';
import { HELPER_GREY, paletteColor, TEXT_GREY } from '../palette.js';
import { checkIncreasing, checkList, checkPairs, checkSameLength, checkValues, seriesLabel } from '../series-checks.js';
import { evenIndices, pick } from '../subsample.js';

/** One path: the successive values of two parameters. */
export interface ParameterPath {
  name: string;
  w0s: ArrayLike<number>;
  w1s: ArrayLike<number>;
  color?: string;
}

/** A function sampled on a grid, drawn as iso-lines under the paths. */
export interface ContourOptions {
  x0s: number[];
  x1s: number[];
  /** `values[i][j]` is the value at `(x0s[j], x1s[i])`. */
  values: number[][];
  /** Levels of the iso-lines; 8 evenly spaced levels when omitted. */
  levels?: number[];
}

/** Options of `PlotService.parameterPath`. */
export interface ParameterPathOptions extends BaseChartOptions {
  paths: ParameterPath[];
  contours?: ContourOptions;
  /** Legend entries of the start ring and the arrowheads; 'start' and 'direction / end' by default. */
  markerLabels?: { start: string; direction: string };
}

const MAX_DRAWN = 4000;
// Markers on every step help for short paths; for long ones they merge into a blob.
const MAX_MARKED = 300;

/** Chart.js configuration of parameter paths; throws `PlotDataError` on bad series. */
export function parameterPathChart(opts: ParameterPathOptions, style: PlotStyle): ScatterConfig {
  checkList('parameterPath: paths', opts.paths);
  const colors: string[] = [];
  const datasets: ScatterSet[] = opts.paths.map((p, i) => {
    const label = seriesLabel('parameterPath', 'paths', i, p?.name);
    checkPairs(label, p?.w0s, p?.w1s, ['w0s', 'w1s']);
    const kept = evenIndices(p.w0s.length, MAX_DRAWN);
    colors.push(p.color ?? paletteColor(i));
    return lineSet({
      label: p.name ?? `path ${i + 1}`,
      data: toPoints(pick(p.w0s, kept), pick(p.w1s, kept)),
      color: colors[i]!,
      markerRadius: kept.length <= MAX_MARKED ? 2.5 : 0,
    });
  });
  // Legend-only entries that explain the start ring and the arrowheads.
  const markerLabels = opts.markerLabels ?? { start: 'start', direction: 'direction / end' };
  datasets.push(
    { label: markerLabels.start, data: [], pointStyle: 'circle', backgroundColor: '#ffffff', borderColor: TEXT_GREY, borderWidth: 2 },
    { label: markerLabels.direction, data: [], pointStyle: 'triangle', backgroundColor: TEXT_GREY, borderColor: TEXT_GREY },
  );

  const plugins: ScatterPlugin[] = [pathMarkersPlugin(opts.paths.length, colors)];
  let range: { x: [number, number]; y: [number, number] } | undefined;
  if (opts.contours) {
    const c = opts.contours;
    checkContours(c);
    plugins.unshift(contoursPlugin(contourLines(c, c.levels), style));
    // The whole sampled surface stays in view even where no path goes.
    range = { x: [c.x0s[0]!, c.x0s[c.x0s.length - 1]!], y: [c.x1s[0]!, c.x1s[c.x1s.length - 1]!] };
  }
  return chartConfig(style, {
    title: opts.title,
    datasets,
    scales: {
      x: axis(style, { title: opts.xLabel ?? 'w0', position: 'bottom', suggestedMin: range?.x[0], suggestedMax: range?.x[1] }),
      y: axis(style, { title: opts.yLabel ?? 'w1', suggestedMin: range?.y[0], suggestedMax: range?.y[1] }),
    },
    legend: true,
    legendPointStyle: true,
    plugins,
  });
}

function checkContours(c: ContourOptions): void {
  const label = 'parameterPath: contours';
  checkValues(label, 'x0s', c.x0s);
  checkValues(label, 'x1s', c.x1s);
  checkIncreasing(label, 'x0s', c.x0s);
  checkIncreasing(label, 'x1s', c.x1s);
  if (!Array.isArray(c.values)) checkValues(label, 'values', c.values);
  checkSameLength(label, 'x1s', c.x1s, 'values (rows)', c.values);
  c.values.forEach((row, i) => {
    checkValues(label, `values[${i}]`, row);
    checkSameLength(label, 'x0s', c.x0s, `values[${i}]`, row);
  });
  if (c.levels !== undefined) checkValues(label, 'levels', c.levels);
}

/** Iso-lines in light grey under the data sets, each labelled once with its level. */
function contoursPlugin(lines: ContourLine[], style: PlotStyle): ScatterPlugin {
  return {
    id: 'agileNeuronsContours',
    beforeDatasetsDraw(chart) {
      const ctx = chart.ctx as DrawingContext;
      const px = pixelMapper(chart);
      ctx.save();
      clipTo(ctx, chart.chartArea);
      ctx.strokeStyle = HELPER_GREY;
      ctx.lineWidth = 1.2;
      ctx.font = cssFont(style, FONT_SIZES.note - 1);
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      for (const line of lines) {
        ctx.beginPath();
        for (const [p, q] of line.segments) {
          const a = px(p);
          const b = px(q);
          ctx.moveTo(a.x, a.y);
          ctx.lineTo(b.x, b.y);
        }
        ctx.stroke();
        const mid = line.segments[Math.floor(line.segments.length / 2)];
        if (mid) label(ctx, formatLevel(line.level), px(mid[0]));
      }
      ctx.restore();
    },
  };
}

/** A ring at each path's start and arrowheads a third, two thirds and all the way along it. */
function pathMarkersPlugin(pathCount: number, colors: string[]): ScatterPlugin {
  return {
    id: 'agileNeuronsPathMarkers',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx as DrawingContext;
      for (let d = 0; d < pathCount; d++) {
        const pts: Pixel[] = chart.getDatasetMeta(d).data.map((e) => ({ x: e.x, y: e.y }));
        if (pts.length === 0) continue;
        const color = colors[d]!;
        for (const f of [1 / 3, 2 / 3]) {
          const along = pointAlong(pts, f);
          if (along) arrowHead(ctx, along.from, along.tip, 11, color);
        }
        const last = pts[pts.length - 1]!;
        const before = [...pts].reverse().find((p) => Math.hypot(p.x - last.x, p.y - last.y) >= 1);
        if (before) arrowHead(ctx, before, last, 15, color);
        ring(ctx, pts[0]!, 7, color);
      }
    },
  };
}

/** The point a fraction `f` of the pixel length along a polyline, with the direction it moves there. */
function pointAlong(pts: Pixel[], f: number): { from: Pixel; tip: Pixel } | undefined {
  const lengths = pts.slice(1).map((p, i) => Math.hypot(p.x - pts[i]!.x, p.y - pts[i]!.y));
  const total = lengths.reduce((s, l) => s + l, 0);
  if (total < 40) return undefined; // too short for extra arrows to read as anything but noise
  let remaining = total * f;
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i]!;
    if (remaining <= l && l > 0) {
      const a = pts[i]!;
      const b = pts[i + 1]!;
      const t = remaining / l;
      return { from: a, tip: { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t } };
    }
    remaining -= l;
  }
  return undefined;
}

function pixelMapper(chart: Chart): (p: readonly [number, number]) => Pixel {
  const xs = chart.scales['x']!;
  const ys = chart.scales['y']!;
  return ([x, y]) => ({ x: xs.getPixelForValue(x), y: ys.getPixelForValue(y) });
}

/** Text on a white patch, so the line under it does not strike it through. */
function label(ctx: DrawingContext, text: string, at: Pixel): void {
  const w = ctx.measureText(text).width + 6;
  const h = FONT_SIZES.note + 2;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
  ctx.fillRect(at.x - w / 2, at.y - h / 2, w, h);
  ctx.fillStyle = TEXT_GREY;
  ctx.fillText(text, at.x, at.y);
}

/** An iso-line's label: its level to 3 significant digits, in the one number format. */
function formatLevel(level: number): string {
  return formatNumber(level, 3);
}
