import { describe, expect, it } from 'vitest';
import { ConstantColumnError, NNetwork } from '../../src/index.js';
import { COMPOSITE_TITLE_HEIGHT, PlotService, registerPlotting } from '../../src/plot/index.js';
import { createContainer } from '../../src/container.js';
import { figure as fig1 } from '../../examples/figures/ch5/ch5-fig1-xor-learning-curve.js';
import { figure as fig2 } from '../../examples/figures/ch5/ch5-fig2-network-topology.js';
import { figure as fig3 } from '../../examples/figures/ch5/ch5-fig3-contradictory-data.js';
import { figure as fig4 } from '../../examples/figures/ch5/ch5-fig4-iris-learning-curve.js';
import { figure as fig5 } from '../../examples/figures/ch5/ch5-fig5-learning-rate-neuron.js';
import { figure as fig6 } from '../../examples/figures/ch5/ch5-fig6-learning-rate-network.js';
import { figure as fig7 } from '../../examples/figures/ch5/ch5-fig7-binary-to-decimal.js';
import { figure as fig8 } from '../../examples/figures/ch5/ch5-fig8-scaled-without-normalisation.js';
import { figure as fig9 } from '../../examples/figures/ch5/ch5-fig9-scaled-with-normalisation.js';
import { BINARY_TO_DECIMAL, CONTRADICTION, irisRows, SCALED_BINARY_TO_DECIMAL, XOR } from '../../examples/figures/ch5/data.js';
import { learningCurve, learningCurveWithoutNormalisation, network, peaks } from '../../examples/figures/ch5/training.js';
import { figure as split } from '../../examples/figures/ch5/ch5-split-iris-accuracy.js';
import { figure as seeds753 } from '../../examples/figures/ch5/ch5-seeds-753.js';
import { figure as seeds763 } from '../../examples/figures/ch5/ch5-seeds-763.js';
import { roundTo2 } from '../../examples/figures/ch5/split.js';
import { expectPng } from './png.js';

const plot = registerPlotting(createContainer()).resolve(PlotService);

describe('chapter 5 data and training helpers', () => {
  it('iris: 150 rows of 4 measurements and classes 0, 1, 2 in blocks of 50', () => {
    const iris = irisRows();
    expect(iris).toHaveLength(150);
    expect(iris[0]).toEqual([5.1, 3.5, 1.4, 0.2, 0]);
    expect(iris[149]).toEqual([5.9, 3.0, 5.1, 1.8, 2]);
    expect([0, 1, 2].map((k) => iris.filter((row) => row[4] === k).length)).toEqual([50, 50, 50]);
  });

  it('the binary tables: n → its bits, and the oddly scaled copy', () => {
    expect(BINARY_TO_DECIMAL[3]).toEqual([0, 1, 1, 3]);
    expect(BINARY_TO_DECIMAL[6]).toEqual([1, 1, 0, 6]);
    expect(SCALED_BINARY_TO_DECIMAL[7]).toEqual([0.1, 1000, 1, 7]);
  });

  it('training without normalisation is the same rule as trainEpochs (XOR normalises to itself)', () => {
    const normalised = learningCurve(network(2, 3, 2), XOR, 200);
    const raw = learningCurveWithoutNormalisation(network(2, 3, 2), XOR, 200);
    expect(raw.errors).toEqual(normalised.errors);
    expect(raw.precisions).toEqual(normalised.precisions);
  });

  it("the book's final train:nbEpochs: cannot run on the contradictory rows (constant columns)", () => {
    expect(() => new NNetwork().configure(2, 3, 2).trainEpochs(CONTRADICTION, 1)).toThrow(ConstantColumnError);
  });

  it('peaks counts the local maxima of a curve', () => {
    expect(peaks([3, 2, 1])).toBe(0);
    expect(peaks([1, 3, 2, 4, 1])).toBe(2);
  });
});

describe('chapter 5 figures', () => {
  it('ch5-fig1: XOR — error near 0, precision reaches 1', async () => {
    const output = await fig1.render(plot);
    expectPng(output.png);
    const { errors, precisions } = output.data;
    expect(errors).toHaveLength(10000);
    expect(errors[0]).toBeGreaterThan(3);
    expect(errors.at(-1)).toBeLessThan(0.02);
    expect(precisions.at(-1)).toBe(1);
    expect(precisions.indexOf(1) + 1).toBe(3351);
  });

  it('ch5-fig2: the 2-3-2 topology', async () => {
    const output = await fig2.render(plot);
    expectPng(output.png);
    expect(output.data.layerSizes).toEqual([2, 3, 2]);
  });

  it('ch5-fig3: contradictory data — the error stays above its floor of 1, precision never above 0.5', async () => {
    const output = await fig3.render(plot);
    expectPng(output.png);
    const { errors, precisions, trainedPrecision } = output.data;
    expect(errors).toHaveLength(1000);
    expect(Math.min(...errors)).toBeGreaterThan(1);
    expect(errors.at(-1)).toBeCloseTo(1.0123, 4);
    expect(Math.max(...precisions)).toBe(0.5);
    expect(precisions.at(-1)).toBe(0);
    expect(trainedPrecision).toBe(0.5);
  });

  it('ch5-fig4: iris — error close to 0 relative to its start, precision close to 1', async () => {
    const output = await fig4.render(plot);
    expectPng(output.png);
    const { errors, precisions, normalised } = output.data;
    expect(errors).toHaveLength(1000);
    expect(errors.at(-1)! / errors[0]!).toBeLessThan(0.06);
    expect(precisions.at(-1)).toBeGreaterThan(0.98);
    expect(normalised.precisions.at(-1)).toBe(0.98);
    expect(normalised.errors.at(-1)).toBeCloseTo(4.2377, 4);
    expect(peaks(normalised.errors)).toBe(0);
  });

  it('ch5-fig5: a sigmoid neuron on AND learns faster with a higher learning rate', async () => {
    const output = await fig5.render(plot);
    expectPng(output.png);
    const { learningRates, epochs, errors } = output.data;
    expect(learningRates).toEqual([0.001, 0.01, 0.1, 0.2, 0.3]);
    expect(epochs).toHaveLength(1001);
    for (const curve of errors) {
      expect(curve).toHaveLength(1001);
      expect(curve[0]).toBeCloseTo(0.7107, 4); // all start from the same untrained neuron
      expect(curve.every((e, n) => n === 0 || e < curve[n - 1]!)).toBe(true);
    }
    const finals = errors.map((curve) => curve.at(-1)!);
    expect(finals).toEqual([...finals].sort((a, b) => b - a));
    expect(finals[4]).toBeLessThan(0.1);
    expect(output.numbers.at(-1)!.ours).toBe('yes');
  });

  it('ch5-fig6: four panels — low learning rates smooth, high ones with frequent peaks', async () => {
    const output = await fig6.render(plot);
    expectPng(output.png, 1200, 750 + COMPOSITE_TITLE_HEIGHT);
    const { curves } = output.data;
    expect(curves.map((c) => c.errors.length)).toEqual([1000, 1000, 1000, 1000]);
    const [low, lowish, high, highest] = curves.map((c) => peaks(c.errors));
    expect([low, lowish]).toEqual([0, 0]);
    expect(high).toBeGreaterThan(100);
    expect(highest).toBeGreaterThan(high!);
    expect(curves[0]!.errors.at(-1)).toBeGreaterThan(curves[1]!.errors.at(-1)!);
  });

  it('ch5-fig7: binary to decimal — predicts 3 for (0, 1, 1) and for (0.4, 0.7, 0.6)', async () => {
    const output = await fig7.render(plot);
    expectPng(output.png);
    expect(output.data.errors).toHaveLength(1000);
    expect(output.data.precisions.at(-1)).toBe(1);
    expect(output.data.predictions.map((p) => p.predicted)).toEqual([3, 3]);
  });

  it('ch5-fig8: oddly scaled data without normalisation — precision never above 0.5, error plateaus', async () => {
    const output = await fig8.render(plot);
    expectPng(output.png);
    const { errors, precisions } = output.data;
    expect(errors).toHaveLength(10000);
    expect(Math.max(...precisions)).toBe(0.5);
    expect(errors.at(-1)).toBeGreaterThan(3);
    expect(errors[8999]! - errors.at(-1)!).toBeLessThan(0.05);
  });

  it('ch5-fig9: the same data normalised — precision reaches 1', async () => {
    const output = await fig9.render(plot);
    expectPng(output.png);
    const { errors, precisions } = output.data;
    expect(errors).toHaveLength(10000);
    expect(precisions.at(-1)).toBe(1);
    expect(errors.at(-1)).toBeLessThan(0.05);
  });
});

describe('chapter 5: the train/test split and the seeds scripts', () => {
  it("ch5-split: the book's cut 0.8 gives accuracy 0.9 and cut 0.7 gives 0.0 (iris in order, non-normalising training, 4-6-3, 1000 epochs)", async () => {
    const output = await split.render(plot);
    expectPng(output.png);
    const byCut = output.data.results.filter((r) => !r.shuffled);
    expect(byCut.map((r) => [r.cut, r.trainingRows, r.testRows])).toEqual([
      [0.8, 120, 30],
      [0.7, 105, 45],
      [0.6, 90, 60],
      [0.5, 75, 75],
      [0.4, 60, 90],
    ]);
    expect(byCut[0]).toMatchObject({ correct: 27, accuracy: 0.9, trainingClasses: [50, 50, 20] });
    expect(byCut[1]).toMatchObject({ correct: 0, accuracy: 0, trainingClasses: [50, 50, 5] });
    expect(byCut.slice(2).map((r) => r.accuracy)).toEqual([0.17, 0.33, 0.44]);
    const shuffled = output.data.results.find((r) => r.shuffled)!;
    expect(shuffled.accuracy).toBe(1);
    expect(output.numbers.slice(0, 2).map((n) => n.book)).toEqual(['0.9', '0']);
  });

  it('splitResult tests the last rows and rounds the accuracy as Pharo’s round: 2', () => {
    expect(roundTo2(27 / 30)).toBe(0.9);
    expect(roundTo2(1 / 6)).toBe(0.17);
    expect(roundTo2(0.125)).toBe(0.13); // halves away from zero
    expect(roundTo2(2 / 3)).toBe(0.67);
  });

  it('ch5-seeds-753: the 7-5-3 network learns the 210 kernels (2000 epochs)', async () => {
    const output = await seeds753.render(plot);
    expectPng(output.png);
    const { errors, precisions } = output.data;
    expect(errors).toHaveLength(2000);
    expect(errors.at(-1)! / errors[0]!).toBeLessThan(0.02);
    expect(precisions.at(-1)).toBeCloseTo(209 / 210, 12);
  });

  it('ch5-seeds-763: shuffled with Random(42), 168 kernels train, 38 of the 42 others are recognised', async () => {
    const output = await seeds763.render(plot);
    expectPng(output.png);
    expect(output.data).toMatchObject({ trainingRows: 168, testRows: 42, correct: 38 });
    expect(output.data.errors).toHaveLength(1000);
  });
});
