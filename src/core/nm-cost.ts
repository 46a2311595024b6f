import type { MMatrix } from '../matrix/mmatrix.js';
import { binaryCrossEntropyTerm } from './cross-entropy-terms.js';

/**
 * What `NMNetwork` reports as its cost (`errors`, one value per epoch) and the
 * output layer's delta it backpropagates. The value is summed over every
 * output and example; the delta is written as ∂value/∂z of the output layer,
 * and `update` divides by the number of examples m, so training descends value/m.
 *
 * The book reports Σ(A − Y)² but backpropagates δ = A − Y, which is the
 * gradient of the cross-entropy, not of the squared error: `BookCost` keeps that
 * pairing (the book's numbers), `SquaredErrorCost` and `CrossEntropyCost` each
 * pair a value with its own gradient (test/core/nm-network-gradient.test.ts).
 */
export abstract class NMCost {
  /** A short name, for figures and reports. */
  abstract readonly name: string;

  /** The cost of `output` A against `expected` Y (same shape), summed over every entry. */
  abstract value(output: MMatrix, expected: MMatrix): number;

  /** Writes the output layer's δ for A and Y into `delta` (same shape). */
  abstract outputDeltaInto(output: MMatrix, expected: MMatrix, delta: MMatrix): void;
}

/** Σ(A − Y)² with its own gradient: δ = 2(A − Y) ⊙ A(1 − A). */
export class SquaredErrorCost extends NMCost {
  readonly name: string = 'Σ(A − Y)²';

  /** Σ (a − y)² over every entry, row by row: the book's `computeCost:and:`. */
  value(output: MMatrix, expected: MMatrix): number {
    const a = output.array;
    const y = expected.array;
    let sum = 0;
    for (let i = 0; i < a.length; i++) {
      const error = a[i]! - y[i]!;
      sum += error * error;
    }
    return sum;
  }

  outputDeltaInto(output: MMatrix, expected: MMatrix, delta: MMatrix): void {
    const a = output.array;
    const y = expected.array;
    const d = delta.array;
    // Stryker disable next-line EqualityOperator: `<=` adds i = a.length, whose reads are undefined and whose NaN is written past the end of δ (a no-op on a typed array); the `>=` variant, which nm-network-gradient.test.ts kills, is turned off with it
    for (let i = 0; i < a.length; i++) d[i] = 2 * (a[i]! - y[i]!) * (a[i]! * (1 - a[i]!));
  }
}

/**
 * The book's pairing, the default: reports Σ(A − Y)² and backpropagates
 * δ = A − Y. That delta is the cross-entropy's, so the cost that training lowers
 * is not quite the one reported (docs/design.md); both fall on XOR and iris.
 */
export class BookCost extends SquaredErrorCost {
  override readonly name: string = 'book: Σ(A − Y)² reported, δ = A − Y';

  override outputDeltaInto(output: MMatrix, expected: MMatrix, delta: MMatrix): void {
    output.subInto(expected, delta);
  }
}

/**
 * The binary cross-entropy −Σ[Y ln A + (1 − Y) ln(1 − A)] (the formula left
 * commented out in the book's source), summed over every entry, with its
 * gradient through the sigmoid: δ = A − Y.
 */
export class CrossEntropyCost extends NMCost {
  readonly name: string = 'cross-entropy';

  value(output: MMatrix, expected: MMatrix): number {
    const a = output.array;
    const y = expected.array;
    let sum = 0;
    for (let i = 0; i < a.length; i++) sum += binaryCrossEntropyTerm(a[i]!, y[i]!);
    return sum;
  }

  outputDeltaInto(output: MMatrix, expected: MMatrix, delta: MMatrix): void {
    output.subInto(expected, delta);
  }
}
