// The Theory on Learning chapter's experiment, as the page runs it: the line
// f(x) = a·x + b (the library's `LinearModel`) fitted to the chapter's points
// by the library's gradient descent or mini-batch SGD, one iteration at a time,
// with the cost J and the path of (a, b) recorded on the way.
import { LinearModel, type TrainingData } from '../../../../src/index.js';
import { cost, LEARNING_RATE, START } from '../../../../examples/figures/ch4/line.js';
import { RESUMABLE_TRAINERS, type TrainingSession } from '../../training/resumable.js';

export { equation } from '../../../../examples/figures/ch4/line.js';

/** The chapter's first guess (the blue line of Figure 4-2) and its learning rate, as the figures take them. */
export const BOOK_START = START;
export const BOOK_LEARNING_RATE = LEARNING_RATE;

/** How the line is fitted. */
export interface LineFitSettings {
  data: TrainingData;
  trainer: 'gd' | 'sgd';
  learningRate: number;
  /** Iterations (gradient descent) or epochs (SGD) to run. */
  iterations: number;
  /** Examples per update, for SGD. */
  batchSize: number;
  /** A new seeded order of the points each epoch, for SGD. */
  shuffle: boolean;
  start: { a: number; b: number };
}

/** One fit in progress. */
export class LineFit {
  readonly model: LinearModel;
  /** (a, b) before the first update, then after each iteration. */
  readonly as: number[];
  readonly bs: number[];
  private readonly session: TrainingSession;
  private readonly j0: number;

  constructor(readonly settings: LineFitSettings) {
    const { start, data, learningRate, batchSize, shuffle } = settings;
    this.model = new LinearModel(start.a, start.b);
    this.as = [start.a];
    this.bs = [start.b];
    this.j0 = costOf(data, start.a, start.b);
    // SGD's epoch cost as the chapter's script adds it up: each batch measured after its own update (Figure 4-7).
    const options = settings.trainer === 'gd' ? { learningRate } : { learningRate, batchSize, shuffle, measureLoss: 'afterUpdate' as const };
    this.session = new RESUMABLE_TRAINERS[settings.trainer]().start(this.model, data, options);
  }

  /** Iterations run so far. */
  get iteration(): number {
    return this.session.epochs;
  }

  remaining(): number {
    return this.settings.iterations - this.iteration;
  }

  /** Runs `count` more iterations, recording the path. */
  advance(count: number): void {
    for (let i = 0; i < count; i++) {
      this.session.advance(1);
      this.as.push(this.model.a);
      this.bs.push(this.model.b);
    }
  }

  /** J at the start, then the trainer's loss after each iteration (for SGD, the chapter's epoch cost). */
  costs(): number[] {
    return [this.j0, ...this.session.history.loss];
  }

  /** J of the current line. */
  cost(): number {
    return cost(this.model, this.settings.data);
  }
}

/** J(a, b) = 1/n Σ (yᵢ − (a·xᵢ + b))² of the library's line, as the figures compute it. */
export function costOf(data: TrainingData, a: number, b: number): number {
  return cost(new LinearModel(a, b), data);
}

/** J sampled on a grid over `aRange` × `bRange` (rows: b, columns: a), for the contour map. */
export function costGrid(data: TrainingData, aRange: readonly [number, number], bRange: readonly [number, number], steps = 60) {
  const axis = ([from, to]: readonly [number, number]) => Array.from({ length: steps + 1 }, (_, i) => from + ((to - from) * i) / steps);
  const x0s = axis(aRange);
  const x1s = axis(bRange);
  return { x0s, x1s, values: x1s.map((b) => x0s.map((a) => costOf(data, a, b))) };
}

/** Iso-lines from near the smallest J of the grid to its largest, closer together near the minimum. */
export function costLevels(values: readonly (readonly number[])[], count = 5): number[] {
  const all = values.flat();
  const low = Math.min(...all);
  const high = Math.max(...all);
  return Array.from({ length: count }, (_, k) => low + (high - low) * 4 ** -(k + 1)).reverse();
}
