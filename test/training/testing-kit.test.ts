// The testing kit for learning rules (derivativeCheck, gradientCheck), used on our
// own activations, losses and models, and shown to catch a wrong rule.
import { describe, expect, it } from 'vitest';
import {
  ActivationFunction,
  BinaryCrossEntropy,
  CategoricalCrossEntropy,
  derivativeCheck,
  gradientCheck,
  HalfSquaredError,
  IdentityAF,
  InvalidArgumentError,
  LeakyReLUAF,
  LinearModel,
  MeanSquaredError,
  NMNetwork,
  NNetwork,
  oneHot,
  Random,
  ReLUAF,
  SigmoidAF,
  SoftmaxAF,
  StepAF,
  SummedBinaryCrossEntropy,
  TanhAF,
  type Loss,
  type TrainableModel,
} from '../../src/index.js';
import { SoftplusAF } from '../../examples/extending/softplus.js';
import { snapshot } from '../helpers.js';
import { expectRefusal } from '../refusals.js';

describe('derivativeCheck: derivative(output) against central differences of eval', () => {
  it.each<[string, ActivationFunction]>([
    ['sigmoid', new SigmoidAF()],
    ['tanh', new TanhAF()],
    ['relu', new ReLUAF()],
    ['leakyRelu', new LeakyReLUAF(0.1)],
    ['identity', new IdentityAF()],
    ['softplus (examples/extending)', new SoftplusAF()],
  ])('%s passes: worst relative error below 1e−6 over 21 points', (_, activation) => {
    const report = derivativeCheck(activation);
    expect(report.points).toHaveLength(21);
    expect(report.worstRelativeError).toBeLessThan(1e-6);
  });

  it('the step function fails it, as it should: its derivative is 1 on purpose, its slope 0', () => {
    const report = derivativeCheck(new StepAF());
    expect(report.worstRelativeError).toBe(1);
    expect(report.worst).toMatchObject({ analytic: 1, numeric: 0 });
  });

  it('among equal worst errors it reports the first point', () => {
    // Away from 0 the step's numeric slope is 0 and its derivative 1: the error is exactly 1 at every point.
    const report = derivativeCheck(new StepAF(), { points: [-2, -1, 1, 2] });
    expect(report.points.map((p) => p.relativeError)).toEqual([1, 1, 1, 1]);
    expect(report.worst.z).toBe(-2);
  });

  it('catches a wrong rule: a sigmoid whose derivative forgot the (1 − o)', () => {
    class WrongSigmoid extends SigmoidAF {
      override derivative(output: number): number {
        return output;
      }
    }
    const report = derivativeCheck(new WrongSigmoid(), { points: [-2, 0.5, 3] });
    expect(report.points.map((p) => p.z)).toEqual([-2, 0.5, 3]);
    expect(report.worstRelativeError).toBeGreaterThan(0.9);
    const at = report.points[1]!;
    expect(at.analytic).toBe(new SigmoidAF().eval(0.5));
    expect(at.numeric).toBeCloseTo(at.output * (1 - at.output), 9);
  });

  it('a NaN derivative is the worst point', () => {
    class NotANumber extends IdentityAF {
      override derivative(output: number): number {
        return output > 2 ? Number.NaN : 1;
      }
    }
    expect(derivativeCheck(new NotANumber()).worst.z).toBeGreaterThan(2);
    expect(derivativeCheck(new NotANumber()).worstRelativeError).toBeNaN();
  });

  it.each([
    ['points', { points: [] }],
    ['points', { points: [Number.NaN] }],
    ['step', { step: 0 }],
    ['floor', { floor: -1 }],
  ])('refuses bad %s', (name, options) => {
    expect(() => derivativeCheck(new SigmoidAF(), options)).toThrow(InvalidArgumentError);
    expect(() => derivativeCheck(new SigmoidAF(), options)).toThrow(new RegExp(`^${name}: `));
  });
});

const labels = [0, 2, 1, 1];
const data = {
  inputs: [[0.3, -0.8, 0.5], [0.9, 0.1, -0.4], [-0.6, 0.7, 0.2], [0.1, 0.4, -0.9]],
  targets: labels.map((k) => oneHot(k, 3)),
};

describe('gradientCheck: the gradient a model computes against central differences of the mean loss', () => {
  const pairs: [string, () => Loss, () => ActivationFunction | SoftmaxAF][] = [
    ['mse, sigmoid outputs', () => new MeanSquaredError(), () => new SigmoidAF()],
    ['half squared error, tanh outputs', () => new HalfSquaredError(), () => new TanhAF()],
    ['binary cross-entropy, sigmoid outputs', () => new BinaryCrossEntropy(), () => new SigmoidAF()],
    ['summed binary cross-entropy, sigmoid outputs', () => new SummedBinaryCrossEntropy(), () => new SigmoidAF()],
    ['categorical cross-entropy, softmax outputs', () => new CategoricalCrossEntropy(), () => new SoftmaxAF()],
    ['mse, softmax outputs', () => new MeanSquaredError(), () => new SoftmaxAF()],
  ];
  it.each(pairs)('NNetwork 3-4-3, %s: below 1e−6, and the network is left exactly as it was', (_, loss, output) => {
    const net = new NNetwork().configure(3, 4, 3, { activation: new TanhAF(), outputActivation: output(), random: new Random(13) });
    const before = snapshot(net);
    const report = gradientCheck(net, loss(), data);
    expect(report.parameters).toHaveLength(4 * 4 + 3 * 5);
    expect(report.worstRelativeError).toBeLessThan(1e-6);
    expect(snapshot(net)).toEqual(before);
  });

  it('the line on one point: analytic = (2(f − y)·x, 2(f − y)) by hand', () => {
    const report = gradientCheck(new LinearModel(0.5, 3), new MeanSquaredError(), { inputs: [[2]], targets: [[1]] });
    const error = 0.5 * 2 + 3 - 1;
    expect(report.parameters.map((p) => p.analytic)).toEqual([2 * error * 2, 2 * error]);
    expect(report.parameters[0]).toMatchObject({ array: 0, index: 0 });
    expect(report.parameters[1]).toMatchObject({ array: 0, index: 1 });
    expect(report.worstRelativeError).toBeLessThan(1e-8);
  });

  it('the matrix network (NMNetwork) through the trainers’ contract, with its cross-entropy', () => {
    const net = new NMNetwork().configure(3, 4, 3);
    expect(gradientCheck(net, new SummedBinaryCrossEntropy(), data).worstRelativeError).toBeLessThan(1e-6);
  });

  it('catches a wrong rule, and says where: a model whose bias gradient is halved', () => {
    const net = new NNetwork().configure(3, 4, 3, { random: new Random(13) });
    const wrong: TrainableModel = {
      numberOfInputs: () => 3,
      numberOfOutputs: () => 3,
      parameters: () => net.parameters(),
      forwardBatch: (rows) => net.forwardBatch(rows),
      backwardBatch: (rows, outputGradients, gradients, lossAtOutputs) => {
        net.backwardBatch(rows, outputGradients, gradients, lossAtOutputs);
        gradients[1]![4] = gradients[1]![4]! / 2; // the output layer's first bias
      },
    };
    const report = gradientCheck(wrong, new MeanSquaredError(), data);
    expect(report.worst).toMatchObject({ array: 1, index: 4 });
    expect(report.worstRelativeError).toBeCloseTo(0.5, 6);
    expect(report.parameters.filter((p) => p.relativeError > 1e-6)).toHaveLength(1);
  });

  it('refuses data that does not fit the model, and bad settings', () => {
    const net = new NNetwork().configure(3, 4, 3);
    expect(() => gradientCheck(net, new MeanSquaredError(), { inputs: [[1, 2]], targets: [[1, 0, 0]] })).toThrow(/inputs per row/);
    expect(() => gradientCheck(net, new MeanSquaredError(), data, { step: Number.NaN })).toThrow(/^step: /);
    expectRefusal(() => gradientCheck(net, new MeanSquaredError(), data, { floor: 0 }), InvalidArgumentError, 'floor: must be a finite number > 0, got 0');
  });
});
