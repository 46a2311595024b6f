/** Colours of the charts: the book's red points and blue lines, then a categorical palette. */

type Rgb = readonly [number, number, number];

// Blue and red first because the book draws data red and fitted lines blue;
// the rest is a common categorical palette that stays distinct when printed.
const PALETTE: readonly Rgb[] = [
  [31, 119, 180],
  [214, 39, 40],
  [44, 160, 44],
  [255, 127, 14],
  [148, 103, 189],
  [140, 86, 75],
  [227, 119, 194],
  [188, 189, 34],
  [23, 190, 207],
  [127, 127, 127],
];

/** Palette position of the book's blue (lines, errors, class 0). */
export const BLUE = 0;
/** Palette position of the book's red (points, precisions, class 1). */
export const RED = 1;

/** CSS colour of palette entry `index` (wrapping around), optionally translucent. */
export function paletteColor(index: number, alpha = 1): string {
  const n = PALETTE.length;
  const [r, g, b] = PALETTE[((index % n) + n) % n]!;
  return alpha >= 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** Light grey of helper drawings (iso-lines, their labels). */
export const HELPER_GREY = 'rgba(110, 110, 110, 0.55)';
/** Dark grey of annotation text. */
export const TEXT_GREY = 'rgb(70, 70, 70)';
