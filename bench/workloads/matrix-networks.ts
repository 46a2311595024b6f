// The matrix chapter's network (`NMNetwork`): full-batch gradient descent on
// XOR, as the chapter trains it, and on the digits-sized data of the mlp workloads.
import { NMNetwork } from '../../src/index.js';
import { labelledRowsOf, SYNTHETIC, syntheticDigits, xorOneHot } from './data.js';
import { matrixNetwork } from './reference.js';
import type { NetworkOptions } from './networks.js';
import type { Workload } from './types.js';

/** nm-xor: the chapter's 2-3-2 NMNetwork, full batch, lr 0.1, 5000 epochs. */
export const nmXorWorkload = matrixNetworkWorkload({
  name: 'nm-xor',
  summary: '2-3-2 NMNetwork.trainEpochs on XOR (full batch of 4, δ = A − Y, cost Σ(A − Y)²), lr 0.1, 5000 epochs',
  sizes: [2, 3, 2],
  epochs: 5000,
  examplesPerEpoch: 4,
  learningRate: 0.1,
  data: xorOneHot,
});

/** nm-mlp: a 784-64-10 NMNetwork on the 2000 synthetic digits, full batch, lr 0.1, 20 epochs. */
export const nmMlpWorkload = matrixNetworkWorkload({
  name: 'nm-mlp',
  summary: '784-64-10 NMNetwork.trainEpochs on the 2000 synthetic samples (full batch, δ = A − Y), lr 0.1, 20 epochs',
  sizes: [SYNTHETIC.inputs, 64, SYNTHETIC.classes],
  epochs: 20,
  examplesPerEpoch: SYNTHETIC.samples,
  learningRate: 0.1,
  data: () => syntheticDigits(),
});

/** A network workload without a batch size: the matrix network always takes the full batch. */
type MatrixNetworkOptions = Omit<NetworkOptions, 'batchSize'>;

function matrixNetworkWorkload(options: MatrixNetworkOptions): Workload {
  const { sizes, learningRate, data } = options;
  return {
    name: options.name,
    summary: options.summary,
    epochs: options.epochs,
    examplesPerEpoch: options.examplesPerEpoch,
    lossName: 'Σ(A−Y)²',
    spec: { kind: 'matrix-network', sizes, learningRate, data },
    ours: {
      name: 'ours',
      label: 'NMNetwork.configure + trainEpochs (the book’s train:nbEpochs:)',
      prepare(epochs) {
        const rows = labelledRowsOf(data());
        return () => {
          const network = new NMNetwork().configure(sizes[0]!, sizes.slice(1, -1), sizes.at(-1)!);
          network.lr = learningRate;
          return { finalLoss: network.trainEpochs(rows, epochs) };
        };
      },
    },
    reference: {
      name: 'reference',
      label: 'plain loops, one neuron and one example at a time',
      prepare(epochs) {
        const examples = data();
        return () => ({ finalLoss: matrixNetwork(sizes, examples, learningRate, epochs) });
      },
    },
    variants: [],
    tolerance: { ours: 1e-12, variants: 1e-12, why: 'same arithmetic in the same order (each sum from 0, in index order)' },
  };
}
