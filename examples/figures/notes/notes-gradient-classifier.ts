// Companion note on the sigmoid and its gradient: its example, a sigmoid
// classifier of 1000 random points by the sign of x₁, run as it was meant to
// (see sigmoid-classifier.ts): the points and the boundary it learns.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, pair, percent, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { boundary, classifierRun, type ClassifierRun } from './sigmoid-classifier.js';

const TEXT = {
  claim:
    'The note on the sigmoid and its gradient ends with a small program: a sigmoid unit with two weights and no bias, trained by gradient descent on the mean cross-entropy (learning rate 0.01, 1000 iterations), learns to tell 1000 random points apart by the sign of their first coordinate.',
  caption: '1000 points drawn from N(0, 1) per coordinate, coloured by their label x₁ > 0, and the boundary θ·x = 0 the sigmoid unit learned',
  title: 'Sigmoid classifier of 1000 random points (label: x₁ > 0)',
  xLabel: 'x₁',
  yLabel: 'x₂',
  classNames: ['label 0 (x₁ ≤ 0)', 'label 1 (x₁ > 0)'],
  boundary: 'learned boundary θ·x = 0',
  quantities: {
    accuracy: 'accuracy on the 1000 points, before → after training',
    weights: 'weights θ, drawn → learned',
    angle: 'angle between θ and (1, 0), the labels’ own boundary x₁ = 0 being perpendicular to it',
    loss: 'mean cross-entropy, before → after training',
  },
  degrees: (angle: string) => `${angle}°`,
  notes: {
    broken:
      'The note’s Python does not run as written: it uses `np.int`, removed from NumPy, and it subtracts a vector of shape (1000,) from a column of shape (1000, 1), which broadcasts to a 1000 × 1000 matrix and makes the weight update fail. We run what it means, with θ ← θ − lr · Xᵀ(σ(Xθ) − y) / n.',
    draws:
      'It draws from NumPy’s unseeded generator; we draw from one `new Random(42)` with `nextGaussian()` (Box–Muller on the book’s Park–Miller generator, two uniform draws per Gaussian): the 1000 points first, x₁ then x₂ of each, then the two weights.',
    verdict: (before: string, after: string, angle: string) =>
      `Run as meant, the program does what the note says, slowly: the unit goes from ${before} to ${after} of the points right in 1000 iterations, its boundary turning towards the labels’ own, x₁ = 0, and still ${angle} away from it at the end. With no bias the boundary must pass through the origin, which is where x₁ = 0 is, so nothing is lost by leaving it out here.`,
    loss: 'The loss curve is in notes-gradient-classifier-loss.',
  },
};

export const figure: FigureScript<ClassifierRun, typeof TEXT> = {
  id: 'notes-gradient-classifier',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const run = classifierRun();
    const reach = Math.max(...run.x1s.map(Math.abs), ...run.x2s.map(Math.abs));
    const png = await plot.classification({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      points: { xs: run.x1s, ys: run.x2s, classes: run.labels },
      classNames: text.classNames,
      boundary: { ...boundary(run.weights, reach), name: text.boundary },
    });
    return {
      png,
      numbers: [
        { quantity: text.quantities.accuracy, ours: `${fmt(run.initialAccuracy)} → ${fmt(run.accuracy)}` },
        { quantity: text.quantities.weights, ours: `${pair(...run.initialWeights)} → ${pair(...run.weights)}` },
        { quantity: text.quantities.angle, ours: text.degrees(fmt(run.angleDegrees, 3)) },
        { quantity: text.quantities.loss, ours: `${fmt(run.initialLoss)} → ${fmt(run.losses.at(-1)!)}` },
      ],
      notes: [text.notes.broken, text.notes.draws, text.notes.verdict(percent(run.initialAccuracy), percent(run.accuracy), text.degrees(fmt(run.angleDegrees, 3))), text.notes.loss],
      data: run,
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
