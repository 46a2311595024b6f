import { describe, expect, it } from 'vitest';
import { createContainer } from '../../src/container.js';
import { PlotService, registerPlotting } from '../../src/plot/index.js';
import { figure as fig1 } from '../../examples/figures/ch4/ch4-fig1-points.js';
import { figure as fig2 } from '../../examples/figures/ch4/ch4-fig2-points-and-line.js';
import { figure as fig3 } from '../../examples/figures/ch4/ch4-fig3-gradient-descent.js';
import { figure as fig4 } from '../../examples/figures/ch4/ch4-fig4-gradient-descent-cost.js';
import { figure as fig5 } from '../../examples/figures/ch4/ch4-fig5-larger-gd-cost.js';
import { figure as fig6 } from '../../examples/figures/ch4/ch4-fig6-larger-gd-line.js';
import { figure as fig7 } from '../../examples/figures/ch4/ch4-fig7-larger-sgd-cost.js';
import { figure as timing } from '../../examples/figures/ch4/ch4-time-gd-vs-sgd.js';
import { interval } from '../../examples/shared/interval.js';
import { expectPng } from './png.js';

const plot = registerPlotting(createContainer()).resolve(PlotService);

/** Asserts every value is below the one before it. */
function expectFalling(values: readonly number[]): void {
  values.slice(1).forEach((v, i) => expect(v).toBeLessThan(values[i]!));
}

describe('chapter 4 figures', () => {
  it('ch4-fig1: the four points', async () => {
    const output = await fig1.render(plot);
    expectPng(output.png);
    expect(output.data).toEqual({ xs: [1, 3, 2, 4], ys: [3.0, 5.2, 4.1, 7.5] });
  });

  it('ch4-fig2: the line y = 0.5x + 3 at x = 0..5 is J = 1.75 away from the points', async () => {
    const output = await fig2.render(plot);
    expectPng(output.png);
    expect(output.data.lineXs).toEqual([0, 1, 2, 3, 4, 5]);
    expect(output.data.lineYs).toEqual([3, 3.5, 4, 4.5, 5, 5.5]);
    expect(output.data.cost).toBeCloseTo(1.75, 12);
    expect(output.numbers[0]).toMatchObject({ book: '1.75', ours: '1.75' });
  });

  it('ch4-fig3: GD ends at (1.42, 1.39) to the book\'s two decimals; the true minimum is (1.46, 1.30)', async () => {
    const output = await fig3.render(plot);
    expectPng(output.png);
    const { a, b, cost, best } = output.data;
    expect(Math.trunc(a * 100) / 100).toBe(1.42);
    expect(Math.trunc(b * 100) / 100).toBe(1.39);
    expect(a).toBeCloseTo(1.4291923593027176, 10);
    expect(b).toBeCloseTo(1.3905782205396866, 10);
    expect(best.a).toBeCloseTo(1.46, 12);
    expect(best.b).toBeCloseTo(1.3, 12);
    expect(best.cost).toBeCloseTo(0.108, 12);
    expect(cost).toBeGreaterThan(best.cost);
  });

  it('ch4-fig4: J falls after every one of the 1000 updates, towards its floor and never to 0', async () => {
    const output = await fig4.render(plot);
    expectPng(output.png);
    const { costs, floor } = output.data;
    expect(costs).toHaveLength(1000);
    expect(costs[0]).toBeLessThan(1.75);
    expectFalling(costs);
    expect(costs.at(-1)).toBeCloseTo(0.10937, 5);
    expect(costs.at(-1)! - floor).toBeGreaterThan(0);
    expect(costs.at(-1)! - floor).toBeLessThan(0.002);
  });

  it('ch4-fig5: GD on the 100 points lowers J 3000 times down to about the noise variance', async () => {
    const output = await fig5.render(plot);
    expectPng(output.png);
    const { costs, a, b, floor } = output.data;
    expect(costs).toHaveLength(3000);
    expectFalling(costs);
    expect(costs.at(-1)).toBeCloseTo(0.012707, 6);
    expect(floor).toBeCloseTo(0.012613, 6);
    expect(floor).toBeLessThan(0.04 / 3);
    expect(a).toBeCloseTo(1.0190, 4);
    expect(b).toBeCloseTo(-0.0149, 4);
  });

  it('ch4-fig6: the fitted line for x = 0..1 step 0.01 is close to y = x', async () => {
    const output = await fig6.render(plot);
    expectPng(output.png);
    const { a, b, best, lineXs } = output.data;
    expect(lineXs).toHaveLength(101);
    expect(lineXs.at(-1)).toBe(1);
    expect(Math.abs(a - 1)).toBeLessThan(0.05);
    expect(Math.abs(b)).toBeLessThan(0.05);
    expect(best.a).toBeCloseTo(1.0523, 4);
    expect(best.b).toBeCloseTo(-0.0329, 4);
  });

  it("ch4-fig7: SGD (batch 5, in order) with the book's cost measure: 0.012550742943069624 after 1000 epochs", async () => {
    const output = await fig7.render(plot);
    expectPng(output.png);
    const { costs, costsBeforeUpdates, a, b } = output.data;
    expect(costs).toHaveLength(1000);
    expectFalling(costs.slice(0, 260));
    expect(costs[0]).toBeCloseTo(4.784607767383071, 12);
    expect(costs.at(-1)).toBeCloseTo(0.012550742943069624, 15);
    // Our trainers' default measure (before each batch's update) on the same run.
    expect(costsBeforeUpdates.at(-1)).toBeCloseTo(0.012673427372776548, 15);
    costs.forEach((cost, i) => expect(cost).toBeLessThan(costsBeforeUpdates[i]!));
    expect(Math.max(...costs.slice(260)) - Math.min(...costs)).toBeLessThan(1e-6);
    expect(a).toBeCloseTo(1.0540, 4);
    expect(b).toBeCloseTo(-0.0336, 4);
  });

  it('ch4-time: the three 30000-point runs complete; the book\'s two find y ≈ x (times are not asserted)', async () => {
    const output = await timing.render(plot);
    expectPng(output.png);
    const { gd3000, gd1000, sgd1000 } = output.data;
    for (const run of [gd3000, gd1000, sgd1000]) expect(run.seconds).toBeGreaterThan(0);
    // The book's two runs find y ≈ x; GD stopped after 1000 passes is still on its way.
    for (const run of [gd3000, sgd1000]) {
      expect(Math.abs(run.a - 1)).toBeLessThan(0.05);
      expect(Math.abs(run.b)).toBeLessThan(0.05);
    }
    expect(gd3000.a).toBeCloseTo(0.9684, 4);
    expect(sgd1000.a).toBeCloseTo(1, 4);
    expect(gd1000.a).toBeCloseTo(0.5609, 4);
    expect([gd3000.passes, gd1000.passes, sgd1000.passes]).toEqual([3000, 1000, 1000]);
    expect(sgd1000.cost).toBeLessThan(gd3000.cost);
    expect(gd3000.cost).toBeLessThan(gd1000.cost);
    expect(output.numbers.map((n) => n.book)).toContain('27.479 s');
    expect(output.numbers.map((n) => n.book)).toContain('18.847 s');
    expect(output.numbers.find((n) => n.quantity.startsWith('GD, 1000'))!.book).toBe('– (≈ 9.1597 s at its cost per pass)');
  });

  it('interval is Pharo\'s `to:by:`: computed steps, the end included', () => {
    expect(interval(0, 5)).toEqual([0, 1, 2, 3, 4, 5]);
    const xs = interval(-7, 7, 0.01);
    expect(xs).toHaveLength(1401);
    expect(xs[700]).toBe(0);
    expect(xs.at(-1)).toBe(7);
  });
});
