import { describe, expect, it } from 'vitest';
import { evenIndices, pick } from '../../src/plot/subsample.js';

describe('evenIndices', () => {
  it('keeps every index of a short series', () => {
    expect(evenIndices(5, 2000)).toEqual([0, 1, 2, 3, 4]);
  });

  it('thins a long series evenly, keeping the first and the last', () => {
    expect(evenIndices(11, 3)).toEqual([0, 5, 10]);
    const kept = evenIndices(5000, 2000);
    expect(kept).toHaveLength(2000);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(4999);
    expect(kept.every((v, i) => i === 0 || v > kept[i - 1]!)).toBe(true);
  });

  it('picks values at indices', () => {
    expect(pick([10, 20, 30, 40], [0, 3])).toEqual([10, 40]);
  });
});
