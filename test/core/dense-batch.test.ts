// The dense layer's batch passes (src/core/dense.ts: `forward`, `adjustDeltas`,
// `propagateErrors`, `parameterGradients`, `setErrorsToward`) over many
// examples at once, against loops over the examples written here, bit for bit.
// Examples 1…9 and neurons 1…17 (with 1…9 inputs) meet every remainder of the
// matrix kernels' blocks (2 examples × 4 neurons in the forward pass, 4 inputs
// wide in the backward one, 4 examples deep in the gradient) with whole blocks
// before it, and the one-example path of layers narrower than four neurons.
// Every sum runs from 0 in the same order as here, so no tolerance.
import { describe, expect, it } from 'vitest';
import { LeakyReLUAF, SigmoidAF, TanhAF } from '../../src/index.js';
import { Random } from '../../src/core/random.js';
import {
  adjustDeltas,
  DenseLayer,
  forward,
  parameterGradients,
  propagateErrors,
  setErrorsToward,
} from '../../src/core/dense.js';

const random = new Random(99);
const value = () => (random.next() - 0.5) * 10 ** Math.floor(random.next() * 4 - 2);
const values = (length: number) => Float64Array.from({ length }, value);

const EXAMPLES = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const NEURONS = Array.from({ length: 17 }, (_, j) => j + 1);
const INPUTS = [1, 2, 3, 4, 5, 8, 9];
/** Rows of the data before the batch: the batch starts at row FIRST. */
const FIRST = 2;

/** A layer of `n` neurons on `k` inputs with random parameters; neuron j's activation cycles through three. */
function layerOf(k: number, n: number): DenseLayer {
  const layer = new DenseLayer(k, n, new TanhAF(), 0.1);
  layer.parameters.set(values(layer.parameters.length));
  const kinds = [new TanhAF(), new SigmoidAF(), new LeakyReLUAF(0.1)];
  for (let j = 0; j < n; j++) layer.activations[j] = kinds[j % 3]!;
  return layer;
}

/** Runs `check` for every size and expects it to return no difference, naming the sizes of the first that does. */
function everySize(check: (count: number, k: number, n: number) => string | undefined): void {
  for (const count of EXAMPLES) {
    for (const n of NEURONS) {
      for (const k of INPUTS) {
        const found = check(count, k, n);
        if (found !== undefined) expect(found, `${count} examples, ${k} inputs, ${n} neurons`).toBeUndefined();
      }
    }
  }
}

/** The first index where `actual` and `expected` differ in their first `length` entries (Object.is), described. */
function firstDifference(actual: Float64Array, expected: Float64Array, length: number): string | undefined {
  for (let e = 0; e < length; e++) if (!Object.is(actual[e], expected[e])) return `entry ${e}: ${actual[e]} vs ${expected[e]}`;
  return undefined;
}

describe('a dense layer’s batch passes equal a loop over the examples, bit for bit', () => {
  it('forward: oⱼ = fⱼ(Σᵢ xᵢ·wⱼᵢ + bⱼ) for each example of rows FIRST…', () => {
    everySize((count, k, n) => {
      const layer = layerOf(k, n);
      const inputs = values((FIRST + count) * k);
      const outputs = forward(layer, inputs, FIRST, count);
      expect(layer.count).toBe(count);
      const expected = new Float64Array(count * n);
      for (let r = 0; r < count; r++) {
        for (let j = 0; j < n; j++) {
          let z = 0;
          for (let i = 0; i < k; i++) z += inputs[(FIRST + r) * k + i]! * layer.parameters[j * (k + 1) + i]!;
          expected[r * n + j] = layer.activations[j]!.eval(z + layer.parameters[j * (k + 1) + k]!);
        }
      }
      return firstDifference(outputs, expected, count * n);
    });
  });

  it('setErrorsToward and adjustDeltas: errors = expected − output, δ = error · f′(output), per example', () => {
    everySize((count, k, n) => {
      const layer = layerOf(k, n);
      forward(layer, values(count * k), 0, count);
      const targets = values((FIRST + count) * n);
      setErrorsToward(layer, targets, FIRST);
      adjustDeltas(layer);
      const errors = new Float64Array(count * n);
      const deltas = new Float64Array(count * n);
      for (let r = 0; r < count; r++) {
        for (let j = 0; j < n; j++) {
          const e = r * n + j;
          errors[e] = targets[(FIRST + r) * n + j]! - layer.outputs[e]!;
          deltas[e] = errors[e]! * layer.activations[j]!.derivative(layer.outputs[e]!);
        }
      }
      return firstDifference(layer.errors, errors, count * n) ?? firstDifference(layer.deltas, deltas, count * n);
    });
  });

  it('propagateErrors: the previous layer’s errorᵢ = Σⱼ δⱼ·wⱼᵢ from j = 0, per example', () => {
    everySize((count, k, n) => {
      const layer = layerOf(k, n);
      const previous = layerOf(3, k);
      forward(layer, values(count * k), 0, count);
      layer.deltas.set(values(count * n));
      previous.reserve(count);
      previous.errors.fill(Number.NaN); // every entry of the batch must be written
      propagateErrors(layer, previous);
      const expected = new Float64Array(count * k);
      for (let r = 0; r < count; r++) {
        for (let i = 0; i < k; i++) {
          let error = 0;
          for (let j = 0; j < n; j++) error += layer.deltas[r * n + j]! * layer.parameters[j * (k + 1) + i]!;
          expected[r * k + i] = error;
        }
      }
      return firstDifference(previous.errors, expected, count * k);
    });
  });

  it('parameterGradients: ∂L/∂wⱼᵢ = −Σ δⱼ·xᵢ and ∂L/∂bⱼ = −Σ δⱼ over the examples in order; stale values overwritten', () => {
    everySize((count, k, n) => {
      const layer = layerOf(k, n);
      const inputs = values((FIRST + count) * k);
      forward(layer, inputs, FIRST, count);
      layer.deltas.set(values(count * n));
      const gradients = values(layer.parameters.length); // stale: must be set, not added to
      parameterGradients(layer, inputs, FIRST, gradients);
      const expected = new Float64Array(layer.parameters.length);
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < k; i++) {
          let sum = 0;
          for (let r = 0; r < count; r++) sum += layer.deltas[r * n + j]! * inputs[(FIRST + r) * k + i]!;
          expected[j * (k + 1) + i] = -sum;
        }
        let bias = 0;
        for (let r = 0; r < count; r++) bias += layer.deltas[r * n + j]!;
        expected[j * (k + 1) + k] = -bias;
      }
      return firstDifference(gradients, expected, expected.length);
    });
  });
});
