// The matrix-based network chapter's XOR: rows of two inputs and a class, as the
// book's `train:nbEpochs:` takes them, and the 2-3-2 NMNetwork it trains.
import { NMNetwork } from '../../../src/index.js';
import { XOR } from '../ch5/data.js';

export { XOR };

/** A 2-3-2 NMNetwork (weights from its own `Random(42)`) trained by the book's `train:nbEpochs:`. */
export function trainedXorNetwork(nbOfEpochs: number): NMNetwork {
  const network = new NMNetwork().configure(2, 3, 2);
  network.trainEpochs(XOR, nbOfEpochs);
  return network;
}

/** What `network` predicts for each XOR row, in order. */
export function predictions(network: NMNetwork): number[] {
  return XOR.map((row) => network.predict(row.slice(0, 2)));
}
