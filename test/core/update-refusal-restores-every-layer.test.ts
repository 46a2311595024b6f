// `updateLayers` (src/core/dense.ts) updates the layers one after the other; when a
// later layer's new values are not finite, the whole step is refused: that layer is
// put back, and so is every layer before it that had already been updated.
import { describe, expect, it } from 'vitest';
import { IdentityAF } from '../../src/index.js';
import { backpropagate, DenseLayer, forward, setErrorsFromLossGradient, updateLayers } from '../../src/core/dense.js';

/** The largest double below which adding 1e299 still overflows. */
const NEAR_MAX = 1.7976931348623e308;

describe('updateLayers refuses a step that overflows in the second layer', () => {
  it('false, and both layers as before, though the first layer’s own update was finite', () => {
    // 1-1-1 identity: h = 1·x + 0, o = 1·h + NEAR_MAX. x = 1, error = 1e299 (∂L/∂o = −1e299):
    // δ_out = δ_h = 1e299. The first layer would take (1 + 1e299, 1e299), finite; the second's bias NEAR_MAX + 1e299 = ∞.
    const first = new DenseLayer(1, 1, new IdentityAF(), 1);
    first.parameters.set([1, 0]);
    const second = new DenseLayer(1, 1, new IdentityAF(), 1);
    second.parameters.set([1, NEAR_MAX]);
    const inputs = Float64Array.from([1]);
    forward(second, forward(first, inputs, 0, 1), 0, 1);
    setErrorsFromLossGradient(second, Float64Array.from([-1e299]));
    backpropagate([first, second]);
    expect(Array.from(first.deltas.subarray(0, 1))).toEqual([1e299]);
    expect(updateLayers([first, second], inputs, 0)).toBe(false);
    expect([Array.from(first.parameters), Array.from(second.parameters)]).toEqual([[1, 0], [1, NEAR_MAX]]);
  });
});
