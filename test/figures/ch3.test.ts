import { describe, expect, it } from 'vitest';
import { createContainer } from '../../src/container.js';
import { PlotService, registerPlotting } from '../../src/plot/index.js';
import { figure as fig1 } from '../../examples/figures/ch3/ch3-fig1-general-structure.js';
import { expectPng } from './png.js';

const plot = registerPlotting(createContainer()).resolve(PlotService);

describe('chapter 3 figures', () => {
  it('ch3-fig1: the general structure, 3 inputs, 3 hidden neurons, 2 outputs: 5 neurons, 3·3 + 3 + 3·2 + 2 = 20 parameters', async () => {
    const output = await fig1.render(plot);
    expectPng(output.png);
    expect(output.data).toEqual({ layerSizes: [3, 3, 2], neurons: 5, parameters: 20 });
    expect(output.numbers.map((n) => [n.book, n.ours])).toEqual([
      ['3, 3, 2', '3, 3, 2'],
      ['5', '5'],
      [undefined, '20'],
    ]);
  });
});
