/**
 * The composition root: the only place that wires trainers into tsyringe, with
 * the decorators a user's injectable class needs. Core and training loops never
 * resolve from a container, and the package root does not load tsyringe
 * (docs/design.md, "Packaging"). Plotting registers itself:
 * `registerPlotting(createContainer())` from `agile-neurons/plot`.
 * @module agile-neurons/container
 */
import { container as rootContainer, type DependencyContainer } from './di.js';
import { UnknownNameError } from './errors.js';
import { GradientDescentTrainer } from './training/gradient-descent-trainer.js';
import { StochasticGradientDescentTrainer } from './training/stochastic-gradient-descent-trainer.js';
import { TRAINER, trainerToken } from './training/tokens.js';
import type { Trainer } from './training/trainer.js';

export { inject, injectable, type DependencyContainer, type InjectionToken } from './di.js';

/** A trainer class `registerTrainer` accepts: one the container can build with no arguments. */
export type TrainerClass = new () => Trainer;

const trainerNames = new WeakMap<DependencyContainer, Set<string>>();

/**
 * A fresh child container with the defaults registered: `TRAINER` is gradient
 * descent and the trainers 'gd' and 'sgd' are registered by name. Make one per
 * program, example or test; swap a strategy with `container.register(TRAINER, …)`.
 * To draw, add the plot service from `agile-neurons/plot`:
 * `registerPlotting(createContainer()).resolve(PlotService)`.
 */
export function createContainer(parent: DependencyContainer = rootContainer): DependencyContainer {
  const c = parent.createChildContainer();
  c.register(TRAINER, { useClass: GradientDescentTrainer });
  registerTrainer(c, 'gd', GradientDescentTrainer);
  registerTrainer(c, 'sgd', StochasticGradientDescentTrainer);
  return c;
}

/** Registers a trainer class under `name`, so `resolveTrainer(c, name)` (and the CLI) can find it. */
export function registerTrainer(c: DependencyContainer, name: string, trainer: TrainerClass): void {
  c.register(trainerToken(name), { useClass: trainer });
  const names = trainerNames.get(c) ?? new Set<string>();
  names.add(name);
  trainerNames.set(c, names);
}

/** A new instance of the trainer registered as `name`. */
export function resolveTrainer(c: DependencyContainer, name: string): Trainer {
  const token = trainerToken(name);
  if (!c.isRegistered(token, true)) throw new UnknownNameError('trainer', name, [...(trainerNames.get(c) ?? [])]);
  return c.resolve(token);
}
