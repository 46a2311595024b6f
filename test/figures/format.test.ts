import { describe, expect, it } from 'vitest';
import { fmt, pair, percent } from '../../examples/figures/figure.js';

describe('the one number format of the figures', () => {
  it('integers in full, without grouping', () => {
    expect([fmt(0), fmt(3), fmt(1000), fmt(30000), fmt(6000000), fmt(-25)]).toEqual(['0', '3', '1000', '30000', '6000000', '−25']);
  });

  it('other numbers to 5 significant digits, trailing zeros dropped', () => {
    expect(fmt(1.4291923593027176)).toBe('1.4292');
    expect(fmt(0.012550742943069624)).toBe('0.012551');
    expect(fmt(27.479)).toBe('27.479');
    expect(fmt(0.9)).toBe('0.9');
    expect(fmt(1.3000000000000003)).toBe('1.3');
    expect(fmt(12345.67)).toBe('12346');
    expect(fmt(0.00123456)).toBe('0.0012346');
  });

  it('fewer or more digits when asked', () => {
    expect(fmt(2.604719, 3)).toBe('2.6');
    expect(fmt(0.012550498730854157, 8)).toBe('0.012550499');
  });

  it('below 0.001 or from 1000000 on, a power of ten', () => {
    expect(fmt(4.5396e-5)).toBe('4.5396 × 10⁻⁵');
    expect(fmt(-2.0243e-5)).toBe('−2.0243 × 10⁻⁵');
    expect(fmt(1.1102230246251565e-16)).toBe('1.1102 × 10⁻¹⁶');
    expect(fmt(2.5e6 + 0.5)).toBe('2.5 × 10⁶');
    expect([fmt(1e-6), fmt(-1e-6), fmt(1e7 + 0.5)]).toEqual(['10⁻⁶', '−10⁻⁶', '10⁷']);
  });

  it('the minus sign is “−”, never the hyphen', () => {
    for (const v of [-1, -0.5, -1e-9, -3.7e9, -Infinity]) expect(fmt(v)).not.toContain('-');
    expect(fmt(-0.0149)).toBe('−0.0149');
    expect(fmt(-0)).toBe('0');
  });

  it('percentages and pairs use the same format', () => {
    expect(percent(0.404)).toBe('40.4 %');
    expect(percent(1)).toBe('100 %');
    expect(pair(1.0540, -0.0335877)).toBe('(1.054, −0.033588)');
  });
});
