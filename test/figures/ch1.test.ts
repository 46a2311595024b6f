import { describe, expect, it } from 'vitest';
import { Random } from '../../src/index.js';
import { createContainer } from '../../src/container.js';
import { PlotService, registerPlotting } from '../../src/plot/index.js';
import { figure as fig1 } from '../../examples/figures/ch1/ch1-fig1-perceptron.js';
import { figure as fig10 } from '../../examples/figures/ch1/ch1-fig10-sine.js';
import { figure as fig11 } from '../../examples/figures/ch1/ch1-fig11-points-around-line.js';
import { figure as fig12 } from '../../examples/figures/ch1/ch1-fig12-points-and-line.js';
import { figure as fig13 } from '../../examples/figures/ch1/ch1-fig13-perceptron-predictions.js';
import { figure as fig14 } from '../../examples/figures/ch1/ch1-fig14-perceptron-precision.js';
import { f } from '../../examples/figures/ch1/perceptron-data.js';
import { expectPng } from './png.js';

const plot = registerPlotting(createContainer()).resolve(PlotService);

describe('chapter 1 figures', () => {
  it('ch1-fig1: the perceptron diagram, three inputs into one neuron', async () => {
    const output = await fig1.render(plot);
    expectPng(output.png);
    expect(output.data.layerSizes).toEqual([3, 1]);
    expect(fig1.text.columns).toHaveLength(2);
  });

  it('ch1-fig10: y = sin(x / 3.14) for x = 1..100', async () => {
    const output = await fig10.render(plot);
    expectPng(output.png);
    expect(output.data.xs).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(output.data.ys[0]).toBeCloseTo(Math.sin(1 / 3.14), 15);
    expect(output.data.ys[99]).toBeCloseTo(Math.sin(100 / 3.14), 15);
  });

  it('ch1-fig11: 500 seeded points of −24..25, red (1) exactly when y > f(x)', async () => {
    const output = await fig11.render(plot);
    expectPng(output.png);
    const { xs, ys, classes } = output.data;
    expect(xs).toHaveLength(500);
    const random = new Random(42);
    expect([xs[0], ys[0], xs[1], ys[1]]).toEqual([random.nextInt(50) - 25, random.nextInt(50) - 25, random.nextInt(50) - 25, random.nextInt(50) - 25]);
    for (const v of [...xs, ...ys]) expect(Number.isInteger(v) && v >= -24 && v <= 25).toBe(true);
    classes.forEach((k, i) => expect(k).toBe(ys[i]! > f(xs[i]!) ? 1 : 0));
    expect(classes.filter((k) => k === 1)).toHaveLength(254);
  });

  it('ch1-fig12: the same points and the line f for x = −15..15 step 0.1', async () => {
    const output = await fig12.render(plot);
    expectPng(output.png);
    expect(output.data.points).toEqual((await fig11.render(plot)).data);
    const { xs, ys } = output.data.line;
    expect(xs).toHaveLength(301);
    expect([xs[0], xs[150], xs[300]]).toEqual([-15, 0, 15]);
    expect([ys[0], ys[300]]).toEqual([27, -33]);
  });

  it('ch1-fig13: the trained perceptron puts a few red dots on the wrong side and no blue ones', async () => {
    const output = await fig13.render(plot);
    expectPng(output.png);
    const { predictions, misclassified, weights, bias } = output.data;
    expect(predictions.xs).toHaveLength(2000);
    expect(misclassified).toEqual({ red: 33, blue: 0 });
    expect(weights[0]).toBeCloseTo(-6.7, 10);
    expect(weights[1]).toBeCloseTo(-3, 10);
    expect(bias).toBeCloseTo(-1.5, 10);
  });

  it('ch1-fig14: precision starts around 0.25 and climbs close to 1', async () => {
    const output = await fig14.render(plot);
    expectPng(output.png);
    const { trained, precisions } = output.data;
    expect(trained).toEqual(Array.from({ length: 201 }, (_, i) => 10 * i));
    expect(precisions[0]).toBe(0.246);
    expect(precisions.at(-1)).toBe(0.979);
    expect(Math.min(...precisions.slice(1))).toBeGreaterThan(0.75);
    expect(precisions.slice(20).every((p) => p > 0.85)).toBe(true); // from n = 200 on
  });
});
