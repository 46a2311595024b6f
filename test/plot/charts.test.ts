import { describe, expect, it } from 'vitest';
import { COMPOSITE_TITLE_HEIGHT, DEFAULT_PLOT_DEFAULTS, PlotService } from '../../src/plot/index.js';
import {
  classificationOpts,
  functionOpts,
  learningOpts,
  lossOpts,
  pathOpts,
  PNG_SIGNATURE,
  pngSize,
  preview,
  scatterOpts,
  topologyOpts,
} from './fixtures.js';

const plots = new PlotService(DEFAULT_PLOT_DEFAULTS);

function expectPng(png: Buffer, width: number, height: number): void {
  expect(Buffer.isBuffer(png)).toBe(true);
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(pngSize(png)).toEqual({ width, height });
}

describe('PlotService charts', () => {
  const kinds: [string, () => Promise<Buffer>][] = [
    ['scatter', () => plots.scatter(scatterOpts)],
    ['loss-curve', () => plots.lossCurve(lossOpts)],
    ['loss-curve-log', () => plots.lossCurve({ ...lossOpts, title: 'Loss (log scale)', logScale: true })],
    ['learning-curve', () => plots.learningCurve(learningOpts(120))],
    ['function-curves', () => plots.functionCurves(functionOpts)],
    ['classification', () => plots.classification(classificationOpts)],
    ['parameter-path', () => plots.parameterPath(pathOpts)],
    ['topology', () => plots.topology(topologyOpts)],
  ];

  for (const [name, render] of kinds) {
    it(`${name} renders a PNG of the default 800×500 size`, async () => {
      const png = await render();
      expectPng(png, 800, 500);
      preview(name, png);
    });
  }

  it('honours width and height per call', async () => {
    expectPng(await plots.scatter({ ...scatterOpts, width: 321, height: 123 }), 321, 123);
    expectPng(await plots.topology({ layerSizes: [4, 5, 1], width: 640, height: 480 }), 640, 480);
  });

  it('uses the service defaults when the call gives no size', async () => {
    const small = new PlotService({ width: 300, height: 200 });
    expectPng(await small.functionCurves(functionOpts), 300, 200);
  });

  it('draws a learning curve with validation series', async () => {
    const opts = learningOpts(200);
    const png = await plots.learningCurve({
      ...opts,
      title: 'Learning curve with validation rows',
      validationErrors: Array.from(opts.errors, (e, i) => e + 0.002 * i),
      validationPrecisions: Array.from(opts.precisions, (p) => 0.9 * p),
    });
    expectPng(png, 800, 500);
    preview('learning-curve-validation', png);
  });

  it('draws a learning curve of 5000 epochs (thinned for drawing)', async () => {
    const png = await plots.learningCurve({ ...learningOpts(5000), title: 'Learning curve, 5000 epochs' });
    expectPng(png, 800, 500);
    preview('learning-curve-5000', png);
  });

  it('draws series of one value and unnamed series', async () => {
    expectPng(await plots.lossCurve({ series: [{ values: [0.5] }] }), 800, 500);
    expectPng(await plots.scatter({ points: [{ xs: [1], ys: [1] }] }), 800, 500);
    expectPng(await plots.parameterPath({ paths: [{ name: 'p', w0s: [0], w1s: [0] }] }), 800, 500);
  });

  it('draws a path without contours and a deep topology', async () => {
    const { contours: _, ...noContours } = pathOpts;
    expectPng(await plots.parameterPath(noContours), 800, 500);
    const deep = await plots.topology({ layerSizes: [3, 6, 6, 4, 1], title: 'Deep network' });
    expectPng(deep, 800, 500);
    preview('topology-deep', deep);
  });

  it('composes learning-curve panels into columns × rows of the panel size', async () => {
    const panels = [0.01, 0.1, 0.5, 1].map((rate, i) => ({ ...learningOpts(50 * (i + 1)), title: `learning rate ${rate}` }));
    const png = await plots.learningCurvePanels({ panels, panelWidth: 500, panelHeight: 320, title: 'Four learning rates' });
    expectPng(png, 2 * 500, 2 * 320 + COMPOSITE_TITLE_HEIGHT);
    preview('learning-curve-panels', png);

    expectPng(await plots.learningCurvePanels({ panels: panels.slice(0, 3), columns: 3, panelWidth: 200, panelHeight: 150 }), 600, 150);
    // Defaults: two columns of service-sized panels; an odd count leaves a blank cell.
    expectPng(await plots.learningCurvePanels({ panels: panels.slice(0, 3) }), 1600, 1000);
  });
});

describe('axes cover unsorted data', () => {
  it('a scatter whose xs are not sorted still spans them all (points are not cut off)', async () => {
    const plot = new PlotService(DEFAULT_PLOT_DEFAULTS);
    const sorted = await plot.scatter({ points: [{ xs: [0, 5, 10], ys: [1, 2, 3] }] });
    const unsorted = await plot.scatter({ points: [{ xs: [0, 10, 5], ys: [1, 3, 2] }] });
    expect(unsorted.equals(sorted)).toBe(true);
  });
});

describe('bars', () => {
  const plot = new PlotService(DEFAULT_PLOT_DEFAULTS);

  it('renders grouped bars of the default size', async () => {
    const png = await plot.bars({
      title: 'Timings',
      categories: ['GD 3000', 'SGD 1000'],
      series: [
        { name: 'book', values: [27.5, 18.8] },
        { name: 'ours', values: [0.5, 0.4] },
      ],
      yLabel: 'seconds',
    });
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 800, height: 500 });
    preview('bars', png);
  });

  it('a series needs one finite value per category', async () => {
    await expect(plot.bars({ categories: ['a', 'b'], series: [{ name: 'x', values: [1] }] })).rejects.toThrow(
      /values has 1 values but categories has 2/,
    );
    await expect(plot.bars({ categories: ['a'], series: [{ name: 'x', values: [NaN] }] })).rejects.toThrow(/x/);
  });
});
