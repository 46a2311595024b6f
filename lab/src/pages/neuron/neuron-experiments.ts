// Printed chapters 1 and 2, as the Perceptron and neuron page runs them: the
// chapter's perceptron learning which side of f(x) = −2x − 3 a point is on,
// and a perceptron against a sigmoid neuron learning AND. The experiments are
// the figures' own (examples/figures/ch1, ch2), one step at a time.
import { Random, type Neuron } from '../../../../src/index.js';
import { bookPerceptron, randomPoints, sideOf, trainOnRandomPoints, type Points } from '../../../../examples/figures/ch1/perceptron-data.js';
import { AND_GATE, errorCurveOnAnd, errorOnAnd, startingNeuron } from '../../../../examples/figures/ch2/neurons.js';

/** How many points the perceptron is tested on. */
export const TEST_POINTS = 500;

/**
 * The chapter's perceptron (w = (1, 2), b = −1, a step neuron) trained on
 * random points of the 50 × 50 grid. One `Random(42)` draws the test points
 * first, then every training point, so the two never share draws.
 */
export class PerceptronRun {
  readonly perceptron: Neuron;
  readonly test: Points;
  /** The precision on the test points after 0, 1, 2, … training points. */
  readonly precisions: number[];
  private readonly random = new Random(42);

  constructor(
    learningRate: number,
    readonly target: number,
  ) {
    this.perceptron = bookPerceptron();
    this.perceptron.learningRate = learningRate;
    this.test = randomPoints(this.random, TEST_POINTS);
    this.precisions = [this.precision()];
  }

  /** Training points seen so far. */
  get trained(): number {
    return this.precisions.length - 1;
  }

  remaining(): number {
    return this.target - this.trained;
  }

  /** Trains on `count` more points, one at a time, measuring the precision after each. */
  advance(count: number): void {
    for (let i = 0; i < count; i++) {
      trainOnRandomPoints(this.perceptron, this.random, 1);
      this.precisions.push(this.precision());
    }
  }

  /** The class the perceptron gives each test point (1: on or below the line). */
  predictions(): number[] {
    return this.test.xs.map((x, i) => (this.perceptron.feed([x, this.test.ys[i]!]) > 0.5 ? 1 : 0));
  }

  /** The share of test points on the side the perceptron says. */
  precision(): number {
    const predicted = this.predictions();
    return predicted.filter((k, i) => k === sideOf(this.test.xs[i]!, this.test.ys[i]!)).length / TEST_POINTS;
  }
}

/** The same starting neuron (w = (−1, −1), b = 2) as a perceptron and as a sigmoid neuron, learning AND epoch after epoch. */
export class AndRun {
  readonly perceptron: Neuron;
  readonly sigmoid: Neuron;
  /** Mean |output − desired| over the four rows after 0, 1, 2, … epochs. */
  readonly perceptronErrors: number[];
  readonly sigmoidErrors: number[];

  constructor(
    learningRate: number,
    readonly target: number,
  ) {
    this.perceptron = startingNeuron(learningRate).step();
    this.sigmoid = startingNeuron(learningRate).sigmoid();
    this.perceptronErrors = [errorOnAnd(this.perceptron)];
    this.sigmoidErrors = [errorOnAnd(this.sigmoid)];
  }

  get epochs(): number {
    return this.sigmoidErrors.length - 1;
  }

  remaining(): number {
    return this.target - this.epochs;
  }

  /** `count` more epochs: each neuron trains on the four rows in the book's order (the figure's loop). */
  advance(count: number): void {
    this.perceptronErrors.push(...errorCurveOnAnd(this.perceptron, count).slice(1));
    this.sigmoidErrors.push(...errorCurveOnAnd(this.sigmoid, count).slice(1));
  }
}

export { AND_GATE };
