// The matrix chapter's closing example, written with MMatrix as the book writes
// it: a two-layer ReLU network fitted to random data by hand-written
// backpropagation (the book adapts it from a well-known NumPy example).
import { MMatrix, Random } from '../../../src/index.js';

/** The example's sizes: n examples, d_in inputs, h hidden units, d_out outputs. */
export const SIZES = { n: 8, dIn: 10, h: 20, dOut: 5 } as const;
export const LEARNING_RATE = 1e-6;
export const ITERATIONS = 1500;

/** How the gradient goes back through the ReLU: from ∂loss/∂relu(h) and h, ∂loss/∂h. */
export type ReluBackward = (gradientOfRelu: MMatrix, h: MMatrix) => MMatrix;

/**
 * The book's ReLU backward pass: `gradHRelu collect: [:v | v max: 0]`. It clips
 * the negative gradients to 0 wherever h is, which is not the ReLU's derivative.
 */
export const clippedGradient: ReluBackward = (gradientOfRelu) => gradientOfRelu.collect((v) => Math.max(v, 0));

/** The ReLU's derivative: the gradient passes where h > 0 and is 0 where h ≤ 0. */
export const maskedGradient: ReluBackward = (gradientOfRelu, h) => gradientOfRelu.multiplyPerElement(h.collect((v) => (v > 0 ? 1 : 0)));

/**
 * Trains the example and returns the loss Σ(ŷ − y)² of every iteration (before
 * its update). x, y, w1 and w2 are filled in that order from one `new
 * Random(42)` (the book's `random` is unseeded), so both backward passes start
 * from the same numbers.
 */
export function trainTwoLayerNetwork(reluBackward: ReluBackward): number[] {
  const { n, dIn, h, dOut } = SIZES;
  const random = new Random(42);
  const x = MMatrix.newRows(n, dIn).random(random);
  const y = MMatrix.newRows(n, dOut).random(random);
  let w1 = MMatrix.newRows(dIn, h).random(random);
  let w2 = MMatrix.newRows(h, dOut).random(random);
  const losses: number[] = [];
  for (let t = 0; t < ITERATIONS; t++) {
    const hidden = x.dot(w1);
    const hiddenRelu = hidden.collect((v) => Math.max(v, 0));
    const yPredicted = hiddenRelu.dot(w2);
    const error = yPredicted.sub(y);
    losses.push(error.multiplyPerElement(error).sum());
    const gradYPredicted = error.multiplyBy(2);
    const gradW2 = hiddenRelu.transposed().dot(gradYPredicted);
    const gradHiddenRelu = gradYPredicted.dot(w2.transposed());
    const gradW1 = x.transposed().dot(reluBackward(gradHiddenRelu, hidden));
    w1 = w1.sub(gradW1.multiplyBy(LEARNING_RATE));
    w2 = w2.sub(gradW2.multiplyBy(LEARNING_RATE));
  }
  return losses;
}
