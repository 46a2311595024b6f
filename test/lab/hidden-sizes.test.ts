// The Networks page's hidden-layers field: what it accepts and what it refuses.
import { describe, expect, it } from 'vitest';
import { parseHiddenSizes } from '../../lab/src/pages/networks/hidden-sizes.js';

describe('parseHiddenSizes', () => {
  it('reads one size, or several separated by commas (also Chinese ones) or spaces', () => {
    expect(parseHiddenSizes('3')).toEqual([3]);
    expect(parseHiddenSizes(' 8, 4 ')).toEqual([8, 4]);
    expect(parseHiddenSizes('8，4、2')).toEqual([8, 4, 2]);
    expect(parseHiddenSizes('64 1 2 3')).toEqual([64, 1, 2, 3]);
  });

  it('refuses nothing, zero, fractions, words, more than 64 neurons or more than 4 layers', () => {
    for (const text of ['', ' , ', '0', '2.5', 'three', '3, x', '65', '1 2 3 4 5', '-3']) expect(parseHiddenSizes(text), text).toBeUndefined();
  });
});
