// Trains the XOR network with a user-written optimizer and activation, chosen by
// name only:  node dist/examples/extending/momentum-xor.js
import {
  HalfSquaredError,
  NNetwork,
  optimizers,
  StochasticGradientDescentTrainer,
  TRAINER,
  type TrainingHistory,
} from '../../src/index.js';
import { createContainer } from '../../src/container.js';
import { registerHeavyBall } from './heavy-ball.js';
import { registerSoftplus, SoftplusAF } from './softplus.js';
import { isMain } from '../shared/is-main.js';

const xor = {
  inputs: [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ],
  targets: [[0], [1], [1], [0]],
  labels: [0, 1, 1, 0],
};

/** Trains a 2-4-1 XOR network (softplus hidden layer) by SGD with the optimizer registered as `optimizerName`. */
export function trainXor(optimizerName: 'plain' | 'heavyBall', epochs = 300): { history: TrainingHistory; network: NNetwork } {
  registerSoftplus();
  registerHeavyBall();
  const container = createContainer();
  // What a program that asks for TRAINER gets is decided here, by registration.
  container.register(TRAINER, { useClass: StochasticGradientDescentTrainer });
  const trainer = container.resolve(TRAINER);
  const network = new NNetwork().configure(2, 4, 1, { activation: new SoftplusAF() });
  const optimizer = optimizers.create(optimizerName);
  const history = trainer.train(network, xor, { epochs, learningRate: 0.5, batchSize: 4, loss: new HalfSquaredError(), optimizer });
  return { history, network };
}

if (isMain(import.meta.url)) {
  for (const name of ['plain', 'heavyBall'] as const) {
    const { history, network } = trainXor(name);
    const outputs = xor.inputs.map((x) => network.feed(x)[0]!.toFixed(3)).join(' ');
    console.log(`${name.padEnd(9)} final loss ${history.loss.at(-1)!.toExponential(3)}  outputs ${outputs}`);
  }
}
