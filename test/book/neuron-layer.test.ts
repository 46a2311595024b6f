// The book's NeuronLayerTest and NNetworkTest: seeded outputs to 1e−10, XOR after 20000 rounds.
import { describe, expect, it } from 'vitest';
import { NeuronLayer, NNetwork, Random } from '../../src/index.js';
import { expectVectorClose, GATE_INPUTS } from '../helpers.js';

describe('NeuronLayerTest', () => {
  it('testBasic: 3 neurons × 4 weights from Random(42) fed (1,2,3,4)', () => {
    const layer = new NeuronLayer().initializeNbOfNeurons(3, 4, new Random(42));
    expect(layer.isOutputLayer()).toBe(true);
    const result = layer.feed([1, 2, 3, 4]);
    expect(result).toHaveLength(3);
    expectVectorClose(result, [0.03700050130978758, 0.9051275824569505, 0.9815269659126287], 1e-10);
  });

  it('testOutputLayer: layers 3×4 then 4×3 from the same generator', () => {
    const random = new Random(42);
    const nl1 = new NeuronLayer().initializeNbOfNeurons(3, 4, random);
    const nl2 = new NeuronLayer().initializeNbOfNeurons(4, 3, random);
    new NNetwork().addLayer(nl1).addLayer(nl2);
    expect(nl1.isOutputLayer()).toBe(false);
    expect(nl2.isOutputLayer()).toBe(true);
    expectVectorClose(
      nl1.feed([1, 2, 3, 4]),
      [0.03089402289518759, 0.9220488835263312, 0.5200462953493654, 0.20276557516858304],
      1e-10,
    );
  });

  it('draws, neuron by neuron, every weight then the bias as next·4 − 2', () => {
    const layer = new NeuronLayer().initializeNbOfNeurons(2, 3, new Random(42));
    const random = new Random(42);
    for (const neuron of layer.neurons) {
      const weights = [random.next() * 4 - 2, random.next() * 4 - 2, random.next() * 4 - 2];
      expect(Array.from(neuron.weights)).toEqual(weights);
      expect(neuron.bias).toBe(random.next() * 4 - 2);
      expect(neuron.learningRate).toBe(0.1);
    }
  });
});

describe('NNetworkTest', () => {
  it('testBasic: 2-2-1 fed (1,3)', () => {
    const net = new NNetwork().configure(2, 2, 1);
    const output = net.feed([1, 3]);
    expect(output).toHaveLength(1);
    expect(output[0]).toBeCloseTo(0.6745388083637036, 10);
    expect(net.numberOfOutputs()).toBe(1);
  });

  it('testXOR: 2-3-1 after 20000 rounds (and feed (1,0) = 0.9530556769505442 as chapter 5 prints)', () => {
    const net = new NNetwork().configure(2, 3, 1);
    const targets = [0, 1, 1, 0];
    for (let round = 0; round < 20000; round++) {
      GATE_INPUTS.forEach((x, i) => net.train(x, [targets[i]!]));
    }
    expect(net.feed([0, 0])[0]).toBeLessThan(0.1);
    expect(net.feed([0, 1])[0]).toBeGreaterThan(0.9);
    expect(net.feed([1, 0])[0]).toBeGreaterThan(0.9);
    expect(net.feed([1, 1])[0]).toBeLessThan(0.1);
    expect(net.feed([1, 0])[0]).toBeCloseTo(0.9530556769505442, 10);
  });

  it('counts: numberOfInputs is the real input count (the book returns the first layer size)', () => {
    const net = new NNetwork().configure(4, 6, 3);
    expect(net.numberOfInputs()).toBe(4);
    expect(net.numberOfOutputs()).toBe(3);
    expect(net.numberOfNeurons()).toBe(9);
    expect(net.layers).toHaveLength(2);
  });

  it('configure takes a list of hidden sizes, seeded like the book (same shape ⇒ same weights)', () => {
    const a = new NNetwork().configure(3, [4, 5, 2], 2);
    const b = new NNetwork().configure(3, [4, 5, 2], 2);
    expect(a.layers.map((l) => l.numberOfNeurons())).toEqual([4, 5, 2, 2]);
    expect(a.feed([0.1, 0.2, 0.3])).toEqual(b.feed([0.1, 0.2, 0.3]));
  });

  it('predict: index of the largest output, first on ties', () => {
    const net = new NNetwork().configure(2, 3, 2);
    const out = net.feed([1, 0]);
    expect(out[0]).not.toBe(out[1]);
    expect(net.predict([1, 0])).toBe(out[0]! > out[1]! ? 0 : 1);
    // Ties: output neurons with the same weights and bias give the same output, bit for bit.
    const tied = new NNetwork().configure(2, 3, 3);
    const [first, second, third] = tied.outputLayer().neurons;
    const low = { weights: [0.1, -0.2, 0.3], bias: -1 };
    const high = { weights: [0.5, 0.5, 0.5], bias: 1 };
    const set = (neuron: typeof first, { weights, bias }: typeof low) => {
      neuron!.weights = weights;
      neuron!.bias = bias;
    };
    set(first, low);
    set(second, high);
    set(third, high);
    const outputs = tied.feed([1, 0]);
    expect(outputs[1]).toBe(outputs[2]);
    expect(outputs[1]).toBeGreaterThan(outputs[0]!);
    expect(tied.predict([1, 0])).toBe(1); // the largest twice: the first of them
    set(first, high);
    expect(tied.predict([1, 0])).toBe(0); // all three equal: the first
    set(first, low);
    set(second, low);
    expect(tied.predict([1, 0])).toBe(2); // the largest once, last
  });

  it('the learning-rate setter reaches every neuron', () => {
    const net = new NNetwork().configure(2, 3, 2);
    net.learningRate = 0.5;
    for (const layer of net.layers) for (const n of layer.neurons) expect(n.learningRate).toBe(0.5);
    expect(net.learningRate).toBe(0.5);
  });
});
