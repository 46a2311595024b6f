// The zig-zag experiment of the companion note on zero-centred activations,
// shared by notes-centring-zigzag-sigmoid and notes-centring-zigzag-tanh.
//
// One sigmoid neuron without bias, o = σ(w0·x0 + w1·x1), learns to imitate a
// teacher neuron with weights W_STAR = (1, −1), by the book's delta rule on
// ½(y − o)², one sample at a time (per-sample SGD, samples in a fixed order),
// from START = (−1, 1). The inputs are the outputs of a previous layer:
//   case A, x = sigmoid(u): every input is positive, in (0.12, 0.88);
//   case B, x = tanh(u):    inputs are centred on 0, in (−0.96, 0.96);
// with the same u ~ U(−2, 2) from Random(42) in both cases, so only the
// squashing differs.
//
// Why A zig-zags: the per-sample gradient is ∂L/∂wᵢ = g·xᵢ with one shared
// g = (o − y)·σ′(o). With x0, x1 > 0 both components have the sign of g, so
// every step moves both weights the same way (quadrant I or III). But the
// optimum lies in the direction (+1, −1) from the start: w0 must grow while w1
// shrinks. The path can only get there as a staircase, alternately up-right
// and down-left. With zero-centred inputs the two components have independent
// signs and a step can head for the optimum directly.
//
// "Direction change": two consecutive steps make an obtuse angle,
// Δw(k)·Δw(k−1) < 0, i.e. the path turns back by more than 90°. For positive
// inputs that is exactly a switch between quadrants I and III.
import { HalfSquaredError, Random, SigmoidAF, type ActivationFunction } from '../../../src/index.js';
import type { PlotService } from '../../../src/plot/index.js';

/** The teacher's weights: where the student should end. */
export const W_STAR: readonly [number, number] = [1, -1];
/** The student's first weights: w0 < w0* and w1 > w1*, so the weights must move in opposite directions. */
export const START: readonly [number, number] = [-1, 1];
/** Training samples (u0, u1 pairs). */
export const SAMPLES = 100;
/**
 * Learning rate of the delta rule. The book's neuron default, 0.1, gives the same
 * comparison (12467 against 2328 updates) but steps too small to see.
 */
export const LEARNING_RATE = 4;
/** The run stops when the weights are this close to W_STAR. */
export const EPSILON = 0.05;
/** Safety limit on the number of updates. */
export const MAX_STEPS = 20000;
/** Both figures draw the same window of weight space. */
export const VIEW = { w0: [-1.5, 1.5], w1: [-1.5, 1.5] } as const;

const neuron = new SigmoidAF();
const loss = new HalfSquaredError();

/** What one case of the experiment gives. */
export interface ZigzagRun {
  /** The weights after each update, START first. */
  w0s: number[];
  w1s: number[];
  /** Mean loss over the data set at each point of the path. */
  losses: number[];
  /** Updates until within EPSILON of W_STAR (MAX_STEPS if never). */
  steps: number;
  /** Share of the path's per-sample updates whose two components have the same sign. */
  sameSignShare: number;
  /**
   * The same share over the whole data set: a per-sample gradient g·(x0, x1)
   * has same-sign components exactly when x0·x1 > 0, whatever g ≠ 0 is.
   */
  dataSameSignShare: number;
  /** Number of direction changes (consecutive steps at an obtuse angle). */
  directionChanges: number;
  /** Length of the path divided by the straight distance from START to W_STAR. */
  detour: number;
  /** Mean loss on a grid over VIEW, for the contours. */
  contours: { x0s: number[]; x1s: number[]; values: number[][] };
}

/** Inputs squash(u) for u ~ U(−2, 2) from Random(42), and the teacher's outputs for them. */
export function teacherData(squash: ActivationFunction): { inputs: [number, number][]; targets: number[] } {
  const random = new Random(42);
  const inputs: [number, number][] = [];
  for (let i = 0; i < SAMPLES; i++) {
    inputs.push([squash.eval(4 * random.next() - 2), squash.eval(4 * random.next() - 2)]);
  }
  return { inputs, targets: inputs.map((x) => output(W_STAR, x)) };
}

/** Trains the student on inputs squashed by `squash` and measures its path. */
export function zigzagRun(squash: ActivationFunction): ZigzagRun {
  const { inputs, targets } = teacherData(squash);
  const meanLoss = (w: readonly number[]) =>
    inputs.reduce((sum, x, i) => sum + loss.value([output(w, x)], [targets[i]!]), 0) / inputs.length;

  const w: [number, number] = [START[0], START[1]];
  const w0s = [w[0]];
  const w1s = [w[1]];
  const losses = [meanLoss(w)];
  let sameSign = 0;
  let directionChanges = 0;
  let length = 0;
  let previous: [number, number] | undefined;
  let k = 0;
  for (; k < MAX_STEPS && distanceToOptimum(w) >= EPSILON; k++) {
    const i = k % inputs.length;
    const step = deltaRuleStep(w, inputs[i]!, targets[i]!);
    if (step[0] * step[1] > 0) sameSign++;
    if (previous && step[0] * previous[0] + step[1] * previous[1] < 0) directionChanges++;
    length += Math.hypot(step[0], step[1]);
    w[0] += step[0];
    w[1] += step[1];
    w0s.push(w[0]);
    w1s.push(w[1]);
    losses.push(meanLoss(w));
    previous = step;
  }
  return {
    w0s,
    w1s,
    losses,
    steps: k,
    sameSignShare: sameSign / k,
    dataSameSignShare: inputs.filter(([x0, x1]) => x0 * x1 > 0).length / inputs.length,
    directionChanges,
    detour: length / distanceToOptimum(START),
    contours: lossGrid(meanLoss),
  };
}

/** The student's output σ(w·x), no bias. */
function output(w: readonly number[], x: readonly number[]): number {
  return neuron.eval(w[0]! * x[0]! + w[1]! * x[1]!);
}

/** The book's delta rule for one sample: Δwᵢ = −lr · ∂½(y − o)²/∂o · σ′(o) · xᵢ. */
function deltaRuleStep(w: readonly number[], x: readonly [number, number], y: number): [number, number] {
  const o = output(w, x);
  const g = loss.gradient([o], [y])[0]! * neuron.derivative(o); // shared by both weights
  return [-LEARNING_RATE * g * x[0], -LEARNING_RATE * g * x[1]];
}

function distanceToOptimum(w: readonly number[]): number {
  return Math.hypot(w[0]! - W_STAR[0], w[1]! - W_STAR[1]);
}

/** `meanLoss` on a 61 × 61 grid over VIEW (rows: w1, columns: w0). */
function lossGrid(meanLoss: (w: readonly number[]) => number): ZigzagRun['contours'] {
  const axis = ([from, to]: readonly [number, number]) => Array.from({ length: 61 }, (_, i) => from + ((to - from) * i) / 60);
  const x0s = axis(VIEW.w0);
  const x1s = axis(VIEW.w1);
  return { x0s, x1s, values: x1s.map((w1) => x0s.map((w0) => meanLoss([w0, w1]))) };
}

/** The strings of a zig-zag chart. */
export interface ZigzagLabels {
  title: string;
  xLabel: string;
  yLabel: string;
  path: string;
  optimum: string;
  markers: { start: string; direction: string };
}

/** The run's path over the iso-lines of its own mean loss, with the optimum marked. */
export function drawZigzag(plot: PlotService, run: ZigzagRun, labels: ZigzagLabels, color: string): Promise<Buffer> {
  return plot.parameterPath({
    title: labels.title,
    xLabel: labels.xLabel,
    yLabel: labels.yLabel,
    paths: [
      { name: labels.path, w0s: run.w0s, w1s: run.w1s, color },
      { name: labels.optimum, w0s: [W_STAR[0]], w1s: [W_STAR[1]], color: 'rgb(20, 20, 20)' },
    ],
    contours: { ...run.contours, levels: contourLevels(run) },
    markerLabels: labels.markers,
  });
}

/** Iso-lines at twice the starting loss, the starting loss, and successive halvings: the valley floor stays visible. */
export function contourLevels(run: ZigzagRun): number[] {
  return Array.from({ length: 7 }, (_, k) => run.losses[0]! * 2 ** (1 - k));
}
