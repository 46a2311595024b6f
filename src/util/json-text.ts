/**
 * JSON text laid out as `JSON.stringify(value, null, 2)` lays it out, with two
 * differences that model files need: −0 is written `-0` (JSON.stringify writes
 * `0`, and `JSON.parse('-0')` gives −0 back, so a saved weight of −0 loads as
 * −0), and an array of numbers or strings stays on one line.
 */
export function jsonText(value: unknown): string {
  return write(value, '');
}

function write(value: unknown, indent: string): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : JSON.stringify(value);
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    // An empty array passes `every` and is written `[]`.
    if (value.every((entry) => typeof entry !== 'object' || entry === null)) return `[${value.map((entry) => write(entry, inner)).join(', ')}]`;
    return `[\n${value.map((entry) => inner + write(entry, inner)).join(',\n')}\n${indent}]`;
  }
  const fields = Object.entries(value).filter(([, entry]) => entry !== undefined);
  if (fields.length === 0) return '{}';
  return `{\n${fields.map(([key, entry]) => `${inner}${JSON.stringify(key)}: ${write(entry, inner)}`).join(',\n')}\n${indent}}`;
}
