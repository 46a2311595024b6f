// brain.js 1.6.1 (the registry's `latest`; 2.x is still beta and pulls gpu.js's
// native `gl` build). Its NeuralNetwork trains online with the book's delta
// rule plus momentum, storing weights in Float32Arrays; gpu.js 1.x comes along
// but is pure JavaScript and unused by NeuralNetwork.
import type { Workload } from './workloads/index.js';
import { examplePairs, networkSpec, requirePeer, startingWeights, type Peer } from './peers.js';

interface BrainNetwork {
  sizes: number[];
  weights: Float32Array[][];
  biases: Float32Array[];
  initialize(): void;
  train(
    data: { input: number[]; output: number[] }[],
    options: Record<string, unknown>,
  ): { error: number; iterations: number };
}

interface Brain {
  NeuralNetwork: new (options: Record<string, unknown>) => BrainNetwork;
}

/**
 * brain.js refuses momentum 0 (train() checks 0 < momentum < 1), so we pass a
 * value small enough to change nothing we can measure yet large enough that
 * momentum · change never falls into slow subnormal arithmetic.
 */
const NEGLIGIBLE_MOMENTUM = 1e-9;

export const brainPeer: Peer = {
  name: 'brain.js',
  packages: ['brain.js'],

  unsupported(workload) {
    if (workload.spec.kind === 'matrix-network') return 'NeuralNetwork 1.6.1 trains online only (no full batch)';
    const spec = networkSpec(workload);
    if (spec === undefined) return 'NeuralNetwork has no linear model and no identity activation';
    if (spec.batchSize !== 1) return 'NeuralNetwork 1.6.1 trains online only (no mini-batches)';
    return undefined;
  },

  differences() {
    return [
      `momentum ${NEGLIGIBLE_MOMENTUM} instead of 0 (brain.js rejects 0; its default is 0.1)`,
      'weights, outputs and deltas in Float32Array (single precision)',
      'errorThresh set to 1e-300 so that training runs every epoch (brain.js stops early by default at 0.005)',
    ];
  },

  epochFraction: () => 1,

  implementation(workload: Workload) {
    const spec = networkSpec(workload)!;
    return {
      name: 'peer:brain.js',
      label: 'brain.js NeuralNetwork.train',
      prepare(epochs) {
        const brain = requirePeer<Brain>('brain.js');
        const examples = examplePairs(spec.data());
        const start = startingWeights(spec.sizes);
        return () => {
          const network = new brain.NeuralNetwork({ hiddenLayers: spec.sizes.slice(1, -1), activation: 'sigmoid' });
          network.sizes = [...spec.sizes];
          network.initialize();
          // brain.js layer 0 is the input layer: our layer l is its layer l + 1.
          start.weights.forEach((layer, l) => layer.forEach((row, j) => network.weights[l + 1]![j]!.set(row)));
          start.biases.forEach((biases, l) => network.biases[l + 1]!.set(biases));
          const status = network.train(examples, {
            iterations: epochs,
            errorThresh: 1e-300,
            learningRate: spec.learningRate,
            momentum: NEGLIGIBLE_MOMENTUM,
          });
          if (status.iterations !== epochs) throw new Error(`brain.js stopped after ${status.iterations} of ${epochs} epochs`);
          // status.error: the epoch's mean over examples of Σ(t − o)²/outputs; ours is the mean of ½Σ(t − o)².
          return { finalLoss: (status.error * spec.sizes.at(-1)!) / 2 };
        };
      },
    };
  },
};
