import { InvalidArgumentError } from '../../errors.js';

/** Throws unless `value` is a number in [0, 1) (`what` names the setting). */
export function checkFraction(what: string, value: number): void {
  // The typeof test is needed: the comparisons would take '0.5' or null as numbers.
  if (typeof value !== 'number' || !(value >= 0 && value < 1)) {
    throw new InvalidArgumentError(what, `must be a number in [0, 1), got ${String(value)}`);
  }
}

/** The state a per-parameter optimizer keeps for `parameter`, made by `make` at its first step. */
export function stateOf<S>(states: WeakMap<Float64Array, S>, parameter: Float64Array, make: () => S): S {
  let state = states.get(parameter);
  if (state === undefined) {
    state = make();
    states.set(parameter, state);
  }
  return state;
}
