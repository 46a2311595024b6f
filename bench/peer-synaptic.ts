// synaptic 1.1.4: Architect.Perceptron trained by its Trainer, online, in order.
// Its networks compile themselves into one generated function on first use.
import type { Workload } from './workloads/index.js';
import { examplePairs, networkSpec, requirePeer, startingWeights, type Peer } from './peers.js';

interface SynapticJSON {
  neurons: { bias: number; layer: string | number }[];
  connections: { from: number; to: number; weight: number }[];
}

interface SynapticNetwork {
  toJSON(): SynapticJSON;
}

interface Synaptic {
  Architect: { Perceptron: new (...sizes: number[]) => SynapticNetwork };
  Network: { fromJSON(json: SynapticJSON): SynapticNetwork };
  Trainer: (new (network: SynapticNetwork) => {
    train(set: { input: number[]; output: number[] }[], options: Record<string, unknown>): { error: number; iterations: number };
  }) & { cost: { MSE: unknown } };
}

export const synapticPeer: Peer = {
  name: 'synaptic',
  packages: ['synaptic'],

  unsupported(workload) {
    if (workload.spec.kind === 'matrix-network') return 'Trainer trains online only (no full batch)';
    const spec = networkSpec(workload);
    if (spec === undefined) return 'no full-batch or mini-batch training to fit a line with';
    if (spec.batchSize !== 1) return 'Trainer trains online only (no mini-batches)';
    return undefined;
  },

  differences() {
    return [
      'output delta is (t − o), without the sigmoid slope o(1 − o): synaptic always backpropagates the ' +
        'cross-entropy error at the output, whatever cost it reports',
      'error threshold 1e-300 so that training runs every epoch (synaptic stops early by default at 0.005)',
    ];
  },

  // Its mlp epoch takes about half a minute: time one of the three and scale up.
  epochFraction: (workload) => (workload.name === 'mlp' ? 1 / 3 : 1),

  implementation(workload: Workload) {
    const spec = networkSpec(workload)!;
    return {
      name: 'peer:synaptic',
      label: 'synaptic Trainer.train',
      prepare(epochs) {
        const synaptic = requirePeer<Synaptic>('synaptic');
        const examples = examplePairs(spec.data());
        const start = startingWeights(spec.sizes);
        return () => {
          const network = synaptic.Network.fromJSON(withWeights(new synaptic.Architect.Perceptron(...spec.sizes).toJSON(), spec.sizes, start));
          const result = new synaptic.Trainer(network).train(examples, {
            rate: spec.learningRate,
            iterations: epochs,
            error: 1e-300,
            shuffle: false,
            cost: synaptic.Trainer.cost.MSE,
          });
          if (result.iterations !== epochs) throw new Error(`synaptic stopped after ${result.iterations} of ${epochs} epochs`);
          // result.error: the epoch's mean over examples of Σ(t − o)²/outputs; ours is the mean of ½Σ(t − o)².
          return { finalLoss: (result.error * spec.sizes.at(-1)!) / 2 };
        };
      },
    };
  },
};

/**
 * The perceptron's JSON with our starting weights. Its neurons are listed layer
 * by layer (inputs first), so neuron j of our layer l is entry offset[l + 1] + j.
 */
function withWeights(json: SynapticJSON, sizes: readonly number[], start: ReturnType<typeof startingWeights>): SynapticJSON {
  const offsets = sizes.map((_, l) => sizes.slice(0, l).reduce((a, b) => a + b, 0));
  const layerOf = (neuron: number): number => {
    let l = sizes.length - 1;
    while (neuron < offsets[l]!) l--;
    return l;
  };
  for (let l = 1; l < sizes.length; l++) {
    for (let j = 0; j < sizes[l]!; j++) json.neurons[offsets[l]! + j]!.bias = start.biases[l - 1]![j]!;
  }
  for (const connection of json.connections) {
    const to = layerOf(connection.to);
    if (layerOf(connection.from) !== to - 1) throw new Error('unexpected synaptic perceptron layout');
    connection.weight = start.weights[to - 1]![connection.to - offsets[to]!]![connection.from - offsets[to - 1]!]!;
  }
  return json;
}
