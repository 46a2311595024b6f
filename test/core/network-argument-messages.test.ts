// NNetwork's refusals of bad arguments name the argument (the typed-error
// promise), and leave the network as it was: configure's sizes and options,
// the epoch counts of both train:nbEpochs: versions, the class labels of the
// rows; with them the names of oneHot's and Random.nextInt's sizes.
import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  InvalidLabelError,
  InvalidSizeError,
  NNetwork,
  oneHot,
  Random,
  type ActivationFunction,
} from '../../src/index.js';
import { snapshot } from '../helpers.js';
import { expectRefusal } from '../refusals.js';

/** A 2-3-2 network trained one epoch, so that its history is not empty. */
function trainedNetwork(): NNetwork {
  return new NNetwork().configure(2, 3, 2).trainEpochsWithoutNormalization([[0.2, 0.4, 1]], 1);
}

/** Runs `action`, which must throw, and checks that the network's weights and history are as before. */
function expectUnchanged(net: NNetwork, action: () => void): void {
  const before = { parameters: snapshot(net), errors: [...net.errors], precisions: [...net.precisions] };
  action();
  expect({ parameters: snapshot(net), errors: [...net.errors], precisions: [...net.precisions] }).toEqual(before);
}

describe('NNetwork.configure names the argument it refuses', () => {
  it.each([
    ['hidden sizes that are not a list', () => new NNetwork().configure(2, '3' as unknown as number[], 1), InvalidArgumentError, 'hidden layer sizes: must be an array of finite numbers, got "3"'],
    ['no outputs', () => new NNetwork().configure(2, [3], 0), InvalidSizeError, 'number of outputs must be a positive integer, got 0'],
    ['options that are not an object', () => new NNetwork().configure(2, 3, 1, null as never), InvalidArgumentError, 'configure options: must be an object of options, got null'],
    ['a hidden activation without methods', () => new NNetwork().configure(2, 3, 1, { activation: {} as ActivationFunction }), InvalidArgumentError, 'activation: must be an ActivationFunction (with eval and derivative), got an object'],
    ['an output activation without methods', () => new NNetwork().configure(2, 3, 1, { outputActivation: 'softmax' as never }), InvalidArgumentError, 'outputActivation: must be an ActivationFunction (with eval and derivative), got "softmax"'],
  ])('%s', (_, action, Class, message) => {
    expectRefusal(action, Class, message);
  });

  it('and keeps the layers it had', () => {
    const net = trainedNetwork();
    expectUnchanged(net, () => expectRefusal(() => net.configure(2, [3], 0), InvalidSizeError, 'number of outputs must be a positive integer, got 0'));
    expect(net.layers).toHaveLength(2);
  });
});

describe('the epoch count of train:nbEpochs:', () => {
  it.each([
    ['trainEpochs', (net: NNetwork) => net.trainEpochs([[0.2, 0.4, 1]], 0)],
    ['trainEpochsWithoutNormalization', (net: NNetwork) => net.trainEpochsWithoutNormalization([[0.2, 0.4, 1]], 0)],
  ])('%s refuses 0 epochs by name', (_, train) => {
    const net = trainedNetwork();
    expectUnchanged(net, () => expectRefusal(() => train(net), InvalidSizeError, 'number of epochs must be a positive integer, got 0'));
  });
});

describe('the class labels of the rows', () => {
  // A 2-output network: the labels are 0 and 1. Row 1 holds the bad label, after a good row 0.
  it.each([
    [-1, 'row 1: label -1 is not an integer in 0..1'],
    [2, 'row 1: label 2 is not an integer in 0..1'],
    [0.5, 'row 1: label 0.5 is not an integer in 0..1'],
  ])('label %s is refused before any training, with its row', (label, message) => {
    const net = trainedNetwork();
    const rows = [[0.1, 0.2, 0], [0.3, 0.4, label]];
    expectUnchanged(net, () => {
      const error = expectRefusal(() => net.trainEpochsWithoutNormalization(rows, 1), InvalidLabelError, message) as InvalidLabelError;
      expect([error.row, error.label, error.numberOfClasses]).toEqual([1, label, 2]);
    });
    expectUnchanged(net, () => expectRefusal(() => net.trainEpochs(rows, 1), InvalidLabelError, message));
  });

  it('the last class (numberOfOutputs − 1) is a label', () => {
    const net = new NNetwork().configure(2, 3, 2).trainEpochsWithoutNormalization([[0.1, 0.2, 1]], 1);
    expect(net.errors).toHaveLength(1);
  });
});

describe('sizes named outside the network', () => {
  it('oneHot names the number of classes', () => {
    expectRefusal(() => oneHot(0, 0), InvalidSizeError, 'number of classes must be a positive integer, got 0');
  });

  it('Random.nextInt names its bound', () => {
    expectRefusal(() => new Random(42).nextInt(0), InvalidSizeError, 'nextInt bound must be a positive integer, got 0');
  });
});
