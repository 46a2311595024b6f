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
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const magnitude = Math.abs(value);
  if (magnitude === 0) return '0';
  if (Number.isInteger(value) && magnitude < 1e15) return withMinus(String(value));
  if (magnitude < 1e-3 || magnitude >= 1e6) {
    const [mantissa, exponent] = value.toExponential(significant - 1).split('e');
    const digits = withoutTrailingZeros(mantissa!);
    const power = `10${superscript(Number(exponent))}`;
    return digits === '1' || digits === '-1' ? withMinus(digits.replace('1', '') + power) : `${withMinus(digits)} × ${power}`;
  }
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
  return exponent < 0 ? `⁻${digits}` : digits;
}
