// Shared test data and PNG helpers for the plot tests (not a test file itself).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ClassificationOptions,
  FunctionCurvesOptions,
  LearningCurveOptions,
  LossCurveOptions,
  ParameterPathOptions,
  ScatterOptions,
  TopologyOptions,
} from '../../src/plot/index.js';

/** The 8 bytes every PNG starts with. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Saves a copy when PLOT_PREVIEW_DIR is set, to look at the figures by eye. */
export function preview(name: string, png: Buffer): void {
  const dir = process.env['PLOT_PREVIEW_DIR'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.png`), png);
}

// Deterministic noise: tests assert exact values, so no Math.random.
function noise(i: number): number {
  const s = Math.sin(i * 12.9898) * 43758.5453;
  return s - Math.floor(s) - 0.5;
}

const range = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

export const scatterOpts: ScatterOptions = {
  title: 'Linear regression',
  xLabel: 'x',
  yLabel: 'y',
  points: [{ name: 'data', xs: range(40, (i) => i / 4), ys: range(40, (i) => (2 * i) / 4 + 1 + 2 * noise(i)) }],
  lines: [{ name: 'fit', xs: [0, 10], ys: [1, 21] }],
};

export const lossOpts: LossCurveOptions = {
  title: 'Loss',
  series: [
    { name: 'training', values: range(300, (i) => 2 * Math.exp(-i / 40) + 0.05) },
    { name: 'test', values: range(300, (i) => 2 * Math.exp(-i / 50) + 0.1 + 0.02 * noise(i)) },
  ],
};

export function learningOpts(epochs: number): LearningCurveOptions {
  return {
    title: 'Learning curve',
    errors: range(epochs, (i) => 3 * Math.exp(-i / (epochs / 5)) + 0.05 * Math.abs(noise(i))),
    precisions: range(epochs, (i) => Math.min(1, 0.5 + 0.5 * (1 - Math.exp(-i / (epochs / 6))))),
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const zs = range(121, (i) => -6 + i * 0.1);
export const functionOpts: FunctionCurvesOptions = {
  title: 'Sigmoid, its derivative and the step function',
  xs: zs,
  curves: [
    { name: 'sigmoid', ys: zs.map(sigmoid) },
    { name: "sigmoid'", ys: zs.map((z) => sigmoid(z) * (1 - sigmoid(z))), color: 'rgb(44, 160, 44)' },
    { name: 'step', ys: zs.map((z) => (z > 0 ? 1 : 0)), stepped: true, color: 'rgb(214, 39, 40)' },
  ],
};

export const classificationOpts: ClassificationOptions = {
  title: 'Perceptron',
  classNames: ['below', 'above'],
  points: {
    xs: range(120, (i) => 10 * (noise(i) + 0.5)),
    ys: range(120, (i) => 10 * (noise(i + 500) + 0.5)),
    classes: range(120, (i) => (10 * (noise(i + 500) + 0.5) > 10 * (noise(i) + 0.5) * 0.5 + 2 ? 1 : 0)),
  },
  boundary: { xs: [0, 10], ys: [2, 7], name: 'y = x/2 + 2' },
};

// f(w0, w1) = (w0 − 1)² + 3(w1 + 0.5)²: an elongated bowl, gradient descent zig-zags in w1.
const f = (w0: number, w1: number) => (w0 - 1) ** 2 + 3 * (w1 + 0.5) ** 2;
function descent(rate: number, steps: number): { w0s: number[]; w1s: number[] } {
  let w0 = -2;
  let w1 = 2;
  const w0s = [w0];
  const w1s = [w1];
  for (let s = 0; s < steps; s++) {
    w0 -= rate * 2 * (w0 - 1);
    w1 -= rate * 6 * (w1 + 0.5);
    w0s.push(w0);
    w1s.push(w1);
  }
  return { w0s, w1s };
}
const gx = range(41, (i) => -3 + i * 0.125);
const gy = range(33, (i) => -2 + i * 0.15);
export const pathOpts: ParameterPathOptions = {
  title: 'Gradient descent on (w0−1)² + 3(w1+0.5)²',
  paths: [
    { name: 'rate 0.05', ...descent(0.05, 40) },
    { name: 'rate 0.3', ...descent(0.3, 15) },
  ],
  contours: { x0s: gx, x1s: gy, values: gy.map((y) => gx.map((x) => f(x, y))), levels: [0.25, 1, 2, 4, 8, 12, 16, 24] },
};

export const topologyOpts: TopologyOptions = { title: 'Network 2-3-2', layerSizes: [2, 3, 2] };
