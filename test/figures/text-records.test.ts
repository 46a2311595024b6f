// Every string a reader sees comes from the figure's text record: render a few
// figures (one per kind of chart) with a record whose every string is marked,
// and every quantity and note comes out marked.
import { describe, expect, it } from 'vitest';
import { createContainer } from '../../src/container.js';
import { PlotService, registerPlotting } from '../../src/plot/index.js';
import type { FigureScript, FigureText } from '../../examples/figures/figure.js';
import { figure as classification } from '../../examples/figures/ch1/ch1-fig13-perceptron-predictions.js';
import { figure as topology } from '../../examples/figures/ch3/ch3-fig1-general-structure.js';
import { figure as lines } from '../../examples/figures/ch4/ch4-fig3-gradient-descent.js';
import { figure as learningCurve } from '../../examples/figures/ch5/ch5-fig1-xor-learning-curve.js';
import { figure as panels } from '../../examples/figures/ch5/ch5-fig6-learning-rate-network.js';
import { figure as bars } from '../../examples/figures/ch5/ch5-split-iris-accuracy.js';
import { figure as path } from '../../examples/figures/notes/notes-centring-zigzag-sigmoid.js';
import { figure as optimizers } from '../../examples/figures/ch4/ch4-optimizers.js';
import { figure as softmax } from '../../examples/figures/ch5/ch5-softmax-iris.js';

const plot = registerPlotting(createContainer()).resolve(PlotService);

/** The same record with every string, and every string a function returns, wrapped in « ». */
function marked<T>(value: T): T {
  if (typeof value === 'string') return `«${value}»` as T;
  if (typeof value === 'function') return ((...args: unknown[]) => `«${(value as (...a: unknown[]) => unknown)(...args)}»`) as T;
  if (Array.isArray(value)) return value.map(marked) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, marked(v)])) as T;
  return value;
}

const scripts = [classification, topology, lines, learningCurve, panels, bars, path, optimizers, softmax] as unknown as FigureScript<unknown, FigureText>[];

describe('figure text records', () => {
  it.each(scripts.map((s) => [s.id, s] as const))('%s takes every quantity and note from its record', async (_, script) => {
    const output = await script.render(plot, marked(script.text));
    expect(output.numbers.length + output.notes.length).toBeGreaterThan(0);
    for (const n of output.numbers) expect(n.quantity).toMatch(/^«.*»$/s);
    for (const note of output.notes) expect(note).toMatch(/^«.*»$/s);
  });
});
