import { beforeAll, describe, expect, it } from 'vitest';
import { Random } from '../../src/index.js';
import { COMPOSITE_TITLE_HEIGHT, PlotService, registerPlotting } from '../../src/plot/index.js';
import { createContainer } from '../../src/container.js';
import { figure as classifier } from '../../examples/figures/notes/notes-gradient-classifier.js';
import { figure as classifierLoss } from '../../examples/figures/notes/notes-gradient-classifier-loss.js';
import { figure as sigmoidVsTanh } from '../../examples/figures/notes/notes-centring-sigmoid-vs-tanh.js';
import { figure as sigmoidDerivative } from '../../examples/figures/notes/notes-gradient-sigmoid-derivative.js';
import { figure as lossSaturation } from '../../examples/figures/notes/notes-output-loss-saturation.js';
import { figure as gradientSaturation } from '../../examples/figures/notes/notes-output-gradient-saturation.js';
import { figure as zigzagPositive } from '../../examples/figures/notes/notes-centring-zigzag-sigmoid.js';
import { figure as zigzagCentred } from '../../examples/figures/notes/notes-centring-zigzag-tanh.js';
import { figure as vanishingBound } from '../../examples/figures/notes/notes-gradient-vanishing-bound.js';
import { EPSILON, START, W_STAR, type ZigzagRun } from '../../examples/figures/notes/zigzag.js';
import { expectPng } from './png.js';

const plot = registerPlotting(createContainer()).resolve(PlotService);

describe('companion-note figures', () => {
  it('notes-gradient-sigmoid-derivative: σ′ peaks at exactly 0.25 at z = 0 and vanishes at both ends', async () => {
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

  it('notes-gradient-vanishing-bound: 0.25^L bounds the product of sigmoid derivatives', async () => {
    const { png, data } = await vanishingBound.render(plot);
    expectPng(png);
    expect(data.depths).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(data.bound[9]).toBeCloseTo(9.5367e-7, 10);
    expect(data.chain[0]).toBe(0.25);
    data.chain.forEach((product, i) => expect(product).toBeLessThanOrEqual(data.bound[i]!));
  });
});

describe('the sigmoid classifier of the note on the sigmoid and its gradient', () => {
  it('draws 1000 points then two weights from Random(42) with nextGaussian, labels x₁ > 0', async () => {
    const { png, data } = await classifier.render(plot);
    expectPng(png);
    const random = new Random(42);
    expect([data.x1s[0], data.x2s[0], data.x1s[1]]).toEqual([random.nextGaussian(), random.nextGaussian(), random.nextGaussian()]);
    expect(data.x1s).toHaveLength(1000);
    data.x1s.forEach((x1, i) => expect(data.labels[i]).toBe(x1 > 0 ? 1 : 0));
    const after = new Random(42);
    for (let i = 0; i < 2000; i++) after.nextGaussian();
    expect(data.initialWeights).toEqual([after.nextGaussian(), after.nextGaussian()]);
  });

  it('one step by hand: θ ← θ − 0.01 · Xᵀ(σ(Xθ) − y) / 1000', async () => {
    const { data } = await classifier.render(plot);
    const [t1, t2] = data.initialWeights;
    let g1 = 0;
    let g2 = 0;
    data.x1s.forEach((x1, i) => {
      const x2 = data.x2s[i]!;
      const error = 1 / (1 + Math.exp(-(t1 * x1 + t2 * x2))) - data.labels[i]!;
      g1 += error * x1;
      g2 += error * x2;
    });
    const theta = [t1 - (0.01 * g1) / 1000, t2 - (0.01 * g2) / 1000];
    const crossEntropy = data.x1s.reduce((sum, x1, i) => {
      const o = 1 / (1 + Math.exp(-(theta[0]! * x1 + theta[1]! * data.x2s[i]!)));
      return sum - (data.labels[i] === 1 ? Math.log(o) : Math.log(1 - o));
    }, 0);
    expect(data.losses[0]).toBeCloseTo(crossEntropy / 1000, 12);
  });

  it('learns: accuracy 0.742 → 0.948, the loss falling at every one of the 1000 updates, the boundary turning towards x₁ = 0', async () => {
    const { data } = await classifier.render(plot);
    const { data: loss } = await classifierLoss.render(plot);
    expect(loss.losses).toEqual(data.losses);
    expect(data.losses).toHaveLength(1000);
    data.losses.forEach((l, i) => expect(l).toBeLessThan(i === 0 ? data.initialLoss : data.losses[i - 1]!));
    expect(data.initialAccuracy).toBe(0.742);
    expect(data.accuracy).toBe(0.948);
    const initialAngle = (Math.abs(Math.atan2(data.initialWeights[1], data.initialWeights[0])) * 180) / Math.PI;
    expect(data.angleDegrees).toBeLessThan(initialAngle);
    expect(data.angleDegrees).toBeCloseTo(8.42, 2);
  });
});

describe('sigmoid or tanh hidden units on the book’s XOR and iris networks', () => {
  it('tanh reaches the target precision sooner on both, from the same seeded weights', async () => {
    const { png, data } = await sigmoidVsTanh.render(plot);
    expectPng(png, 1200, 750 + COMPOSITE_TITLE_HEIGHT);
    const reached = Object.fromEntries(data.runs.map((run) => [`${run.problem} ${run.hidden}`, run.reached]));
    expect(reached).toEqual({ 'xor sigmoid': 3351, 'xor tanh': 1129, 'iris sigmoid': 69, 'iris tanh': 21 });
    // The sigmoid XOR run is ch5-fig1's: same first epoch with precision 1.
    const xor = data.runs.find((run) => run.problem === 'xor' && run.hidden === 'sigmoid')!;
    expect(xor.curve.errors).toHaveLength(10000);
    expect(xor.curve.errors[0]).toBeCloseTo(3.1481 / 4, 4);
  });
});
