import { LayerActivation } from './layer-activation.js';
import { layerActivations } from './registry.js';

/**
 * Softmax: oⱼ = e^zⱼ / Σₖ e^zₖ, outputs in (0, 1) that sum to 1 — one
 * probability per class. A layer's activation, not a neuron's (each output
 * depends on every z of the layer); give it to the output layer with
 * `configure(nIn, hidden, nOut, { outputActivation: new SoftmaxAF() })`.
 *
 * Its Jacobian is ∂oᵢ/∂zⱼ = oᵢ(𝟙ᵢⱼ − oⱼ), so δⱼ = oⱼ · (errorⱼ − Σᵢ oᵢ · errorᵢ).
 * With the categorical cross-entropy the two simplify to δ = t − o (the loss's
 * `deltaThroughSoftmax`), which the trainers use.
 */
export class SoftmaxAF extends LayerActivation {
  static readonly registeredName = 'softmax';
  readonly name: string = SoftmaxAF.registeredName;
  readonly minimumWidth = 2;

  // e^(z − max z): the same quotient, and no e^z overflows (the largest is e^0 = 1).
  evalRow(values: Float64Array, at: number, width: number): void {
    let largest = -Infinity;
    for (let j = at; j < at + width; j++) largest = Math.max(largest, values[j]!);
    let sum = 0;
    for (let j = at; j < at + width; j++) {
      const e = Math.exp(values[j]! - largest);
      values[j] = e;
      sum += e;
    }
    for (let j = at; j < at + width; j++) values[j] = values[j]! / sum;
  }

  deltasFromErrors(outputs: Float64Array, errors: Float64Array, deltas: Float64Array, at: number, width: number): void {
    let weighted = 0; // Σᵢ oᵢ · errorᵢ
    for (let i = at; i < at + width; i++) weighted += outputs[i]! * errors[i]!;
    for (let j = at; j < at + width; j++) deltas[j] = outputs[j]! * (errors[j]! - weighted);
  }
}

layerActivations.registerBuiltIn(SoftmaxAF.registeredName, () => new SoftmaxAF());
