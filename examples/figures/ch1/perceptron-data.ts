// Chapter 1's data: random points of the 50×50 grid around the line
// f(x) = −2x − 3, and the perceptron the chapter trains to tell the two sides apart.
import { Neuron, Random } from '../../../src/index.js';

/** The chapter's line, f(x) = −2x − 3. */
export function f(x: number): number {
  return -2 * x - 3;
}

/** The class the chapter teaches: 1 when the point is on or below the line (f(x) ≥ y), else 0. */
export function sideOf(x: number, y: number): number {
  return f(x) >= y ? 1 : 0;
}

/** The book's `(r nextInt: 50) - 25`: an integer in −24..25. */
export function coordinate(random: Random): number {
  return random.nextInt(50) - 25;
}

/** Points with x then y drawn from `random` (the book's draw order). */
export interface Points {
  xs: number[];
  ys: number[];
}

/** `count` points of the grid, each drawing its x then its y from `random`. */
export function randomPoints(random: Random, count: number): Points {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < count; i++) {
    xs.push(coordinate(random));
    ys.push(coordinate(random));
  }
  return { xs, ys };
}

/** The chapter's perceptron: a step neuron with w = (1, 2), b = −1 (learning rate 0.1). */
export function bookPerceptron(): Neuron {
  const p = new Neuron().step();
  p.weights = [1, 2];
  p.bias = -1;
  return p;
}

/** Trains `p` on `count` random points from `random`, each once, towards `sideOf`. */
export function trainOnRandomPoints(p: Neuron, random: Random, count: number): void {
  for (let i = 0; i < count; i++) {
    const x = coordinate(random);
    const y = coordinate(random);
    p.train([x, y], sideOf(x, y));
  }
}

/** The red line of f the book draws over the points: x = −15..15 step 0.1. */
export function fLine(): Points {
  const xs = Array.from({ length: 301 }, (_, i) => (i - 150) / 10);
  return { xs, ys: xs.map(f) };
}

/** The book's `Color red` for the line of f (the plot's red). */
export const RED_LINE = 'rgb(214, 39, 40)';

/** Points coloured as ch1-fig11 colours them: class 1 (red) above the line, class 0 (blue) on or below. */
export interface ColouredPoints extends Points {
  classes: number[];
}

/**
 * The 500 points of ch1-fig11 and ch1-fig12. The book draws them with
 * the unseeded `50 atRandom - 25`; we draw them from `new Random(42)`.
 */
export function pointsAroundTheLine(): ColouredPoints {
  const { xs, ys } = randomPoints(new Random(42), 500);
  return { xs, ys, classes: xs.map((x, i) => (ys[i]! > f(x) ? 1 : 0)) };
}

/** The strings ch1-fig11 and ch1-fig12 share: the legend of the two sides and the line's name. */
export const SIDES_TEXT = {
  below: 'y ≤ f(x)',
  above: 'y > f(x)',
  line: 'f(x) = −2x − 3',
};

/** SIDES_TEXT in Chinese. */
export const SIDES_TEXT_ZH: typeof SIDES_TEXT = {
  below: 'y ≤ f(x)',
  above: 'y > f(x)',
  line: 'f(x) = −2x − 3',
};
