/**
 * Headless charts as PNG buffers. The service knows number series, not
 * networks: callers (examples, trainers) turn their results into series first.
 */
import { inject, injectable } from '../di.js';
import { PlotDataError } from '../errors.js';
import type { BaseChartOptions, PlotStyle, ScatterConfig } from './chart-options.js';
import { barsChart, type BarsOptions } from './charts/bars.js';
import { classificationChart, type ClassificationOptions } from './charts/classification.js';
import { functionCurvesChart, type FunctionCurvesOptions } from './charts/function-curves.js';
import { learningCurveChart, type LearningCurveOptions } from './charts/learning-curve.js';
import { learningCurvePanelCharts, type LearningCurvePanelsOptions } from './charts/learning-curve-panels.js';
import { lossCurveChart, type LossCurveOptions } from './charts/loss-curve.js';
import { parameterPathChart, type ParameterPathOptions } from './charts/parameter-path.js';
import { scatterChart, type ScatterOptions } from './charts/scatter.js';
import { topologyChart, type TopologyOptions } from './charts/topology.js';
import { compositeGrid, compositeSize } from './composite.js';
import { resolvePlotDefaults } from './defaults.js';
import { rendererFor } from './renderer-pool.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { checkCount, checkList, checkSize } from './series-checks.js';
import { PLOT_DEFAULTS, type PlotDefaults } from './tokens.js';

/** Each chart kind of `PlotService` and the options it takes (for `renderToFile`). */
export interface ChartKinds {
  scatter: ScatterOptions;
  lossCurve: LossCurveOptions;
  learningCurve: LearningCurveOptions;
  functionCurves: FunctionCurvesOptions;
  classification: ClassificationOptions;
  parameterPath: ParameterPathOptions;
  topology: TopologyOptions;
  learningCurvePanels: LearningCurvePanelsOptions;
  bars: BarsOptions;
}

/** The name of a chart kind of `PlotService`. */
export type ChartKind = keyof ChartKinds;

/**
 * Renders charts to PNG buffers and saves them atomically. Every chart method
 * checks its input first and rejects with `PlotDataError` (naming the series and
 * the index) on empty, mismatched or non-finite data or a bad size, and with
 * `MissingPackageError` when the optional packages chartjs-node-canvas and canvas
 * are not installed (the message gives the command to install them).
 */
@injectable()
export class PlotService {
  private readonly defaults: Required<PlotDefaults>;
  private readonly style: PlotStyle;

  /** @throws PlotDataError when `defaults` has a bad size, font or background. */
  constructor(@inject(PLOT_DEFAULTS) defaults: PlotDefaults) {
    this.defaults = resolvePlotDefaults(defaults);
    this.style = { fontFamily: this.defaults.fontFamily, background: this.defaults.background };
  }

  /** Points (red by default) with optional lines over them (blue by default). */
  async scatter(opts: ScatterOptions): Promise<Buffer> {
    return this.render('scatter', opts, scatterChart(opts, this.style));
  }

  /** Loss against iteration (x = 1..n unless given), optionally on a logarithmic y axis. */
  async lossCurve(opts: LossCurveOptions): Promise<Buffer> {
    return this.render('lossCurve', opts, lossCurveChart(opts, this.style));
  }

  /** The book's learning curve: error (blue, left axis) and precision (red, right axis, 0..1) per epoch. */
  async learningCurve(opts: LearningCurveOptions): Promise<Buffer> {
    return this.render('learningCurve', opts, learningCurveChart(opts, this.style));
  }

  /** Functions sampled at shared xs, e.g. the sigmoid and its derivative; `stepped` for step functions. */
  async functionCurves(opts: FunctionCurvesOptions): Promise<Buffer> {
    return this.render('functionCurves', opts, functionCurvesChart(opts, this.style));
  }

  /** Points coloured by class (0 blue, 1 red, then a palette) with an optional boundary line. */
  async classification(opts: ClassificationOptions): Promise<Buffer> {
    return this.render('classification', opts, classificationChart(opts, this.style));
  }

  /** Parameter paths (start ring, direction arrows) over optional grey iso-lines of a surface. */
  async parameterPath(opts: ParameterPathOptions): Promise<Buffer> {
    return this.render('parameterPath', opts, parameterPathChart(opts, this.style));
  }

  /** Bars by category, one bar per series in each category, each with its value written above. */
  async bars(opts: BarsOptions): Promise<Buffer> {
    return this.render('bars', opts, barsChart(opts, this.style));
  }

  /** A network's layers as columns of circles with arrows between consecutive layers. */
  async topology(opts: TopologyOptions): Promise<Buffer> {
    return this.render('topology', opts, topologyChart(opts, this.style));
  }

  /**
   * Learning curves in a grid of panels, one PNG of `columns × panelWidth` by
   * `rows × panelHeight` pixels (plus `COMPOSITE_TITLE_HEIGHT` with a title).
   */
  async learningCurvePanels(opts: LearningCurvePanelsOptions): Promise<Buffer> {
    const size = { width: this.defaults.width, height: this.defaults.height };
    const { charts, layout } = learningCurvePanelCharts(opts, this.style, size);
    const total = compositeSize(charts.length, layout);
    checkSize('learningCurvePanels: composite width', total.width);
    checkSize('learningCurvePanels: composite height', total.height);
    const renderer = await rendererFor(layout.cellWidth, layout.cellHeight);
    const tiles = await Promise.all(charts.map((c) => renderer.renderToBuffer(c)));
    return compositeGrid(tiles, layout, this.style);
  }

  /**
   * Charts side by side in one PNG: `pngs` (rendered by this service, all of one
   * size) in rows of `columns` (all in one row by default), under an optional title.
   * @throws PlotDataError when there is no PNG, one is not a PNG, or their sizes differ.
   */
  async tile(pngs: Buffer[], options: { columns?: number; title?: string } = {}): Promise<Buffer> {
    checkList('tile: pngs', pngs);
    const sizes = pngs.map((png, i) => pngSize(png, `tile: pngs[${i}]`));
    if (sizes.some((size) => size.width !== sizes[0]!.width || size.height !== sizes[0]!.height)) {
      throw new PlotDataError(`tile: every PNG must have one size; got ${sizes.map((size) => `${size.width}×${size.height}`).join(', ')}`);
    }
    const columns = options.columns ?? pngs.length;
    checkCount('tile: columns', columns);
    return compositeGrid(pngs, { columns, cellWidth: sizes[0]!.width, cellHeight: sizes[0]!.height, title: options.title }, this.style);
  }

  /**
   * Writes a PNG (or any bytes) to `path` atomically, creating parent directories.
   * @throws OutputFileError when it cannot be written; nothing is left at `path` then.
   */
  async save(png: Buffer, path: string): Promise<void> {
    if (!(png instanceof Uint8Array)) throw new PlotDataError(`save: png must be a Buffer, got ${typeof png}`);
    if (typeof path !== 'string' || path === '') throw new PlotDataError('save: path must be a non-empty string');
    await writeFileAtomic(path, png);
  }

  /** Renders a chart of `kind` and saves it to `path`; returns the PNG too. */
  async renderToFile<K extends ChartKind>(kind: K, opts: ChartKinds[K], path: string): Promise<Buffer> {
    const draw = this.kinds[kind] as ((o: ChartKinds[K]) => Promise<Buffer>) | undefined;
    if (!draw) throw new PlotDataError(`renderToFile: unknown chart kind '${String(kind)}'`);
    const png = await draw(opts);
    await this.save(png, path);
    return png;
  }

  private readonly kinds: { [K in ChartKind]: (o: ChartKinds[K]) => Promise<Buffer> } = {
    scatter: (o) => this.scatter(o),
    lossCurve: (o) => this.lossCurve(o),
    learningCurve: (o) => this.learningCurve(o),
    functionCurves: (o) => this.functionCurves(o),
    classification: (o) => this.classification(o),
    parameterPath: (o) => this.parameterPath(o),
    topology: (o) => this.topology(o),
    learningCurvePanels: (o) => this.learningCurvePanels(o),
    bars: (o) => this.bars(o),
  };

  private async render(kind: ChartKind, opts: BaseChartOptions, config: ScatterConfig): Promise<Buffer> {
    const width = opts.width ?? this.defaults.width;
    const height = opts.height ?? this.defaults.height;
    checkSize(`${kind}: width`, width);
    checkSize(`${kind}: height`, height);
    return (await rendererFor(width, height)).renderToBuffer(config);
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's header; PlotDataError if `png` is not one. */
function pngSize(png: Buffer, what: string): { width: number; height: number } {
  if (!(png instanceof Uint8Array) || png.length < 24 || PNG_SIGNATURE.some((byte, i) => png[i] !== byte)) {
    throw new PlotDataError(`${what} is not a PNG`);
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
