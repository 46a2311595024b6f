// chartjs-node-canvas and canvas are optional: without them the plot module
// still imports, and a render rejects with MissingPackageError saying what to
// install (test/package checks the same on the packed package, really without them).
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the plot module and the errors it throws, with chartjs-node-canvas unloadable. */
async function plotWithoutChartjsNodeCanvas() {
  vi.resetModules();
  vi.doMock('chartjs-node-canvas', () => {
    throw new Error("Cannot find package 'chartjs-node-canvas' imported from renderer-pool.js");
  });
  const plot = await import('../../src/plot/index.js');
  const errors = await import('../../src/errors.js');
  return { service: new plot.PlotService(plot.DEFAULT_PLOT_DEFAULTS), errors };
}

const losses = { series: [{ values: [1, 0.5, 0.25] }] };

describe('rendering without the optional packages', () => {
  afterEach(() => {
    vi.doUnmock('chartjs-node-canvas');
    vi.resetModules();
  });

  it('rejects with MissingPackageError: the packages, the install command, the system libraries, the cause', async () => {
    const { service, errors } = await plotWithoutChartjsNodeCanvas();
    const error = await service.lossCurve(losses).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.MissingPackageError);
    expect(error).toBeInstanceOf(errors.AgileNeuronsError);
    const missing = error as InstanceType<typeof errors.MissingPackageError>;
    expect(missing.packages).toEqual(['chartjs-node-canvas', 'canvas']);
    expect(missing.install).toBe('npm install chartjs-node-canvas canvas');
    expect(missing.message).toMatch(/^Drawing a chart needs the optional packages chartjs-node-canvas and canvas, which cannot be loaded \(.+\)\. Install them with: npm install chartjs-node-canvas canvas\. /);
    expect(missing.message).toContain('sudo apt-get install build-essential pkg-config libcairo2-dev');
    expect(missing.message).toContain('npm rebuild canvas');
    expect(missing.cause).toBeInstanceOf(Error);
  });

  it('checks the data first: bad series still get PlotDataError', async () => {
    const { service, errors } = await plotWithoutChartjsNodeCanvas();
    await expect(service.lossCurve({ series: [{ values: [1, Number.NaN] }] })).rejects.toBeInstanceOf(errors.PlotDataError);
  });

  it('tries again at the next render, so installing the packages needs no restart', async () => {
    const { service, errors } = await plotWithoutChartjsNodeCanvas();
    await expect(service.lossCurve(losses)).rejects.toBeInstanceOf(errors.MissingPackageError);
    vi.doUnmock('chartjs-node-canvas');
    const png = await service.lossCurve(losses);
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  });
});
