/**
 * The book's `MMatrix>>printOn:`: `(`, the rows on separate lines with their
 * entries rounded to 4 decimals and separated by spaces, then ` )`:
 *
 *     (2.0 4.0 6.0
 *     8.0 10.0 12.0 )
 */
export function printMatrix(rows: number, columns: number, entries: Float64Array): string {
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < columns; c++) row.push(printFloat(roundTo4Decimals(entries[r * columns + c]!)));
    lines.push(row.join(' '));
  }
  return `(${lines.join('\n')} )`;
}

/** Pharo's `round: 4`: the nearest multiple of 0.0001, halves away from zero. */
function roundTo4Decimals(value: number): number {
  // From 2^53 / 10^4 on, a double has no digits after the 4th decimal to round away.
  // Stryker disable next-line EqualityOperator: `>` only sends ±2^53 / 10^4 itself through the rounding, which gives it back unchanged
  if (Math.abs(value) >= 2 ** 53 / 10000) return value;
  // A value that rounds to −0 prints as 0.0, as Pharo's (String(−0) is '0').
  return (Math.sign(value) * Math.round(Math.abs(value) * 10000)) / 10000;
}

/** A Float as Pharo prints it: the shortest digits that read back the same, and always a decimal point (2.0, not 2). */
function printFloat(value: number): string {
  const text = String(value);
  if (/^-?\d+$/.test(text)) return `${text}.0`;
  // Pharo writes exponents as 1.0e21 and 1.0e-7 where JavaScript writes 1e+21 and 1e-7.
  // JavaScript writes one digit before an exponent's point (or the e).
  return text.replace(/^(-?\d)e/, '$1.0e').replace('e+', 'e');
}
