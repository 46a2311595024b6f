// Our figures of what a reader reaches for next: the optimizers on the chapter's
// four points and on iris (ch4-optimizers), softmax + cross-entropy on iris
// beside the book's sigmoid + squared error (ch5-softmax-iris).
import { beforeAll, describe, expect, it } from 'vitest';
import { createContainer } from '../../src/container.js';
import { COMPOSITE_TITLE_HEIGHT, PlotService, registerPlotting } from '../../src/plot/index.js';
import { figure as optimizers } from '../../examples/figures/ch4/ch4-optimizers.js';
import { figure as softmax } from '../../examples/figures/ch5/ch5-softmax-iris.js';
import { expectPng } from './png.js';

const plot = registerPlotting(createContainer()).resolve(PlotService);

describe('ch4-optimizers', () => {
  let output: Awaited<ReturnType<typeof optimizers.render>>;
  beforeAll(async () => {
    output = await optimizers.render(plot);
  });

  it('from (0.5, 3), lr 0.01, 1000 iterations: GD stops at (1.4292, 1.3906); momentum and Adam reach (1.46, 1.30), as the caption says', () => {
    expectPng(output.png, 1400, 920 + COMPOSITE_TITLE_HEIGHT);
    const { runs, best } = output.data;
    const [gd, momentum, adam] = runs;
    expect(best.a).toBeCloseTo(1.46, 12);
    expect(best.b).toBeCloseTo(1.3, 12);
    expect(gd!.line.a).toBeCloseTo(1.4291923593027176, 12);
    expect(gd!.line.b).toBeCloseTo(1.3905782205396866, 12);
    expect(Math.abs(momentum!.line.a - 1.46)).toBeLessThan(1e-12);
    expect(Math.abs(momentum!.line.b - 1.3)).toBeLessThan(1e-12);
    expect(Math.abs(adam!.line.a - 1.46)).toBeLessThan(5e-5);
    expect(Math.abs(adam!.line.b - 1.3)).toBeLessThan(5e-5);
    expect(Math.abs(adam!.line.b - 1.3)).toBeGreaterThan(1e-5); // “within 5 × 10⁻⁵”, not exact
    expect([gd!.near, momentum!.near, adam!.near]).toEqual([undefined, 118, 710]);
    expect(optimizers.text.caption).toContain('momentum and Adam reach the true minimum (1.46, 1.30) within 1000 iterations, plain gradient descent stops at (1.4292, 1.3906)');
    // The paths start at (0.5, 3) and record every iteration.
    for (const run of runs) {
      expect([run.as[0], run.bs[0]]).toEqual([0.5, 3]);
      expect(run.as).toHaveLength(1001);
      expect(run.costs).toHaveLength(1000);
    }
  });

  it('on iris (full batch, 1000 epochs) momentum and Adam end with a lower loss and reach 95 % long before gradient descent', () => {
    const { runs } = output.data;
    const [gd, momentum, adam] = runs.map((run) => run.iris);
    const reach = (accuracy: number[]) => accuracy.findIndex((a) => a >= 0.95) + 1;
    expect([reach(gd!.accuracy), reach(momentum!.accuracy), reach(adam!.accuracy)]).toEqual([793, 84, 286]);
    expect(momentum!.loss.at(-1)).toBeLessThan(gd!.loss.at(-1)! / 5);
    expect(adam!.loss.at(-1)).toBeLessThan(gd!.loss.at(-1)! / 4);
  });
});

describe('ch5-softmax-iris', () => {
  it('softmax + cross-entropy reaches 95 % training precision at epoch 14, the book’s sigmoid + squared error at 82; its validation loss is lowest at 365', async () => {
    const output = await softmax.render(plot);
    expectPng(output.png, 1280, 420 + COMPOSITE_TITLE_HEIGHT);
    const [sigmoid, soft] = output.data.runs;
    const reach = (values: number[]) => values.findIndex((a) => a >= 0.95) + 1;
    expect([reach(sigmoid!.history.accuracy), reach(soft!.history.accuracy)]).toEqual([82, 14]);
    expect([reach(sigmoid!.history.validationAccuracy), reach(soft!.history.validationAccuracy)]).toEqual([765, 412]);
    for (const run of [sigmoid!, soft!]) {
      expect(run.history.loss).toHaveLength(1000);
      expect(run.history.validationLoss).toHaveLength(1000);
    }
    const lowest = (values: number[]) => values.indexOf(Math.min(...values)) + 1;
    expect(lowest(soft!.history.validationLoss)).toBe(365);
    expect(lowest(sigmoid!.history.validationLoss)).toBe(1000);
    expect(soft!.history.validationLoss.at(-1)).toBeGreaterThan(soft!.history.validationLoss[364]!);
    // The note's first epoch: every one of the 30 validation rows predicted virginica (10 of them are).
    expect(soft!.history.validationAccuracy[0]).toBe(10 / 30);
    expect(soft!.history.validationLoss[0]).toBeGreaterThan(3 * soft!.history.loss[0]!);
  });
});
