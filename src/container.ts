/**
 * The composition root: the only place that wires the default trainer into
 * tsyringe, with the decorators a user's injectable class needs. Core and
 * training loops never resolve from a container, names (`--trainer sgd`) go
 * through the registries, and the package root does not load tsyringe
 * (docs/design.md, "Packaging"). Plotting registers itself:
 * `registerPlotting(createContainer())` from `agile-neurons/plot`.
 * @module agile-neurons/container
 */
import { container as rootContainer, type DependencyContainer } from './di.js';
import { GradientDescentTrainer } from './training/gradient-descent-trainer.js';
import { TRAINER } from './training/tokens.js';

export { inject, injectable, type DependencyContainer, type InjectionToken } from './di.js';

/**
 * A fresh child container with the default registered: `TRAINER` is gradient
 * descent. Make one per program, example or test; swap a strategy with
 * `container.register(TRAINER, { useClass: … })`. To draw, add the plot service
 * from `agile-neurons/plot`: `registerPlotting(createContainer()).resolve(PlotService)`.
 */
export function createContainer(parent: DependencyContainer = rootContainer): DependencyContainer {
  const c = parent.createChildContainer();
  c.register(TRAINER, { useClass: GradientDescentTrainer });
  return c;
}
