// The "Theory on Learning" chapter's timed scripts: fitting a line to 30000
// noisy points by gradient descent and by mini-batch SGD.
import { GradientDescentTrainer, LinearModel, StochasticGradientDescentTrainer, type Trainer } from '../../src/index.js';
import { asTrainingData, noisyLine } from './data.js';
import { lineGradientDescent, lineStochasticGradientDescent } from './reference.js';
import type { LineSpec, Workload } from './types.js';

const POINTS = 30000;
const LEARNING_RATE = 0.01;
const START = { a: 0.5, b: 3 };

const SAME_ORDER = {
  ours: 1e-9,
  variants: 1e-9,
  why: 'same arithmetic in the same order (fused into one loop in the reference)',
};

/** line-gd: the chapter's GD script, 3000 iterations, the MSE recorded after every update. */
export const lineGD = lineWorkload({
  name: 'line-gd',
  summary: `${POINTS} points, LinearModel(0.5, 3), GradientDescentTrainer, lr ${LEARNING_RATE}, MSE after every update`,
  epochs: 3000,
  bookSeconds: 27.479,
  schedule: 'gd',
  batchSize: POINTS,
  trainer: () => new GradientDescentTrainer(),
});

/** line-sgd: the chapter's SGD script, batches of 5 in order, 1000 epochs. */
export const lineSGD = lineWorkload({
  name: 'line-sgd',
  summary: `${POINTS} points, LinearModel(0.5, 3), StochasticGradientDescentTrainer, batches of 5 in order, lr ${LEARNING_RATE}, MSE per epoch`,
  epochs: 1000,
  bookSeconds: 18.847,
  schedule: 'sgd',
  batchSize: 5,
  trainer: () => new StochasticGradientDescentTrainer(),
});

interface LineOptions {
  name: string;
  summary: string;
  epochs: number;
  bookSeconds: number;
  schedule: LineSpec['schedule'];
  batchSize: number;
  trainer: () => Trainer;
}

function lineWorkload(options: LineOptions): Workload {
  const { schedule, batchSize } = options;
  const data = (): ReturnType<typeof noisyLine> => noisyLine(POINTS);
  return {
    name: options.name,
    summary: options.summary,
    epochs: options.epochs,
    examplesPerEpoch: POINTS,
    lossName: 'MSE',
    bookSeconds: options.bookSeconds,
    spec: { kind: 'line', schedule, batchSize, learningRate: LEARNING_RATE, ...START, data },
    ours: {
      name: 'ours',
      label: `LinearModel + ${schedule === 'gd' ? 'GradientDescentTrainer' : 'StochasticGradientDescentTrainer'}`,
      prepare(epochs) {
        const points = asTrainingData(data());
        const batchOption = schedule === 'sgd' ? { batchSize } : {}; // gradient descent takes no batch size
        return () => {
          const model = new LinearModel(START.a, START.b);
          const history = options.trainer().train(model, points, { epochs, learningRate: LEARNING_RATE, ...batchOption });
          return { finalLoss: history.loss.at(-1)! };
        };
      },
    },
    reference: {
      name: 'reference',
      label: 'plain loop',
      prepare(epochs) {
        const points = data();
        return () => ({
          finalLoss:
            schedule === 'gd'
              ? lineGradientDescent(points, START.a, START.b, LEARNING_RATE, epochs)
              : lineStochasticGradientDescent(points, START.a, START.b, LEARNING_RATE, epochs, batchSize),
        });
      },
    },
    variants: [],
    tolerance: SAME_ORDER,
  };
}
