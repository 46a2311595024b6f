// The companion note's sigmoid classifier, which its own Python cannot run (it
// uses the removed `np.int`, and `hypothesis − y` broadcasts a (1000, 1) column
// against a (1000,) row into a 1000 × 1000 matrix). What the program means:
//
//   1000 points x = (x₁, x₂), each coordinate drawn from N(0, 1); label y = 1
//   when x₁ > 0, else 0. A sigmoid unit o = σ(θ·x) with two weights θ drawn from
//   N(0, 1) and no bias. Gradient descent on the mean cross-entropy, lr 0.01,
//   1000 iterations: θ ← θ − lr · Xᵀ(σ(Xθ) − y) / n.
//
// Every draw comes from one `new Random(42)` through `nextGaussian()`: the
// points first (x₁ then x₂ of each), then the two weights.
import { BinaryCrossEntropy, Random, SigmoidAF } from '../../../src/index.js';

/** The note's sizes and settings. */
export const POINTS = 1000;
export const LEARNING_RATE = 0.01;
export const ITERATIONS = 1000;

const sigmoid = new SigmoidAF();
const crossEntropy = new BinaryCrossEntropy();

/** What training the classifier gives. */
export interface ClassifierRun {
  x1s: number[];
  x2s: number[];
  /** 1 when x₁ > 0, else 0. */
  labels: number[];
  /** The weights drawn before training, and after. */
  initialWeights: [number, number];
  weights: [number, number];
  /** Mean cross-entropy after each update. */
  losses: number[];
  /** Mean cross-entropy of the initial weights. */
  initialLoss: number;
  /** Share of the points classified right (σ(θ·x) ≥ 0.5, i.e. θ·x ≥ 0), before and after training. */
  initialAccuracy: number;
  accuracy: number;
  /** Angle in degrees between θ and (1, 0), the direction of the labels' own boundary x₁ = 0. */
  angleDegrees: number;
}

/** Draws the points and weights, then runs gradient descent. */
export function classifierRun(): ClassifierRun {
  const random = new Random(42);
  const x1s: number[] = [];
  const x2s: number[] = [];
  for (let i = 0; i < POINTS; i++) {
    x1s.push(random.nextGaussian());
    x2s.push(random.nextGaussian());
  }
  const labels = x1s.map((x1) => (x1 > 0 ? 1 : 0));
  const initialWeights: [number, number] = [random.nextGaussian(), random.nextGaussian()];
  const theta: [number, number] = [...initialWeights];
  const meanLoss = () => x1s.reduce((sum, x1, i) => sum + crossEntropy.value([output(theta, x1, x2s[i]!)], [labels[i]!]), 0) / POINTS;
  const accuracy = () => x1s.filter((x1, i) => (output(theta, x1, x2s[i]!) >= 0.5 ? 1 : 0) === labels[i]).length / POINTS;
  const initialLoss = meanLoss();
  const initialAccuracy = accuracy();
  const losses: number[] = [];
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    let g1 = 0;
    let g2 = 0;
    for (let i = 0; i < POINTS; i++) {
      const error = output(theta, x1s[i]!, x2s[i]!) - labels[i]!; // ∂(cross-entropy)/∂(θ·x)
      g1 += error * x1s[i]!;
      g2 += error * x2s[i]!;
    }
    theta[0] -= (LEARNING_RATE * g1) / POINTS;
    theta[1] -= (LEARNING_RATE * g2) / POINTS;
    losses.push(meanLoss());
  }
  const angleDegrees = (Math.abs(Math.atan2(theta[1], theta[0])) * 180) / Math.PI;
  return { x1s, x2s, labels, initialWeights, weights: theta, losses, initialLoss, initialAccuracy, accuracy: accuracy(), angleDegrees };
}

/** σ(θ₁x₁ + θ₂x₂). */
function output(theta: readonly number[], x1: number, x2: number): number {
  return sigmoid.eval(theta[0]! * x1 + theta[1]! * x2);
}

/** The learned boundary θ·x = 0 as a segment through the origin, perpendicular to θ, `reach` long each way. */
export function boundary(weights: readonly [number, number], reach: number): { xs: number[]; ys: number[] } {
  const length = Math.hypot(weights[0], weights[1]);
  const along = [-weights[1] / length, weights[0] / length];
  return { xs: [-reach * along[0]!, reach * along[0]!], ys: [-reach * along[1]!, reach * along[1]!] };
}
