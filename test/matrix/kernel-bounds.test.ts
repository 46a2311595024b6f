// The kernels write only what they are asked for: given an output with room
// after it (as a matrix row inside a larger array is), the entries past the
// asked range stay as they were, and no input is read past its range. Found by
// mutation testing (docs/mutation.md): a loop bound `<` made `<=` wrote one
// entry more, unseen while every output ended where the range did.
import { describe, expect, it } from 'vitest';
import {
  addElements,
  addToEveryColumn,
  divideElements,
  multiplyElements,
  scaleElements,
  subtractElements,
  sumColumns,
  sumRows,
} from '../../src/matrix/kernels.js';

const ROOM = -7; // what the room after each output holds before and after

/** An array of `length` entries followed by two entries of room. */
function withRoom(values: number[]): Float64Array {
  return Float64Array.from([...values, ROOM, ROOM]);
}

describe('element-wise kernels over the first `length` entries of longer arrays', () => {
  const a = () => withRoom([1, 2, 3]);
  const b = () => withRoom([4, 5, 6]);
  it.each([
    ['addElements', (out: Float64Array) => addElements(3, a(), b(), out), [5, 7, 9]],
    ['subtractElements', (out: Float64Array) => subtractElements(3, a(), b(), out), [-3, -3, -3]],
    ['multiplyElements', (out: Float64Array) => multiplyElements(3, a(), b(), out), [4, 10, 18]],
    ['scaleElements', (out: Float64Array) => scaleElements(3, a(), 2, out), [2, 4, 6]],
    ['divideElements', (out: Float64Array) => divideElements(3, a(), 2, out), [0.5, 1, 1.5]],
  ])('%s writes entries 0…2 and leaves the room after them', (_, run, expected) => {
    const out = withRoom([0, 0, 0]);
    run(out);
    expect(Array.from(out)).toEqual([...expected, ROOM, ROOM]);
  });
});

describe('sums and the column stretch into outputs with room', () => {
  // a is 2×3 inside an array with a fourth column of room (stride 4).
  const a = () => Float64Array.from([1, 2, 3, 100, 4, 5, 6, 100]);

  it('sumColumns writes the 3 column sums and nothing after them', () => {
    const out = withRoom([0, 0, 0]);
    sumColumns(2, 3, a(), 0, 4, out, 0, 1);
    expect(Array.from(out)).toEqual([5, 7, 9, ROOM, ROOM]);
  });

  it('sumRows writes the 2 row sums (not the fourth column) and nothing after them', () => {
    const out = withRoom([0, 0]);
    sumRows(2, 3, a(), 0, 4, out, 0, 1);
    expect(Array.from(out)).toEqual([6, 15, ROOM, ROOM]);
  });

  it('addToEveryColumn adds the column to the 2 rows only', () => {
    const matrix = withRoom([1, 2, 3, 4, 5, 6]);
    const out = withRoom([0, 0, 0, 0, 0, 0]);
    addToEveryColumn(2, 3, matrix, Float64Array.from([10, 20, 30]), out);
    expect(Array.from(out)).toEqual([11, 12, 13, 24, 25, 26, ROOM, ROOM]);
  });
});
