import { describe, expect, it } from 'vitest';
import { contourLines, defaultLevels, isoSegments, type Segment } from '../../src/plot/index.js';

// values[i][j] = x0s[j] + x1s[i] on the 3×3 grid {0,1,2}²: iso-lines are the diagonals x0 + x1 = level.
const xs = [0, 1, 2];
const plane = { x0s: xs, x1s: xs, values: xs.map((y) => xs.map((x) => x + y)) };

/** Segments as sorted strings, so the test does not depend on traversal order or direction. */
function normalise(segments: Segment[]): string[] {
  return segments.map((s) => s.map((p) => `(${p[0]}, ${p[1]})`).sort().join(' – ')).sort();
}

describe('marching squares', () => {
  it('finds the exact crossing points of x0 + x1 = 1.5', () => {
    expect(normalise(isoSegments(plane, 1.5))).toEqual([
      '(0, 1.5) – (0.5, 1)', // cell x0∈[0,1], x1∈[1,2]
      '(0.5, 1) – (1, 0.5)', // cell [0,1]²
      '(1, 0.5) – (1.5, 0)', // cell x0∈[1,2], x1∈[0,1]
    ]);
  });

  it('puts every end point on the level line and joins pieces end to end', () => {
    const segments = isoSegments(plane, 2.5);
    expect(segments).toHaveLength(3);
    for (const [p, q] of segments) {
      expect(p[0] + p[1]).toBeCloseTo(2.5, 12);
      expect(q[0] + q[1]).toBeCloseTo(2.5, 12);
    }
    expect(normalise(segments)).toEqual(['(0.5, 2) – (1, 1.5)', '(1, 1.5) – (1.5, 1)', '(1.5, 1) – (2, 0.5)']);
  });

  it('interpolates on unevenly spaced grids', () => {
    // One cell [0,4]×[0,2]: f = x0 + x1 crosses 1 at (1, 0) and (0, 1).
    const cell = { x0s: [0, 4], x1s: [0, 2], values: [[0, 4], [2, 6]] };
    expect(normalise(isoSegments(cell, 1))).toEqual(['(0, 1) – (1, 0)']);
  });

  it('returns nothing for a level outside the range, and drops zero-length pieces', () => {
    expect(isoSegments(plane, -1)).toEqual([]);
    expect(isoSegments(plane, 5)).toEqual([]);
    // Level 0 touches only the corner (0, 0): no visible line.
    expect(isoSegments(plane, 0)).toEqual([]);
  });

  it('resolves a saddle cell with the centre value', () => {
    // High corners a (bottom-left) and c (top-right); centre 0.5 ≥ 0.4 joins them.
    const saddle = { x0s: [0, 1], x1s: [0, 1], values: [[1, 0], [0, 1]] };
    expect(normalise(isoSegments(saddle, 0.4))).toEqual(['(0, 0.6) – (0.4, 1)', '(0.6, 0) – (1, 0.4)']);
    // Centre 0.5 < 0.6: the high corners are cut off instead.
    expect(normalise(isoSegments(saddle, 0.6))).toEqual(['(0, 0.4) – (0.4, 0)', '(0.6, 1) – (1, 0.6)']);
  });

  it('chooses evenly spaced default levels strictly inside the value range', () => {
    expect(defaultLevels(plane, 3)).toEqual([1, 2, 3]);
    expect(defaultLevels({ x0s: [0, 1], x1s: [0, 1], values: [[2, 2], [2, 2]] })).toEqual([]);
    const lines = contourLines(plane, undefined, 3);
    expect(lines.map((l) => l.level)).toEqual([1, 2, 3]);
    // Each of these levels runs through grid points: x0 + x1 = 2 crosses two cells corner to corner.
    expect(lines.map((l) => l.segments.length)).toEqual([1, 2, 1]);
    expect(normalise(lines[1]!.segments)).toEqual(['(0, 2) – (1, 1)', '(1, 1) – (2, 0)']);
    expect(contourLines(plane, [1.5]).map((l) => l.segments.length)).toEqual([3]);
  });
});
