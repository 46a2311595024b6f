import { checkPositiveInteger } from '../util/validate.js';
import { describeValue, InvalidArgumentError } from '../errors.js';

const MODULUS = 2147483647; // 2^31 − 1
const MULTIPLIER = 16807; // 7^5

/**
 * The book's `Random`: Pharo 7's Park–Miller "minimal standard" generator.
 *
 *     seed ← 16807 · seed mod (2^31 − 1),  next() = seed / (2^31 − 1)
 *
 * The product stays below 2^53, so doubles compute it exactly. `new Random(42)`
 * is the book's `Random seed: 42`, and with it our numbers are the book's.
 * (Current Pharo uses PCG32 instead; its numbers differ.)
 */
export class Random {
  private seed: number;

  /** @param seed an integer in 1 .. 2^31 − 2; the book always uses 42. */
  constructor(seed = 42) {
    if (!Number.isInteger(seed) || seed < 1 || seed >= MODULUS) {
      throw new InvalidArgumentError('Random seed', `must be an integer in 1..${MODULUS - 1}, got ${describeValue(seed)}`);
    }
    this.seed = seed;
  }

  /** A number in (0, 1). Advances the seed first, as Pharo does. */
  next(): number {
    this.seed = (MULTIPLIER * this.seed) % MODULUS;
    return this.seed / MODULUS;
  }

  /**
   * A draw from the standard normal distribution N(0, 1), by the Box–Muller
   * transform of two uniform draws: u₁ = next(), u₂ = next(), then
   * √(−2 ln u₁) · cos(2π u₂). One draw always costs exactly two `next()` calls,
   * and the sine partner √(−2 ln u₁) · sin(2π u₂) is thrown away, so a sequence
   * of Gaussian draws is easy to follow and to reproduce in any language. (The
   * book has no Gaussian draw; the companion notes' examples need one.)
   * `next()` is never 0, so the logarithm is always finite.
   *
   * Two consecutive draws of this generator are tied (u₂ = 16807·u₁ mod 1), which
   * bends the far tails (the Neave effect): a radius above 5 needs u₁ < e^−12.5,
   * then u₂ < 0.063 and the cosine is positive, so no draw falls below −5. The
   * mean, the variance and everything the companion notes' examples use are
   * unaffected; do not use it to study tails.
   */
  nextGaussian(): number {
    const u1 = this.next();
    const u2 = this.next();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** An integer in 1..n (1-based, as Pharo's `nextInt:`). */
  nextInt(n: number): number {
    checkPositiveInteger('nextInt bound', n);
    return Math.floor(this.next() * n) + 1;
  }

  /** A shuffled copy of `items`; the input is left as it was. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    this.shuffleInPlace(copy);
    return copy;
  }

  /**
   * Shuffles in place, as Pharo's `shuffleBy:` (Fisher–Yates from the end, swapping
   * position i with `nextInt: i`). Works on typed arrays too, so training can reuse
   * one index buffer.
   */
  shuffleInPlace<T extends { length: number; [i: number]: unknown }>(items: T): T {
    for (let i = items.length; i >= 2; i--) {
      const j = this.nextInt(i);
      const tmp = items[i - 1];
      items[i - 1] = items[j - 1];
      items[j - 1] = tmp;
    }
    return items;
  }
}
