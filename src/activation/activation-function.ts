/**
 * The book's `ActivationFunction`: what a neuron applies to z = w·x + b.
 *
 * `derivative` takes the neuron's **output** o = eval(z), not z, as the book
 * does: for the sigmoid σ′(z) = o·(1 − o). A subclass whose derivative cannot be
 * written from the output alone is not a fit for this contract.
 */
export abstract class ActivationFunction {
  /** The name under which the activation is registered (see `registerActivation`). */
  abstract readonly name: string;

  /** The activation of a weighted sum z. */
  abstract eval(z: number): number;

  /** The slope of the activation, written in terms of the output o = eval(z). */
  abstract derivative(output: number): number;

  /** Settings needed to rebuild this activation by name (e.g. a leaky slope); none by default. */
  config(): Record<string, number> {
    return {};
  }
}
