// How formatNumber writes numbers on the charts and in the figures' index
// (src/util/number-format.ts): each expected text is worked out by hand from the
// rules in its JSDoc — integers in full, 5 significant digits without trailing
// zeros, a power of ten below 0.001 and from 1000000 on, "−" for the minus sign.
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/util/number-format.js';

describe('formatNumber', () => {
  it('writes NaN and the infinities as words and signs', () => {
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe('−∞');
  });

  it('writes zero, and −0, as 0', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
  });

  it('writes integers in full, up to 10¹⁵, with the true minus sign', () => {
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(-3)).toBe('−3');
    expect(formatNumber(30000)).toBe('30000');
    // past the 10⁶ at which other numbers turn to powers of ten
    expect(formatNumber(1000000)).toBe('1000000');
    expect(formatNumber(-1234567)).toBe('−1234567');
    expect(formatNumber(999999999999999)).toBe('999999999999999');
  });

  it('writes integers from 10¹⁵ on as powers of ten (String would give 1e+21 from 10²¹)', () => {
    expect(formatNumber(1e15)).toBe('10¹⁵');
    expect(formatNumber(2.5e21)).toBe('2.5 × 10²¹');
  });

  it('writes other numbers to 5 significant digits, trailing zeros dropped', () => {
    expect(formatNumber(Math.PI)).toBe('3.1416');
    expect(formatNumber(-Math.PI)).toBe('−3.1416');
    expect(formatNumber(0.0125514)).toBe('0.012551');
    expect(formatNumber(27.4791)).toBe('27.479');
    expect(formatNumber(0.9)).toBe('0.9');
    expect(formatNumber(1.25)).toBe('1.25');
    // 0.001 itself is not below 0.001
    expect(formatNumber(0.001)).toBe('0.001');
    expect(formatNumber(-0.001)).toBe('−0.001');
  });

  it('rounds to a whole number once the integer part fills the significant digits', () => {
    // toPrecision(5) would write 1.2346e+5 here
    expect(formatNumber(123456.7)).toBe('123457');
    expect(formatNumber(-123456.7)).toBe('−123457');
    expect(formatNumber(12345.6)).toBe('12346');
    expect(formatNumber(999999.4)).toBe('999999');
  });

  it('takes another number of significant digits', () => {
    expect(formatNumber(Math.PI, 3)).toBe('3.14');
    expect(formatNumber(0.5, 1)).toBe('0.5');
    // 9.96 to 2 digits is 10: its zero is not a trailing decimal zero
    expect(formatNumber(9.96, 2)).toBe('10');
    expect(formatNumber(99.6, 2)).toBe('100');
  });

  it('writes numbers below 0.001 and from 1000000 on as powers of ten', () => {
    expect(formatNumber(4.5396e-5)).toBe('4.5396 × 10⁻⁵');
    expect(formatNumber(-4.5396e-5)).toBe('−4.5396 × 10⁻⁵');
    expect(formatNumber(0.00099)).toBe('9.9 × 10⁻⁴');
    expect(formatNumber(1234567.5)).toBe('1.2346 × 10⁶');
    // −25000000.5 to 5 digits is −2.5000 × 10⁷
    expect(formatNumber(-2.5e7 - 0.5)).toBe('−2.5 × 10⁷');
    // two-digit exponents
    expect(formatNumber(1.5e-12)).toBe('1.5 × 10⁻¹²');
    expect(formatNumber(6.02e23)).toBe('6.02 × 10²³');
  });

  it('writes a mantissa of exactly 1 as the power alone', () => {
    expect(formatNumber(1e-5)).toBe('10⁻⁵');
    expect(formatNumber(-1e-5)).toBe('−10⁻⁵');
    // 0.0000100001 is 1.0000 to 5 digits
    expect(formatNumber(1.00001e-5)).toBe('10⁻⁵');
    expect(formatNumber(-1e-10)).toBe('−10⁻¹⁰');
  });
});
