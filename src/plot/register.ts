/** Registration of the plot module in a tsyringe container made by `createContainer()`. */
import type { DependencyContainer } from '../di.js';
import { resolvePlotDefaults } from './defaults.js';
import { PlotService } from './plot-service.js';
import { PLOT_DEFAULTS, type PlotDefaults } from './tokens.js';

/**
 * Registers `PLOT_DEFAULTS` (the given values over `DEFAULT_PLOT_DEFAULTS`) and
 * `PlotService` as a singleton of container `c`, so renders share one service.
 * Returns `c`, so `registerPlotting(createContainer()).resolve(PlotService)` reads in one line.
 * @throws PlotDataError at once when `defaults` is bad, not at the first render.
 */
export function registerPlotting(c: DependencyContainer, defaults: Partial<PlotDefaults> = {}): DependencyContainer {
  c.register(PLOT_DEFAULTS, { useValue: resolvePlotDefaults(defaults) });
  c.registerSingleton(PlotService);
  return c;
}
