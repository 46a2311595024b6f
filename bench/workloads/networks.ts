// The sigmoid-network workloads: XOR and iris from the book's chapters, and a
// digits-sized multi-layer perceptron, online and in mini-batches.
import { HalfSquaredError, NNetwork, StochasticGradientDescentTrainer } from '../../src/index.js';
import { asTrainingData, iris, SYNTHETIC, syntheticDigits, xor } from './data.js';
import { networkMiniBatch, networkOnline } from './reference.js';
import type { Dataset, Implementation, Workload } from './types.js';

/** xor: 2-3-1, online, lr 0.5, 20000 epochs over the 4 rows. */
export const xorWorkload = networkWorkload({
  name: 'xor',
  summary: '2-3-1 sigmoid NNetwork, online (SGD batch 1, ½Σ(t−o)²), lr 0.5, 20000 epochs over 4 rows',
  sizes: [2, 3, 1],
  epochs: 20000,
  examplesPerEpoch: 4,
  learningRate: 0.5,
  batchSize: 1,
  data: xor,
});

/** iris: 4-8-3, min–max normalised, one-hot targets, online, lr 0.3, 1000 epochs. */
export const irisWorkload = networkWorkload({
  name: 'iris',
  summary: '4-8-3 sigmoid NNetwork on min–max normalised iris, one-hot targets, online, lr 0.3, 1000 epochs',
  sizes: [4, 8, 3],
  epochs: 1000,
  examplesPerEpoch: 150,
  learningRate: 0.3,
  batchSize: 1,
  data: iris,
});

/** mlp: 784-64-10 on 2000 synthetic samples, online, lr 0.1, 3 epochs. */
export const mlpWorkload = networkWorkload({
  name: 'mlp',
  summary: '784-64-10 sigmoid NNetwork, 2000 synthetic samples, online, lr 0.1, 3 epochs',
  sizes: [SYNTHETIC.inputs, 64, SYNTHETIC.classes],
  epochs: 3,
  examplesPerEpoch: SYNTHETIC.samples,
  learningRate: 0.1,
  batchSize: 1,
  data: () => syntheticDigits(),
});

/** mlp-batch: the same with mini-batches of 32 (mean gradient). */
export const mlpBatchWorkload = networkWorkload({
  name: 'mlp-batch',
  summary: 'the mlp workload in mini-batches of 32 (mean gradient), in order',
  sizes: [SYNTHETIC.inputs, 64, SYNTHETIC.classes],
  epochs: 3,
  examplesPerEpoch: SYNTHETIC.samples,
  learningRate: 0.1,
  batchSize: 32,
  data: () => syntheticDigits(),
});

/** What a network workload is: its name, sizes, schedule and data. */
export interface NetworkOptions {
  name: string;
  summary: string;
  sizes: number[];
  epochs: number;
  examplesPerEpoch: number;
  learningRate: number;
  batchSize: number;
  data: () => Dataset;
}

function networkWorkload(options: NetworkOptions): Workload {
  const { sizes, learningRate, batchSize, data } = options;
  const online = batchSize === 1;
  return {
    name: options.name,
    summary: options.summary,
    epochs: options.epochs,
    examplesPerEpoch: options.examplesPerEpoch,
    lossName: '½Σ(t−o)²',
    spec: { kind: 'network', sizes, learningRate, batchSize, data },
    ours: {
      name: 'ours',
      label: `NNetwork + StochasticGradientDescentTrainer (batch ${batchSize}, HalfSquaredError)`,
      prepare(epochs) {
        const examples = asTrainingData(data());
        return () => {
          const network = configuredNetwork(sizes);
          const history = new StochasticGradientDescentTrainer().train(network, examples, {
            epochs,
            learningRate,
            batchSize,
            loss: new HalfSquaredError(),
          });
          return { finalLoss: history.loss.at(-1)! };
        };
      },
    },
    reference: {
      name: 'reference',
      label: online ? 'plain loop, online' : 'plain loop, per example within each batch',
      prepare(epochs) {
        const examples = data();
        return () => ({
          finalLoss: online
            ? networkOnline(sizes, examples, learningRate, epochs)
            : networkMiniBatch(sizes, examples, learningRate, epochs, batchSize),
        });
      },
    },
    variants: online ? [bookLoop(sizes, learningRate, data)] : [],
    tolerance: {
      ours: 1e-9,
      variants: 1e-9,
      why:
        'ours: same arithmetic in the same order. NNetwork.train: the book rounds the step as (lr·δ)·x, ' +
        'the trainer and the reference as lr·(δ·x), so the last bits differ',
    },
  };
}

/** The network the book's `configure` builds: sigmoid layers, weights from `new Random(42)`. */
function configuredNetwork(sizes: readonly number[]): NNetwork {
  return new NNetwork().configure(sizes[0]!, sizes.slice(1, -1), sizes.at(-1)!);
}

/**
 * The book's own loop, `network.train(inputs, targets)` per example. The loss of
 * each example (½Σ(t − o)², before its update) is read from the output layer's
 * outputs, which `train` leaves there.
 */
function bookLoop(sizes: readonly number[], learningRate: number, data: () => Dataset): Implementation {
  return {
    name: 'book-loop',
    label: 'NNetwork.train per example (the book’s loop)',
    prepare(epochs) {
      const { inputs, targets } = asTrainingData(data());
      return () => {
        const network = configuredNetwork(sizes);
        network.learningRate = learningRate;
        const outputs = () => network.outputLayer().dense.outputs; // the last example's, left by train
        let epochLoss = 0;
        for (let epoch = 0; epoch < epochs; epoch++) {
          let sum = 0;
          for (let r = 0; r < inputs.length; r++) {
            network.train(inputs[r]!, targets[r]!);
            const output = outputs();
            const target = targets[r]!;
            for (let j = 0; j < target.length; j++) {
              const e = target[j]! - output[j]!;
              sum += 0.5 * e * e;
            }
          }
          epochLoss = sum / inputs.length;
        }
        return { finalLoss: epochLoss };
      };
    },
  };
}
