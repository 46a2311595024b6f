/**
 * The one way numbers are written on the charts and in the figures' index:
 * - integers in full, without grouping: 3, 1000, 30000;
 * - other numbers to `significant` significant digits (5 unless said), trailing
 *   zeros dropped: 1.4292, 0.012551, 27.479, 0.9;
 * - below 0.001 or from 1000000 on in magnitude, as a power of ten: 4.5396 × 10⁻⁵;
 * - the minus sign is “−” (U+2212), never the hyphen.
 */
export function formatNumber(value: number, significant = 5): string {
  if (Number.isNaN(value)) return 'NaN';
  // Stryker disable next-line EqualityOperator: `>= 0` changes nothing, the value here is ±∞, never 0 (the `<= 0` variant, which the tests kill, is turned off with it)
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const magnitude = Math.abs(value);
  // ±0 is an integer too: String(-0) is '0'.
  if (Number.isInteger(value) && magnitude < 1e15) return withMinus(String(value));
  // Stryker disable next-line EqualityOperator: `> 1e6` changes nothing, a magnitude of exactly 1e6 is an integer, written in full above (the `<= 1e-3` variant, which the tests kill, is turned off with it)
  if (magnitude < 1e-3 || magnitude >= 1e6) {
    const [mantissa, exponent] = value.toExponential(significant - 1).split('e');
    const digits = withoutTrailingZeros(mantissa!);
    const power = `10${superscript(Number(exponent))}`;
    return digits === '1' || digits === '-1' ? withMinus(digits.replace('1', '') + power) : `${withMinus(digits)} × ${power}`;
  }
  // Stryker disable next-line EqualityOperator: `>` changes nothing, for a whole `significant` (the only kind toPrecision takes) 10^(significant − 1) is an integer, written in full above or a power of ten from 1e6 on (the `<` variant, which the tests kill, is turned off with it)
  if (magnitude >= 10 ** (significant - 1)) return withMinus(String(Math.round(value)));
  return withMinus(withoutTrailingZeros(value.toPrecision(significant)));
}

function withMinus(text: string): string {
  return text.replace('-', '−');
}

function withoutTrailingZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function superscript(exponent: number): string {
  const digits = [...String(Math.abs(exponent))].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
  // Stryker disable next-line EqualityOperator: `<= 0` changes nothing, the exponent is never 0 (powers of ten are written only below 1e-3 and from 1e6 on) (the `>= 0` variant, which the tests kill, is turned off with it)
  return exponent < 0 ? `⁻${digits}` : digits;
}
