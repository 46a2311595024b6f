import { describe, expect, it } from 'vitest';
import { createContainer, PlotService } from '../../src/index.js';
import { figure as fig1 } from '../../examples/figures/ch5/ch5-fig1-points.js';
import { expectPng } from './png.js';

const plot = createContainer().resolve(PlotService);

describe('chapter 5 figures', () => {
  it('ch5-fig1: the four points', async () => {
    const output = await fig1.render(plot);
    expectPng(output.png);
    expect(output.data).toEqual({ xs: [1, 3, 2, 4], ys: [3.0, 5.2, 4.1, 7.5] });
  });
});
