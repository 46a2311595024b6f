// The binary cross-entropy is a MEAN over an example's outputs (the summed
// variant is its own class): checked by hand for three outputs and two rows,
// directly and through a trainer's recorded loss.
import { describe, expect, it } from 'vitest';
import {
  BinaryCrossEntropy,
  NNetwork,
  StochasticGradientDescentTrainer,
  SummedBinaryCrossEntropy,
  type TrainingData,
} from '../../src/index.js';

// Two rows of three outputs and their targets.
const OUTPUTS = [
  [0.2, 0.7, 0.9],
  [0.6, 0.1, 0.35],
];
const TARGETS = [
  [0, 1, 1],
  [1, 0, 1],
];

/** −[t ln o + (1 − t) ln(1 − o)] for each output, by hand. */
const TERMS = [
  [-Math.log(1 - 0.2), -Math.log(0.7), -Math.log(0.9)],
  [-Math.log(0.6), -Math.log(1 - 0.1), -Math.log(0.35)],
];

/** The mean of a row's terms. Summation order is the loss's, but ×(1/3) and ÷3 can differ in the last bit: close to 1e-15. */
const rowMean = (terms: number[]) => (terms[0]! + terms[1]! + terms[2]!) / 3;

describe('binary cross-entropy, a mean over the outputs', () => {
  const bce = new BinaryCrossEntropy();

  it('one example: the mean of its three terms (the summed variant: their sum)', () => {
    OUTPUTS.forEach((outputs, r) => {
      expect(bce.value(outputs, TARGETS[r]!)).toBeCloseTo(rowMean(TERMS[r]!), 15);
      expect(new SummedBinaryCrossEntropy().value(outputs, TARGETS[r]!)).toBe(TERMS[r]![0]! + TERMS[r]![1]! + TERMS[r]![2]!);
    });
    // Not the sum: three outputs make it three times smaller.
    expect(bce.value(OUTPUTS[0]!, TARGETS[0]!)).toBeLessThan(TERMS[0]![0]! + TERMS[0]![1]! + TERMS[0]![2]!);
  });

  it('two rows: batchValue adds the rows’ means; batchValueAndGradient the same, with each gradient divided by 3', () => {
    const outputs = Float64Array.from(OUTPUTS.flat());
    const targets = TARGETS.flat();
    const expected = rowMean(TERMS[0]!) + rowMean(TERMS[1]!);
    expect(bce.batchValue(outputs, targets, 0, 2, 3)).toBeCloseTo(expected, 15);
    const gradients = new Float64Array(6);
    expect(bce.batchValueAndGradient(outputs, targets, 0, 2, 3, gradients, 1 / 2)).toBeCloseTo(expected, 15);
    // ∂/∂o of the mean: (o − t)/(o(1 − o)) / 3, then × 1/2 for the batch's mean.
    const byHand = OUTPUTS.flat().map((o, e) => (o - targets[e]!) / (o * (1 - o)) / 3 / 2);
    byHand.forEach((g, e) => expect(gradients[e]).toBeCloseTo(g, 14));
    expect(bce.gradient(OUTPUTS[1]!, TARGETS[1]!)).toEqual(OUTPUTS[1]!.map((o, j) => bce.termGradient(o, TARGETS[1]![j]!) * (1 / 3)));
  });

  it('a trainer’s validation loss: the mean over rows of the mean over outputs', () => {
    const net = new NNetwork().configure(2, 3, 3);
    const held: TrainingData = { inputs: [[0.3, 0.8], [0.9, 0.1]], targets: TARGETS };
    const train: TrainingData = { inputs: [[0, 1]], targets: [[1, 0, 0]] };
    const trainer = new StochasticGradientDescentTrainer();
    let byHand = Number.NaN;
    // After the epoch, read the outputs the validation rows get and work out the loss from them.
    trainer.onEpoch(() => {
      const terms = held.inputs.map((row, r) =>
        net.feed(row).map((o, j) => {
          const t = TARGETS[r]![j]!;
          return -(t * Math.log(o) + (1 - t) * Math.log(1 - o));
        }),
      );
      byHand = (rowMean(terms[0]!) + rowMean(terms[1]!)) / 2;
    });
    const history = trainer.train(net, train, { epochs: 1, loss: new BinaryCrossEntropy(), validationData: held });
    expect(history.validationLoss[0]).toBeCloseTo(byHand, 15);
  });
});
