// Hand-written references: what each workload costs as plain loops over
// Float64Arrays, with no classes and no library. Each does the arithmetic of
// our trainers in the same order — the same initial weights (Park–Miller seed
// 42, per neuron its weights then its bias), the same formulas, the same sums
// in the same order, the same update order — so its final loss equals ours to
// the last bit. They are written as someone would write them by hand: one
// example at a time, one neuron at a time, no blocking.
import type { Dataset } from './types.js';

/** The book's `Random seed: 42` as a function: Park–Miller, seed ← 16807·seed mod (2³¹ − 1). */
export function parkMiller(seed: number): () => number {
  let state = seed;
  return () => {
    state = (16807 * state) % 2147483647;
    return state / 2147483647;
  };
}

/**
 * `NNetwork.configure`'s starting parameters for layer sizes `sizes` (inputs
 * first): one array per layer, row j = neuron j's weights then its bias, every
 * value drawn as next() · 4 − 2 from a fresh seed-42 generator, in that order.
 */
export function initialParameters(sizes: readonly number[]): Float64Array[] {
  const next = parkMiller(42);
  const layers: Float64Array[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const parameters = new Float64Array(sizes[l]! * (sizes[l - 1]! + 1));
    for (let p = 0; p < parameters.length; p++) parameters[p] = next() * 4 - 2;
    layers.push(parameters);
  }
  return layers;
}

/**
 * Gradient descent on the line f(x) = a·x + b with the mean squared error: each
 * iteration one pass gives the loss at (a, b) and its gradient, then (a, b)
 * moves. Returns the loss after the last update (one pass more), as the book plots it.
 */
export function lineGradientDescent(data: Dataset, a: number, b: number, learningRate: number, iterations: number): number {
  const { inputs: xs, targets: ys, size } = data;
  const scale = 1 / size; // the gradient of the mean
  for (let iteration = 0; ; iteration++) {
    let sum = 0;
    let ga = 0;
    let gb = 0;
    for (let r = 0; r < size; r++) {
      const x = xs[r]!;
      const t = ys[r]!;
      const o = a * x + b;
      const e = t - o;
      sum += e * e;
      const g = 2 * (o - t) * scale;
      ga += g * x;
      gb += g;
    }
    if (iteration === iterations) return sum / size;
    a -= learningRate * ga;
    b -= learningRate * gb;
  }
}

/**
 * Mini-batch SGD on the line with the mean squared error, batches in order, one
 * update per batch from the batch's mean gradient. Returns the last epoch's mean
 * of the losses met before each batch's update.
 */
export function lineStochasticGradientDescent(
  data: Dataset,
  a: number,
  b: number,
  learningRate: number,
  epochs: number,
  batchSize: number,
): number {
  const { inputs: xs, targets: ys, size } = data;
  let epochLoss = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    let epochSum = 0;
    for (let start = 0; start < size; start += batchSize) {
      const end = Math.min(start + batchSize, size);
      const scale = 1 / (end - start);
      let sum = 0;
      let ga = 0;
      let gb = 0;
      for (let r = start; r < end; r++) {
        const x = xs[r]!;
        const t = ys[r]!;
        const o = a * x + b;
        const e = t - o;
        sum += e * e;
        const g = 2 * (o - t) * scale;
        ga += g * x;
        gb += g;
      }
      epochSum += sum;
      a -= learningRate * ga;
      b -= learningRate * gb;
    }
    epochLoss = epochSum / size;
  }
  return epochLoss;
}

/**
 * The book's online training of a sigmoid network (layer sizes `sizes`), one
 * example at a time in order: feed forward, deltas from the output back (with
 * the weights as they were in the forward pass), then every weight moves by
 * −learningRate · delta · input. Loss ½Σ(t − o)², measured before each update;
 * returns the last epoch's mean.
 */
export function networkOnline(sizes: readonly number[], data: Dataset, learningRate: number, epochs: number): number {
  const parameters = initialParameters(sizes);
  const depth = parameters.length;
  const outputs = sizes.slice(1).map((n) => new Float64Array(n));
  const deltas = sizes.slice(1).map((n) => new Float64Array(n));
  const { inputs, targets, size, inputWidth, outputWidth } = data;
  let epochLoss = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    let epochSum = 0;
    for (let r = 0; r < size; r++) {
      feedForward(sizes, parameters, inputs, r * inputWidth, outputs);
      epochSum += sumOfHalfSquaredErrors(0, outputs[depth - 1]!, targets, r * outputWidth);
      outputDeltas(outputs[depth - 1]!, targets, r * outputWidth, 1, deltas[depth - 1]!);
      hiddenDeltas(sizes, parameters, outputs, deltas);
      for (let l = 0; l < depth; l++) {
        const k = sizes[l]!;
        const n = sizes[l + 1]!;
        const w = parameters[l]!;
        const d = deltas[l]!;
        const x = l === 0 ? inputs : outputs[l - 1]!;
        const xStart = l === 0 ? r * inputWidth : 0;
        for (let j = 0; j < n; j++) {
          const row = j * (k + 1);
          const delta = d[j]!;
          for (let i = 0; i < k; i++) w[row + i]! -= learningRate * (delta * x[xStart + i]!);
          w[row + k]! -= learningRate * delta;
        }
      }
    }
    epochLoss = epochSum / size;
  }
  return epochLoss;
}

/**
 * Mini-batch training of the same network: batches of `batchSize` in order; for
 * each example of a batch, feed forward and add its share of the batch's mean
 * gradient; after the batch, every parameter moves by −learningRate · gradient.
 * Returns the last epoch's mean loss (½Σ(t − o)², before each batch's update).
 */
export function networkMiniBatch(
  sizes: readonly number[],
  data: Dataset,
  learningRate: number,
  epochs: number,
  batchSize: number,
): number {
  const parameters = initialParameters(sizes);
  const gradients = parameters.map((p) => new Float64Array(p.length));
  const depth = parameters.length;
  const outputs = sizes.slice(1).map((n) => new Float64Array(n));
  const deltas = sizes.slice(1).map((n) => new Float64Array(n));
  const { inputs, targets, size, inputWidth, outputWidth } = data;
  let epochLoss = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    let epochSum = 0;
    for (let start = 0; start < size; start += batchSize) {
      const end = Math.min(start + batchSize, size);
      const scale = 1 / (end - start);
      for (const g of gradients) g.fill(0);
      let batchSum = 0;
      for (let r = start; r < end; r++) {
        feedForward(sizes, parameters, inputs, r * inputWidth, outputs);
        // One running sum over the batch's examples, as our loss adds them.
        batchSum = sumOfHalfSquaredErrors(batchSum, outputs[depth - 1]!, targets, r * outputWidth);
        outputDeltas(outputs[depth - 1]!, targets, r * outputWidth, scale, deltas[depth - 1]!);
        hiddenDeltas(sizes, parameters, outputs, deltas);
        for (let l = 0; l < depth; l++) {
          const k = sizes[l]!;
          const n = sizes[l + 1]!;
          const g = gradients[l]!;
          const d = deltas[l]!;
          const x = l === 0 ? inputs : outputs[l - 1]!;
          const xStart = l === 0 ? r * inputWidth : 0;
          for (let j = 0; j < n; j++) {
            const row = j * (k + 1);
            const delta = d[j]!;
            for (let i = 0; i < k; i++) g[row + i]! += delta * x[xStart + i]!;
            g[row + k]! += delta;
          }
        }
      }
      epochSum += batchSum;
      for (let l = 0; l < depth; l++) {
        const w = parameters[l]!;
        const g = gradients[l]!;
        for (let p = 0; p < w.length; p++) w[p]! -= learningRate * g[p]!;
      }
    }
    epochLoss = epochSum / size;
  }
  return epochLoss;
}

/** Sigmoid outputs of every layer for the example at `start` in `inputs`, into `outputs`. */
function feedForward(
  sizes: readonly number[],
  parameters: readonly Float64Array[],
  inputs: Float64Array,
  start: number,
  outputs: readonly Float64Array[],
): void {
  let x = inputs;
  let xStart = start;
  for (let l = 0; l < parameters.length; l++) {
    const k = sizes[l]!;
    const n = sizes[l + 1]!;
    const w = parameters[l]!;
    const out = outputs[l]!;
    for (let j = 0; j < n; j++) {
      const row = j * (k + 1);
      let z = 0;
      for (let i = 0; i < k; i++) z += x[xStart + i]! * w[row + i]!;
      out[j] = 1 / (1 + Math.exp(-(z + w[row + k]!)));
    }
    x = out;
    xStart = 0;
  }
}

/** Output-layer deltas ∂loss/∂z = (o − t) · scale · o(1 − o); scale is 1/batch size for a mean gradient. */
function outputDeltas(o: Float64Array, targets: Float64Array, start: number, scale: number, deltas: Float64Array): void {
  for (let j = 0; j < o.length; j++) deltas[j] = (o[j]! - targets[start + j]!) * scale * (o[j]! * (1 - o[j]!));
}

/** `sum` plus the example's ½(t − o)² terms, added one by one. */
function sumOfHalfSquaredErrors(sum: number, o: Float64Array, targets: Float64Array, start: number): number {
  for (let j = 0; j < o.length; j++) {
    const e = targets[start + j]! - o[j]!;
    sum += 0.5 * e * e;
  }
  return sum;
}

/** Hidden deltas, last hidden layer first: (Σⱼ wⱼᵢ δⱼ over the next layer) · o(1 − o). */
function hiddenDeltas(
  sizes: readonly number[],
  parameters: readonly Float64Array[],
  outputs: readonly Float64Array[],
  deltas: readonly Float64Array[],
): void {
  for (let l = parameters.length - 2; l >= 0; l--) {
    const n = sizes[l + 1]!;
    const next = sizes[l + 2]!;
    const w = parameters[l + 1]!;
    const nextDeltas = deltas[l + 1]!;
    const o = outputs[l]!;
    const d = deltas[l]!;
    for (let i = 0; i < n; i++) {
      let error = 0;
      for (let j = 0; j < next; j++) error += w[j * (n + 1) + i]! * nextDeltas[j]!;
      d[i] = error * (o[i]! * (1 - o[i]!));
    }
  }
}

/**
 * `NMNetwork.configure`'s starting parameters for layer sizes `sizes`: per layer
 * the weights (outputs × inputs, row by row) then the biases, every value drawn
 * as next() — U[0, 1) — from one seed-42 generator, in that order.
 */
export function initialMatrixParameters(sizes: readonly number[]): { w: Float64Array; b: Float64Array }[] {
  const next = parkMiller(42);
  const layers: { w: Float64Array; b: Float64Array }[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const w = new Float64Array(sizes[l]! * sizes[l - 1]!);
    for (let p = 0; p < w.length; p++) w[p] = next();
    const b = new Float64Array(sizes[l]!);
    for (let j = 0; j < b.length; j++) b[j] = next();
    layers.push({ w, b });
  }
  return layers;
}

/**
 * The book's matrix network trained as `NMNetwork.trainEpochs` does, full batch:
 * each epoch, the outputs of every layer for every example, the cost Σ(a − y)²
 * (outputs in order, then examples), the output deltas a − y, the hidden deltas
 * (Σⱼ wⱼᵢ δⱼ) · a(1 − a), then every weight moves by ((Σ_examples δ · x) · lr) / m.
 * Returns the last epoch's cost (before its update). Activations are kept one row
 * per neuron and one column per example, as the book's matrices.
 */
export function matrixNetwork(sizes: readonly number[], data: Dataset, learningRate: number, epochs: number): number {
  const layers = initialMatrixParameters(sizes);
  const depth = layers.length;
  const { inputs, targets, size: m, inputWidth, outputWidth } = data;
  const outputs = sizes.slice(1).map((n) => new Float64Array(n * m));
  const deltas = sizes.slice(1).map((n) => new Float64Array(n * m));
  const gradients = layers.map(({ w }) => new Float64Array(w.length));
  // The input of example c, feature i: inputs[c · inputWidth + i] on the first layer, a[i][c] after.
  let cost = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let l = 0; l < depth; l++) {
      const k = sizes[l]!;
      const n = sizes[l + 1]!;
      const { w, b } = layers[l]!;
      const a = outputs[l]!;
      const x = l === 0 ? undefined : outputs[l - 1]!;
      for (let j = 0; j < n; j++) {
        for (let c = 0; c < m; c++) {
          let z = 0;
          if (x === undefined) for (let i = 0; i < k; i++) z += w[j * k + i]! * inputs[c * inputWidth + i]!;
          else for (let i = 0; i < k; i++) z += w[j * k + i]! * x[i * m + c]!;
          a[j * m + c] = 1 / (1 + Math.exp(-(z + b[j]!)));
        }
      }
    }
    const last = outputs[depth - 1]!;
    cost = 0;
    for (let j = 0; j < outputWidth; j++) {
      for (let c = 0; c < m; c++) {
        const e = last[j * m + c]! - targets[c * outputWidth + j]!;
        cost += e * e;
        deltas[depth - 1]![j * m + c] = e;
      }
    }
    for (let l = depth - 2; l >= 0; l--) {
      const n = sizes[l + 1]!;
      const above = sizes[l + 2]!;
      const w = layers[l + 1]!.w;
      const a = outputs[l]!;
      const d = deltas[l]!;
      const dAbove = deltas[l + 1]!;
      for (let i = 0; i < n; i++) {
        for (let c = 0; c < m; c++) {
          let sum = 0;
          for (let j = 0; j < above; j++) sum += w[j * n + i]! * dAbove[j * m + c]!;
          const o = a[i * m + c]!;
          d[i * m + c] = sum * (o * (1 - o));
        }
      }
    }
    for (let l = 0; l < depth; l++) {
      const k = sizes[l]!;
      const n = sizes[l + 1]!;
      const { w, b } = layers[l]!;
      const d = deltas[l]!;
      const g = gradients[l]!;
      const x = l === 0 ? undefined : outputs[l - 1]!;
      // g[j][i] = Σ_c δ[j][c] · x(i, c), the examples added in order; example by example
      // so that the first layer reads each input row once, in memory order.
      g.fill(0);
      for (let c = 0; c < m; c++) {
        for (let j = 0; j < n; j++) {
          const delta = d[j * m + c]!;
          if (x === undefined) for (let i = 0; i < k; i++) g[j * k + i]! += delta * inputs[c * inputWidth + i]!;
          else for (let i = 0; i < k; i++) g[j * k + i]! += delta * x[i * m + c]!;
        }
      }
      for (let p = 0; p < w.length; p++) w[p] = w[p]! - (g[p]! * learningRate) / m;
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let c = 0; c < m; c++) sum += d[j * m + c]!;
        b[j] = b[j]! - (sum * learningRate) / m;
      }
    }
  }
  return cost;
}
