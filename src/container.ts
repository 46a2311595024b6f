// The composition root: the only place that wires trainers (and plotting) into
// tsyringe. Core and training loops never resolve from a container.
import { container as rootContainer, type DependencyContainer } from './di.js';
import { UnknownNameError } from './errors.js';
import { registerPlotting } from './plot/register.js';
import type { PlotDefaults } from './plot/tokens.js';
import { GradientDescentTrainer } from './training/gradient-descent-trainer.js';
import { StochasticGradientDescentTrainer } from './training/stochastic-gradient-descent-trainer.js';
import { TRAINER, trainerToken } from './training/tokens.js';
import type { Trainer } from './training/trainer.js';

type TrainerClass = new () => Trainer;

const trainerNames = new WeakMap<DependencyContainer, Set<string>>();

/**
 * A fresh child container with the defaults registered: `TRAINER` is gradient
 * descent, the trainers 'gd' and 'sgd' are registered by name, and `PlotService`
 * (one per container) draws with `plotDefaults`. Make one per program, example
 * or test; swap a strategy with `container.register(TRAINER, …)`.
 */
export function createContainer(
  parent: DependencyContainer = rootContainer,
  plotDefaults: Partial<PlotDefaults> = {},
): DependencyContainer {
  const c = parent.createChildContainer();
  registerPlotting(c, plotDefaults);
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
