// "Click a neuron": the inspector shows the library's numbers, and the update it
// announces is exactly the one the book's `train(x, d)` then makes.
import { describe, expect, it } from 'vitest';
import { NNetwork, TanhAF } from '../../src/index.js';
import { inspectNeuron } from '../../lab/src/inspect/neuron-inspection.js';

const XOR = [
  [0, 0, 0],
  [0, 1, 1],
  [1, 0, 1],
  [1, 1, 0],
];

function trainedXor(): NNetwork {
  const network = new NNetwork().configure(2, 3, 2);
  network.trainEpochs(XOR, 500);
  return network;
}

describe('inspectNeuron', () => {
  it('shows the weights, bias, output and δ the network holds after a forward and backward pass', () => {
    const network = trainedXor();
    const seen = inspectNeuron(network, 0, 1, [1, 0], [0, 1]);
    network.feed([1, 0]);
    network.backwardPropagateError([0, 1]);
    const neuron = network.layers[0]!.neurons[1]!;
    expect(seen).toMatchObject({ layer: 0, neuron: 1, activation: 'sigmoid', learningRate: 0.1, bias: neuron.bias, output: neuron.output, delta: neuron.delta });
    expect(seen.weights).toEqual([...neuron.weights]);
    expect(seen.inputs).toEqual([1, 0]);
    // z by hand: w·x + b, and the sigmoid of it is the neuron's output.
    const z = 1 * neuron.weights[0]! + 0 * neuron.weights[1]! + neuron.bias;
    expect(seen.z).toBe(z);
    expect(seen.output).toBe(1 / (1 + Math.exp(-z)));
  });

  it('moves no weight and leaves the network’s outputs as they were', () => {
    const network = trainedXor();
    network.feed([1, 1]);
    const before = network.parameters().map((p) => [...p]);
    const outputs = network.layers.map((layer) => layer.neurons.map((n) => n.output));
    inspectNeuron(network, 1, 0, [0, 1], [0, 1]);
    expect(network.parameters().map((p) => [...p])).toEqual(before);
    expect(network.layers.map((layer) => layer.neurons.map((n) => n.output))).toEqual(outputs);
  });

  it('announces exactly the update train(x, d) makes, in every layer (the hidden layers read the outputs before them)', () => {
    const network = new NNetwork().configure(2, [3, 2], 2, { activation: new TanhAF() });
    network.trainEpochs(XOR, 50);
    const [x, d] = [[0, 1], [0, 1]];
    const announced = network.layers.flatMap((layer, l) => layer.neurons.map((_, j) => inspectNeuron(network, l, j, x, d)));
    network.train(x, d);
    for (const seen of announced) {
      const neuron = network.layers[seen.layer]!.neurons[seen.neuron]!;
      expect([...neuron.weights], `layer ${seen.layer} neuron ${seen.neuron}`).toEqual(seen.weights.map((w, i) => w + seen.weightUpdates[i]!));
      expect(neuron.bias).toBe(seen.bias + seen.biasUpdate);
    }
    const hidden = announced.find((s) => s.layer === 1)!;
    expect(hidden.activation).toBe('tanh');
    expect(hidden.inputs).toHaveLength(3);
  });
});
