/**
 * An activation of a whole layer: it turns the layer's weighted sums z (one per
 * neuron) into its outputs all together, where an `ActivationFunction` turns
 * one neuron's z into that neuron's output alone. Softmax is one: each of its
 * outputs depends on every z of the layer, so it belongs to the layer, not to a
 * neuron (`NeuronLayer.layerActivation`, `configure(…, { outputActivation })`).
 *
 * Its slope is a matrix (∂oᵢ/∂zⱼ), so instead of the book's `derivative:` it
 * gives δ from the errors directly: δⱼ = Σᵢ errorᵢ · ∂oᵢ/∂zⱼ, the Jacobian's
 * transpose times the errors. With the book's signs (error = how much an output
 * should grow) that is the layer's δ = −∂L/∂z.
 */
export abstract class LayerActivation {
  /** The name under which the layer activation is registered (see `layerActivations`). */
  abstract readonly name: string;

  /** The fewest neurons the activation makes sense for (softmax: 2; on one neuron its output is always 1). */
  abstract readonly minimumWidth: number;

  /** Replaces the `width` weighted sums `values[at…at + width)` by the layer's outputs. */
  abstract evalRow(values: Float64Array, at: number, width: number): void;

  /**
   * One example's δ from its errors: δⱼ = Σᵢ errorᵢ · ∂oᵢ/∂zⱼ, for j in
   * `at…at + width`, given the outputs o of the same example. `errors` and
   * `deltas` may be the same array.
   */
  abstract deltasFromErrors(outputs: Float64Array, errors: Float64Array, deltas: Float64Array, at: number, width: number): void;

  /** Settings needed to rebuild this activation by name; none by default. */
  config(): Record<string, number> {
    return {};
  }
}
