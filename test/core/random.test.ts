import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, Random } from '../../src/index.js';

describe('Random (Park–Miller minimal standard, as Pharo 7)', () => {
  it('advances seed ← 16807·seed mod (2³¹−1) before answering', () => {
    const random = new Random(42);
    expect(random.next()).toBe((16807 * 42) / 2147483647);
    expect(random.next()).toBe(((16807 * 16807 * 42) % 2147483647) / 2147483647);
  });

  it("passes Park and Miller's published check: from seed 1 the 10000th seed is 1043618065", () => {
    const random = new Random(1);
    let value = 0;
    for (let i = 0; i < 10000; i++) value = random.next();
    expect(Math.round(value * 2147483647)).toBe(1043618065);
  });

  it('nextInt(n) is 1-based: floor(next·n) + 1', () => {
    const a = new Random(42);
    const b = new Random(42);
    for (let i = 0; i < 100; i++) {
      const k = a.nextInt(50);
      expect(k).toBe(Math.floor(b.next() * 50) + 1);
      expect(k).toBeGreaterThanOrEqual(1);
      expect(k).toBeLessThanOrEqual(50);
    }
  });

  it('shuffle is a seeded permutation and leaves its input alone', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const once = new Random(42).shuffle(items);
    expect(new Random(42).shuffle(items)).toEqual(once);
    expect([...once].sort()).toEqual(items);
    expect(once).not.toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('shuffleInPlace swaps position i with nextInt(i), from the end (Pharo shuffleBy:)', () => {
    // Seed 9 draws nextInt(3) = 1 then nextInt(2) = 1: both swaps move items (with seed 7 the
    // last one swapped position 2 with itself, so a loop that stopped before it went unnoticed).
    const expected = ['a', 'b', 'c'];
    const r = new Random(9);
    const draws: number[] = [];
    for (let i = 3; i >= 2; i--) {
      const j = r.nextInt(i);
      draws.push(j);
      [expected[i - 1], expected[j - 1]] = [expected[j - 1]!, expected[i - 1]!];
    }
    expect(draws).toEqual([1, 1]);
    expect(expected).toEqual(['b', 'c', 'a']); // c↔a, then b↔c
    expect(new Random(9).shuffleInPlace(['a', 'b', 'c'])).toEqual(expected);
  });

  it('nextGaussian is Box–Muller on two next() calls, cosine branch: the first draws from seed 42', () => {
    // Seeds from 42 by hand: 705894, 1126542223, 1579310009, 565444343, 807934826, 421520601.
    const M = 2147483647;
    const boxMuller = (s1: number, s2: number) => Math.sqrt(-2 * Math.log(s1 / M)) * Math.cos(2 * Math.PI * (s2 / M));
    const random = new Random(42);
    expect(random.nextGaussian()).toBe(boxMuller(705894, 1126542223));
    expect(random.nextGaussian()).toBe(boxMuller(1579310009, 565444343));
    expect(random.nextGaussian()).toBe(boxMuller(807934826, 421520601));
    // The same values computed independently (Python's math, double precision).
    const again = new Random(42);
    expect(again.nextGaussian()).toBeCloseTo(-3.9573852295840655, 13);
    expect(again.nextGaussian()).toBeCloseTo(-0.06546494729464526, 13);
    expect(again.nextGaussian()).toBeCloseTo(0.46300075031963317, 13);
  });

  it('one Gaussian draw costs exactly two next() calls', () => {
    const gaussian = new Random(7);
    const uniform = new Random(7);
    for (let i = 0; i < 5; i++) gaussian.nextGaussian();
    for (let i = 0; i < 10; i++) uniform.next();
    expect(gaussian.next()).toBe(uniform.next());
  });

  it('nextGaussian has mean ≈ 0 and variance ≈ 1 over 100 000 draws', () => {
    const random = new Random(42);
    const n = 100_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const z = random.nextGaussian();
      sum += z;
      squares += z * z;
    }
    const mean = sum / n;
    // Standard errors: 1/√n ≈ 0.0032 for the mean, √(2/n) ≈ 0.0045 for the variance.
    expect(Math.abs(mean)).toBeLessThan(0.015);
    expect(Math.abs(squares / n - mean * mean - 1)).toBeLessThan(0.02);
  });

  it('rejects seeds outside 1..2³¹−2', () => {
    expect(() => new Random(0)).toThrow(InvalidArgumentError);
    expect(() => new Random(2147483647)).toThrow(InvalidArgumentError);
    expect(() => new Random(1.5)).toThrow(/Random seed/);
  });
});
