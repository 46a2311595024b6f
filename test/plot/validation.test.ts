import { describe, expect, it } from 'vitest';
import { PlotDataError } from '../../src/errors.js';
import { DEFAULT_PLOT_DEFAULTS, PlotService } from '../../src/plot/index.js';
import { learningOpts, pathOpts } from './fixtures.js';

const plots = new PlotService(DEFAULT_PLOT_DEFAULTS);

/** Expects a PlotDataError whose message contains every fragment. */
async function rejects(call: () => Promise<unknown>, ...fragments: string[]): Promise<void> {
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlotDataError);
  for (const f of fragments) expect((error as Error).message).toContain(f);
}

describe('PlotService input checks', () => {
  it('rejects empty series and empty series lists', async () => {
    await rejects(() => plots.lossCurve({ series: [] }), 'lossCurve: series is empty');
    await rejects(() => plots.lossCurve({ series: [{ name: 'train', values: [] }] }), "series[0] 'train'", 'values is empty');
    await rejects(() => plots.scatter({ points: [{ name: 'data', xs: [], ys: [] }] }), "points[0] 'data'", 'xs is empty');
    await rejects(() => plots.functionCurves({ xs: [1, 2], curves: [] }), 'functionCurves: curves is empty');
  });

  it('rejects series of different lengths, naming the series', async () => {
    await rejects(
      () => plots.scatter({ points: [{ xs: [1], ys: [1] }], lines: [{ name: 'fit', xs: [0, 1, 2], ys: [0, 1] }] }),
      "scatter: lines[0] 'fit'",
      'xs has 3 values but ys has 2',
    );
    await rejects(() => plots.learningCurve({ errors: [1, 2, 3], precisions: [0.5, 0.6] }), 'errors has 3 values but precisions has 2');
    await rejects(
      () => plots.functionCurves({ xs: [0, 1, 2], curves: [{ name: 'ok', ys: [0, 1, 2] }, { name: 'short', ys: [0, 1] }] }),
      "curves[1] 'short'",
      'xs has 3 values but ys has 2',
    );
    await rejects(
      () => plots.classification({ points: { xs: [0, 1], ys: [0, 1], classes: [0] } }),
      'classification: points',
      'xs has 2 values but classes has 1',
    );
  });

  it('rejects NaN and ±Infinity with the series and the value index', async () => {
    await rejects(
      () => plots.lossCurve({ series: [{ values: [1, 2] }, { name: 'test', values: [1, NaN, 3] }] }),
      "lossCurve: series[1] 'test': values[1] is NaN",
    );
    await rejects(() => plots.scatter({ points: [{ name: 'p', xs: [0, 1, 2], ys: [0, 1, Infinity] }] }), "points[0] 'p': ys[2] is Infinity");
    await rejects(() => plots.parameterPath({ paths: [{ name: 'sgd', w0s: [0, -Infinity], w1s: [0, 1] }] }), "paths[0] 'sgd': w0s[1] is -Infinity");
    await rejects(() => plots.learningCurve({ errors: [1, NaN], precisions: [0, 1] }), 'learningCurve: errors[1] is NaN');
    await rejects(() => plots.lossCurve({ series: [{ name: 's', values: [1, 'x' as unknown as number] }] }), "values[1] is the string 'x'");
  });

  it('needs values > 0 on a log scale', async () => {
    await rejects(
      () => plots.lossCurve({ logScale: true, series: [{ name: 'train', values: [1, 0.5, 0] }] }),
      "series[0] 'train': values[2] is 0",
      'logarithmic',
    );
    await rejects(() => plots.lossCurve({ logScale: true, series: [{ name: 'train', values: [-1] }] }), 'values[0] is -1');
    // The same values are fine on a linear scale.
    await expect(plots.lossCurve({ series: [{ values: [1, 0.5, 0] }], width: 100, height: 80 })).resolves.toBeInstanceOf(Buffer);
  });

  it('checks precisions, classes, contours and layer sizes', async () => {
    await rejects(() => plots.learningCurve({ errors: [1], precisions: [87] }), 'precisions[0] is 87, outside 0..1');
    await rejects(() => plots.classification({ points: { xs: [0, 1], ys: [0, 1], classes: [0, 1.5] } }), 'classes[1] is 1.5');
    const c = pathOpts.contours!;
    await rejects(() => plots.parameterPath({ ...pathOpts, contours: { ...c, x0s: [...c.x0s].reverse() } }), 'contours: x0s[1]', 'increase');
    await rejects(() => plots.parameterPath({ ...pathOpts, contours: { ...c, values: c.values.slice(1) } }), 'x1s has 33 values but values (rows) has 32');
    await rejects(() => plots.topology({ layerSizes: [2, 0, 1] }), 'layerSizes[1]', 'positive integer');
    await rejects(() => plots.topology({ layerSizes: [2.5, 1] }), 'layerSizes[0]');
    await rejects(() => plots.topology({ layerSizes: [3] }), 'at least one layer');
    await rejects(() => plots.learningCurvePanels({ panels: [{ title: 'bad', errors: [1], precisions: [2] }] }), "panels[0] 'bad'", 'precisions[0] is 2');
  });

  it('rejects non-positive and non-integer sizes', async () => {
    await rejects(() => plots.scatter({ points: [{ xs: [0], ys: [0] }], width: 0 }), 'scatter: width', 'got 0');
    await rejects(() => plots.lossCurve({ series: [{ values: [1] }], height: -5 }), 'lossCurve: height', 'got -5');
    await rejects(() => plots.learningCurve({ ...learningOpts(3), width: 640.5 }), 'learningCurve: width', 'got 640.5');
    await rejects(() => plots.learningCurvePanels({ panels: [{ title: 't', ...learningOpts(3) }], columns: 0 }), 'columns');
    await rejects(() => plots.learningCurvePanels({ panels: [{ title: 't', ...learningOpts(3) }], panelWidth: NaN }), 'panelWidth');
    expect(() => new PlotService({ width: 0, height: 10 })).toThrow(PlotDataError);
    expect(() => new PlotService({ width: 10, height: 1.5 })).toThrow(/height/);
  });
});
