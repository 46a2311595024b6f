// The composition root: the only place that wires the default trainer (and
// plotting) into tsyringe. Core and training loops never resolve from a
// container; names (`--trainer sgd`) go through the registries instead.
import { container as rootContainer, type DependencyContainer } from './di.js';
import { registerPlotting } from './plot/register.js';
import type { PlotDefaults } from './plot/tokens.js';
import { GradientDescentTrainer } from './training/gradient-descent-trainer.js';
import { TRAINER } from './training/tokens.js';

/**
 * A fresh child container with the defaults registered: `TRAINER` is gradient
 * descent, and `PlotService` (one per container) draws with `plotDefaults`.
 * Make one per program, example or test; swap a strategy with
 * `container.register(TRAINER, { useClass: … })`.
 */
export function createContainer(
  parent: DependencyContainer = rootContainer,
  plotDefaults: Partial<PlotDefaults> = {},
): DependencyContainer {
  const c = parent.createChildContainer();
  registerPlotting(c, plotDefaults);
  c.register(TRAINER, { useClass: GradientDescentTrainer });
  return c;
}
