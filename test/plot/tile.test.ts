import { describe, expect, it } from 'vitest';
import { PlotDataError } from '../../src/index.js';
import { createContainer } from '../../src/container.js';
import { COMPOSITE_TITLE_HEIGHT, PlotService, registerPlotting } from '../../src/plot/index.js';
import { pngSize } from '../figures/png.js';

const plot = registerPlotting(createContainer()).resolve(PlotService);
const curve = (width: number) => plot.lossCurve({ width, height: 300, series: [{ values: [3, 2, 1] }] });

describe('PlotService.tile', () => {
  it('puts charts of one size side by side, with room for a title', async () => {
    const a = await curve(400);
    expect(pngSize(await plot.tile([a, a, a]))).toEqual({ width: 1200, height: 300 });
    expect(pngSize(await plot.tile([a, a, a], { columns: 2, title: 'three' }))).toEqual({ width: 800, height: 600 + COMPOSITE_TITLE_HEIGHT });
  });

  it('refuses no PNG, a non-PNG and PNGs of different sizes', async () => {
    await expect(plot.tile([])).rejects.toThrow(PlotDataError);
    await expect(plot.tile([Buffer.from('not a png at all, really not')])).rejects.toThrow('tile: pngs[0] is not a PNG');
    await expect(plot.tile([await curve(400), await curve(500)])).rejects.toThrow('every PNG must have one size; got 400×300, 500×300');
    await expect(plot.tile([await curve(400)], { columns: 0 })).rejects.toThrow(PlotDataError);
  });
});
