import { describe, expect, it } from 'vitest';
import { type Neuron } from '../../src/index.js';
import { createContainer } from '../../src/container.js';
import { PlotService, registerPlotting } from '../../src/plot/index.js';
import { figure as fig1 } from '../../examples/figures/ch2/ch2-fig1-step.js';
import { figure as fig2 } from '../../examples/figures/ch2/ch2-fig2-sigmoid.js';
import { figure as fig3 } from '../../examples/figures/ch2/ch2-fig3-perceptron-vs-sigmoid.js';
import { AND_GATE, errorOnAnd, startingNeuron } from '../../examples/figures/ch2/neurons.js';
import { expectPng } from './png.js';

const plot = registerPlotting(createContainer()).resolve(PlotService);

describe('chapter 2 figures', () => {
  it('ch2-fig1: the step function over −7..7 step 0.01, 0 up to z = 0 included, then 1', async () => {
    const output = await fig1.render(plot);
    expectPng(output.png);
    const { xs, ys } = output.data;
    expect(xs).toHaveLength(1401);
    expect([xs[0], xs.at(-1)]).toEqual([-7, 7]);
    xs.forEach((x, i) => expect(ys[i]).toBe(x > 0 ? 1 : 0));
    expect(ys[700]).toBe(0); // step(0) = 0
  });

  it('ch2-fig2: the sigmoid rises from 0.0009 through 0.5 at 0 to 0.9991', async () => {
    const output = await fig2.render(plot);
    expectPng(output.png);
    const { xs, ys } = output.data;
    expect(xs).toHaveLength(1401);
    expect(ys[700]).toBe(0.5);
    expect(ys[0]).toBeCloseTo(1 / (1 + Math.exp(7)), 15);
    expect(ys.at(-1)).toBeCloseTo(1 / (1 + Math.exp(-7)), 15);
    ys.slice(1).forEach((y, i) => expect(y).toBeGreaterThan(ys[i]!));
  });

  it('ch2-fig3: on AND the perceptron reaches error 0 at epoch 25; the sigmoid neuron is still at 0.175 after 1000', async () => {
    const output = await fig3.render(plot);
    expectPng(output.png);
    const { epochs, sigmoid, perceptron } = output.data;
    expect(epochs).toHaveLength(1001);
    expect(perceptron[0]).toBe(1); // w = (−1, −1), b = 2 gets all four AND rows wrong
    expect(sigmoid[0]).toBeCloseTo(0.7107, 4);
    expect(perceptron.indexOf(0)).toBe(25);
    expect(perceptron.slice(25).every((e) => e === 0)).toBe(true);
    expect(sigmoid[1000]).toBeCloseTo(0.17504, 5);
    sigmoid.slice(1).forEach((e, i) => expect(e).toBeLessThan(sigmoid[i]!));
  });

  it('ch2-fig3: training one neuron on and on gives what the book gets by training a fresh one n epochs for each n', async () => {
    const { data } = await fig3.render(plot);
    /** The book's way: a new neuron, n epochs on AND, then the error. */
    const fresh = (make: () => Neuron, n: number): number => {
      const neuron = make();
      for (let epoch = 0; epoch < n; epoch++) for (const { inputs, desired } of AND_GATE) neuron.train(inputs, desired);
      return errorOnAnd(neuron);
    };
    for (const n of [0, 1, 24, 25, 137, 1000]) {
      expect(fresh(() => startingNeuron().sigmoid(), n)).toBe(data.sigmoid[n]);
      expect(fresh(() => startingNeuron().step(), n)).toBe(data.perceptron[n]);
    }
  });
});
