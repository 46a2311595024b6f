// A TypeScript user of each entry: checked with the package's own .d.ts files,
// no @types/node and skipLibCheck off, so the root's types need nothing from Node.
import { MissingPackageError, NNetwork, type TrainingData } from 'agile-neurons';

const network: NNetwork = new NNetwork().configure(2, 3, 1);
const data: TrainingData = { inputs: [[0, 1]], targets: [[1]] };
const output: number[] = network.feed(data.inputs[0]!);
const missing: readonly string[] = new MissingPackageError('x', ['y'], 'npm install y', '', undefined).packages;
export { output, missing };
