import { describe, expect, it } from 'vitest';
import { createContainer } from '../../src/container.js';
import { container } from '../../src/di.js';
import { PlotDataError } from '../../src/errors.js';
import { DEFAULT_PLOT_DEFAULTS, PLOT_DEFAULTS, PlotService, registerPlotting } from '../../src/plot/index.js';
import { functionOpts, pngSize } from './fixtures.js';

describe('registerPlotting', () => {
  it('makes PlotService resolvable from a fresh child container, with the given defaults', async () => {
    const child = container.createChildContainer();
    expect(registerPlotting(child, { width: 420, height: 260 })).toBe(child);
    const plots = child.resolve(PlotService);
    expect(plots).toBeInstanceOf(PlotService);
    expect(child.resolve(PLOT_DEFAULTS)).toEqual({ ...DEFAULT_PLOT_DEFAULTS, width: 420, height: 260 });
    // One service per container.
    expect(child.resolve(PlotService)).toBe(plots);
    expect(pngSize(await plots.functionCurves(functionOpts))).toEqual({ width: 420, height: 260 });
  });

  it('uses DEFAULT_PLOT_DEFAULTS when given nothing and keeps containers apart', () => {
    const a = container.createChildContainer();
    const b = container.createChildContainer();
    registerPlotting(a);
    registerPlotting(b, { background: '#f0f0f0' });
    expect(a.resolve(PLOT_DEFAULTS)).toEqual(DEFAULT_PLOT_DEFAULTS);
    expect(b.resolve(PLOT_DEFAULTS).background).toBe('#f0f0f0');
    expect(a.resolve(PlotService)).not.toBe(b.resolve(PlotService));
    expect(container.isRegistered(PlotService)).toBe(false);
  });

  it('is not part of createContainer(): the plot entry registers itself into the container it is given', () => {
    const c = createContainer();
    expect(c.isRegistered(PLOT_DEFAULTS, true)).toBe(false);
    expect(registerPlotting(c).resolve(PlotService)).toBeInstanceOf(PlotService);
  });

  it('rejects bad defaults at registration', () => {
    expect(() => registerPlotting(container.createChildContainer(), { width: -1 })).toThrow(PlotDataError);
    expect(() => registerPlotting(container.createChildContainer(), { fontFamily: '' })).toThrow(/fontFamily/);
  });
});
