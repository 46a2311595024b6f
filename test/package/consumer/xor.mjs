// The README's XOR, shared by the in-repo run and every consumer of the packed
// package (Node ESM, Node require, the browser bundle), so all run the same code.

/** Trains the book's 2-3-1 XOR network for 20000 epochs; returns its output for (1, 0). */
export function trainXor(NNetwork) {
  const xor = new NNetwork().configure(2, 3, 1); // weights from Random(42), as the book
  for (let epoch = 0; epoch < 20000; epoch++) {
    xor.train([0, 0], [0]);
    xor.train([0, 1], [1]);
    xor.train([1, 0], [1]);
    xor.train([1, 1], [0]);
  }
  return xor.feed([1, 0])[0];
}
