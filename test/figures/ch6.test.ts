import { describe, expect, it } from 'vitest';
import { MMatrix } from '../../src/index.js';
import { createContainer } from '../../src/container.js';
import { COMPOSITE_TITLE_HEIGHT, PlotService, registerPlotting } from '../../src/plot/index.js';
import { figure as fig1 } from '../../examples/figures/ch6/ch6-fig1-simple-backpropagation.js';
import { clippedGradient, maskedGradient } from '../../examples/figures/ch6/backpropagation.js';
import { expectPng } from './png.js';

const plot = registerPlotting(createContainer()).resolve(PlotService);

describe('chapter 6 (the matrix library) backpropagation example', () => {
  it('the book’s ReLU backward pass clips negative gradients; the corrected one masks by h > 0', () => {
    const gradient = MMatrix.newFromArrays([[-2, 3, -1, 4]]);
    const h = MMatrix.newFromArrays([[5, -1, 0.5, 0]]);
    expect(clippedGradient(gradient, h).asArray()).toEqual([0, 3, 0, 4]);
    expect(maskedGradient(gradient, h).asArray()).toEqual([-2, 0, -1, 0]);
  });

  it('ch6-fig1: both losses fall from 22069 to about 370; they part at iteration 711, the book’s staying above', async () => {
    const output = await fig1.render(plot);
    expectPng(output.png, 1600, 500 + COMPOSITE_TITLE_HEIGHT);
    const { book, corrected, firstDifference } = output.data;
    expect(book).toHaveLength(1500);
    expect(corrected).toHaveLength(1500);
    expect(book[0]).toBeCloseTo(22068.9146, 3);
    book.slice(1).forEach((loss, t) => expect(loss).toBeLessThan(book[t]!));
    expect(firstDifference).toBe(711);
    expect(book.slice(0, 710)).toEqual(corrected.slice(0, 710));
    expect(book.at(-1)).toBeCloseTo(370.5584, 3);
    expect(corrected.at(-1)).toBeCloseTo(369.6481, 3);
  });
});
