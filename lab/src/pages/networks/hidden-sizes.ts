// The Networks page's hidden-layers field.

/** At most this many hidden layers, of at most this many neurons each: the page must stay readable and quick. */
export const MAX_HIDDEN_LAYERS = 4;
export const MAX_HIDDEN_NEURONS = 64;

/**
 * '3' or '8, 4' (commas, Chinese commas or spaces between): the hidden layers'
 * sizes, each a whole number from 1 to 64, at most 4 of them; undefined when
 * the text is anything else.
 */
export function parseHiddenSizes(text: string): number[] | undefined {
  const sizes = text
    .split(/[,\s，、]+/)
    .filter((part) => part !== '')
    .map(Number);
  const valid = sizes.length > 0 && sizes.length <= MAX_HIDDEN_LAYERS && sizes.every((n) => Number.isInteger(n) && n >= 1 && n <= MAX_HIDDEN_NEURONS);
  return valid ? sizes : undefined;
}
