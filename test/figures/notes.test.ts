import { beforeAll, describe, expect, it } from 'vitest';
import { createContainer } from '../../src/container.js';
import { PlotService, registerPlotting } from '../../src/plot/index.js';
import { figure as sigmoidDerivative } from '../../examples/figures/notes/notes-sigmoid-derivative.js';
import { figure as lossSaturation } from '../../examples/figures/notes/notes-output-loss-saturation.js';
import { figure as gradientSaturation } from '../../examples/figures/notes/notes-output-gradient-saturation.js';
import { figure as zigzagPositive } from '../../examples/figures/notes/notes-zigzag-positive.js';
import { figure as zigzagCentred } from '../../examples/figures/notes/notes-zigzag-centred.js';
import { figure as vanishingBound } from '../../examples/figures/notes/notes-vanishing-bound.js';
import { EPSILON, START, W_STAR, type ZigzagRun } from '../../examples/figures/notes/zigzag.js';
import { expectPng } from './png.js';

const plot = registerPlotting(createContainer()).resolve(PlotService);

describe('theory-note figures', () => {
  it('notes-sigmoid-derivative: σ′ peaks at exactly 0.25 at z = 0 and vanishes at both ends', async () => {
    const { png, data } = await sigmoidDerivative.render(plot);
    expectPng(png);
    expect(data.zs).toHaveLength(2001);
    expect(data.peak).toEqual({ z: 0, slope: 0.25 });
    expect(data.sigmoid[data.zs.indexOf(0)]).toBe(0.5);
    expect(Math.max(...data.slope)).toBe(0.25);
    expect(data.tails['5']).toBeCloseTo(0.0066481, 7);
    expect(data.tails['-5']).toBeCloseTo(data.tails['5'], 12);
    expect(data.tails['10']).toBeCloseTo(4.5396e-5, 9);
    expect(data.tails['-10']).toBeCloseTo(data.tails['10'], 12);
    // σ′ is even, so it falls off on both sides.
    expect(data.slope[0]).toBeLessThan(1e-4);
    expect(data.slope[data.slope.length - 1]).toBeLessThan(1e-4);
  });

  it('notes-output-loss-saturation: MSE is bounded by 1, cross-entropy grows like −z', async () => {
    const { png, data } = await lossSaturation.render(plot);
    expectPng(png);
    const [mse, bce] = data.curves;
    expect(Math.max(...mse!.ys)).toBeLessThan(1);
    expect(mse!.ys[0]).toBeCloseTo(1, 3); // z = −10: a plateau
    expect(bce!.ys[0]).toBeCloseTo(10, 3); // −ln σ(−10) ≈ 10
    expect(data.at['0'][0]).toBe(0.25);
    expect(data.at['0'][1]).toBeCloseTo(Math.LN2, 12);
    expect(data.at['-20'][1]).toBeCloseTo(20, 6);
    // Both losses decrease as z grows towards the target's side.
    for (const curve of data.curves) {
      expect(curve.ys.every((y, i) => i === 0 || y <= curve.ys[i - 1]!)).toBe(true);
    }
  });

  it('notes-output-gradient-saturation: BCE gives σ(z) − 1 ≈ −1 when confidently wrong, MSE ≈ 0', async () => {
    const { png, data } = await gradientSaturation.render(plot);
    expectPng(png);
    const [mseAt, bceAt] = data.atMinus20;
    expect(bceAt).toBeCloseTo(-1, 6);
    expect(Math.abs(mseAt)).toBeLessThan(1e-8);
    expect(mseAt).toBeCloseTo(-4.122e-9, 12);
    expect(data.bceDeviation).toBeLessThan(1e-12);
    expect(data.mseSteepest.z).toBeCloseTo(-Math.LN2, 2);
    expect(data.mseSteepest.slope).toBeCloseTo(-8 / 27, 4);
  });

  describe('zig-zag of per-sample updates (note B)', () => {
    let positive: ZigzagRun;
    let centred: ZigzagRun;
    const pngs: Buffer[] = [];

    beforeAll(async () => {
      const a = await zigzagPositive.render(plot);
      const b = await zigzagCentred.render(plot);
      pngs.push(a.png, b.png);
      positive = a.data;
      centred = b.data;
    });

    it('renders both paths over their loss contours', () => {
      for (const png of pngs) expectPng(png);
    });

    it('with positive inputs every per-sample update has same-sign components; with tanh inputs about half', () => {
      expect(positive.sameSignShare).toBe(1);
      expect(positive.dataSameSignShare).toBe(1);
      expect(centred.sameSignShare).toBeGreaterThan(0.3);
      expect(centred.sameSignShare).toBeLessThan(0.7);
      expect(centred.dataSameSignShare).toBeGreaterThan(0.3);
      expect(centred.dataSameSignShare).toBeLessThan(0.7);
    });

    it('the positive-input path changes direction more often, in total and per step', () => {
      expect(positive.directionChanges).toBeGreaterThan(centred.directionChanges);
      expect(positive.directionChanges / positive.steps).toBeGreaterThan(centred.directionChanges / centred.steps);
      expect(positive.detour).toBeGreaterThan(centred.detour);
    });

    it('both paths start at START, reach w*, and their loss decreases overall', () => {
      for (const run of [positive, centred]) {
        expect([run.w0s[0], run.w1s[0]]).toEqual([...START]);
        const end = run.w0s.length - 1;
        expect(Math.hypot(run.w0s[end]! - W_STAR[0], run.w1s[end]! - W_STAR[1])).toBeLessThan(EPSILON);
        expect(run.losses[end]).toBeLessThan(run.losses[0]! / 100);
        expect(run.contours.values).toHaveLength(61);
      }
      // Zero-centred inputs converge several times faster.
      expect(positive.steps).toBeGreaterThan(3 * centred.steps);
    });
  });

  it('notes-vanishing-bound: 0.25^L bounds the product of sigmoid derivatives', async () => {
    const { png, data } = await vanishingBound.render(plot);
    expectPng(png);
    expect(data.depths).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(data.bound[9]).toBeCloseTo(9.5367e-7, 10);
    expect(data.chain[0]).toBe(0.25);
    data.chain.forEach((product, i) => expect(product).toBeLessThanOrEqual(data.bound[i]!));
  });
});
