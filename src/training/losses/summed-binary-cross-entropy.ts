import { BinaryCrossEntropy } from './binary-cross-entropy.js';
import { losses } from './registry.js';

/**
 * The binary cross-entropy summed over the outputs instead of averaged: per
 * example −Σⱼ[tⱼ·ln oⱼ + (1 − tⱼ)·ln(1 − oⱼ)]. Through a sigmoid output its
 * ∂loss/∂z is o − t per output, the book's δ = A − Y of `NMNetwork`, so gradient
 * descent on it (the mean over the examples) takes `NMNetwork.trainEpochs`'s steps.
 */
export class SummedBinaryCrossEntropy extends BinaryCrossEntropy {
  static override readonly registeredName = 'summedBinaryCrossEntropy';
  override readonly name: string = SummedBinaryCrossEntropy.registeredName;
  // Stryker disable next-line StringLiteral: Loss.scaleFor only tests for 'mean', so any other string (the mutant's '') adds the terms as 'sum' does
  protected override readonly reduction = 'sum';
}

losses.registerBuiltIn(SummedBinaryCrossEntropy.registeredName, () => new SummedBinaryCrossEntropy());
