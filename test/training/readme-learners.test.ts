// The README's sections on what learners reach for next, run as written: the
// training example, the tracer's table for one XOR step (the README's table must
// be what formatStepTrace prints) and the testing-kit example (the README's code
// must be test/training/readme-testing-kit.test.ts, imports aside).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Adam,
  CategoricalCrossEntropy,
  CosineSchedule,
  formatStepTrace,
  NNetwork,
  Normalization,
  oneHot,
  SoftmaxAF,
  StochasticGradientDescentTrainer,
  trace,
} from '../../src/index.js';
import { irisDataset, labelledRows } from '../../src/io/index.js';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('the README’s learners example', () => {
  it('trains iris with softmax, the cross-entropy, Adam, a cosine schedule, validation rows and early stopping', () => {
    const iris = irisDataset();
    const rows = new Normalization().normalizeData(labelledRows(iris)); // features in [0, 1], the label last
    const data = { inputs: rows.map((row) => row.slice(0, 4)), targets: iris.labels.map((k) => oneHot(k, 3)), labels: iris.labels };

    const network = new NNetwork().configure(4, 6, 3, { outputActivation: new SoftmaxAF() }); // outputs sum to 1
    const history = new StochasticGradientDescentTrainer().train(network, data, {
      epochs: 300,
      learningRate: 0.01,
      loss: new CategoricalCrossEntropy(), // through a softmax its gradient is o − t
      optimizer: new Adam(), // or new Momentum(0.9): PyTorch's rules
      schedule: new CosineSchedule(), // the rate of each epoch: 0.01 down to 0 along half a cosine
      validationFraction: 0.2, // 30 rows held out, picked with Random(seed)
      earlyStopping: { patience: 20 }, // on the validation loss; the best epoch's weights are put back
    });
    expect(history.stoppedAtEpoch).toBe(history.bestEpoch! + 20);
    expect(history.validationAccuracy[history.bestEpoch! - 1]).toBeGreaterThanOrEqual(0.9);
    expect(readme).toContain(`history.stoppedAtEpoch;    // ${history.stoppedAtEpoch}: 20 epochs after the best, epoch ${history.bestEpoch}`);
    expect(readme).toContain(`history.bestEpoch;         // ${history.bestEpoch}: the network has that epoch's weights again`);
    expect(readme).toContain(`history.validationAccuracy[${history.bestEpoch! - 1}]; // ${history.validationAccuracy[history.bestEpoch! - 1]}, 29 of the 30 rows`);
    expect(history.validationAccuracy[history.bestEpoch! - 1]).toBe(29 / 30);
  });
});

describe('the README’s tracer', () => {
  it('prints the table the README shows for one XOR step, and train then does what it says', () => {
    const xor = new NNetwork().configure(2, 3, 1);
    const step = trace(xor, [0, 1], [1]);
    const table = formatStepTrace(step);
    expect(readme).toContain(`\`\`\`text\n${table}\`\`\``);
    xor.train([0, 1], [1]);
    expect(Array.from(xor.layers[1]!.parameters())).toEqual(step.layers[1]!.neurons.flatMap((n) => [...n.newWeights, n.newBias]));
  });
});

describe('the README’s testing-kit example', () => {
  it('is test/training/readme-testing-kit.test.ts, imports aside', () => {
    const file = readFileSync(join(root, 'test', 'training', 'readme-testing-kit.test.ts'), 'utf8');
    const code = file.slice(file.indexOf('// my-rule.test.ts')).replace("from '../../src/index.js'", "from 'agile-neurons'");
    expect(readme).toContain(`\`\`\`ts\n${code}\`\`\``);
  });
});
