// TensorFlow.js 4.22 (tfjs-core) on its pure-JavaScript CPU backend and on its
// WebAssembly backend (SIMD, single thread in Node), not tfjs-node, whose
// install downloads a native binary. The models are written with tfjs-core ops
// and `tf.train.sgd`, as one writes a custom training loop in TensorFlow.js.
import { dirname } from 'node:path';
import type { Dataset, LineSpec, MatrixNetworkSpec, NetworkSpec, Workload } from './workloads/index.js';
import { initialMatrixParameters } from './workloads/reference.js';
import { networkSpec, requirePeer, resolvePeer, startingWeights, type Peer } from './peers.js';

interface Tensor {
  dataSync(): Float32Array;
  dispose(): void;
}

interface Optimizer {
  minimize(loss: () => Tensor, returnCost: boolean): Tensor | null;
  dispose(): void;
}

/** The few tfjs-core functions we use. */
interface TensorFlow {
  setBackend(name: string): Promise<boolean>;
  ready(): Promise<void>;
  getBackend(): string;
  tensor2d(values: Float32Array, shape: [number, number]): Tensor;
  tensor1d(values: number[]): Tensor;
  scalar(value: number): Tensor;
  variable(initial: Tensor): Tensor;
  train: { sgd(learningRate: number): Optimizer };
  tidy<T extends Tensor>(f: () => T): T;
  keep<T extends Tensor>(tensor: T): T;
  softplus(a: Tensor): Tensor;
  matMul(a: Tensor, b: Tensor): Tensor;
  add(a: Tensor, b: Tensor): Tensor;
  sub(a: Tensor, b: Tensor): Tensor;
  mul(a: Tensor, b: Tensor | number): Tensor;
  sigmoid(a: Tensor): Tensor;
  square(a: Tensor): Tensor;
  sum(a: Tensor): Tensor;
  mean(a: Tensor): Tensor;
}

type Backend = 'cpu' | 'wasm';

/** How each kind of workload's loss is written in tf ops. */
const LOSS_NOTE: Record<Workload['spec']['kind'], string> = {
  line: 'lines: loss tf.mean of squared errors (the MSE, as ours)',
  network: 'networks: loss ½Σ(t − o)² averaged over the batch, written with tf ops (as ours)',
  'matrix-network':
    'matrix networks: loss Σ(softplus(z) − y·z)/m on the output layer’s z (the cross-entropy, whose gradient is the book’s δ = A − Y), ' +
    'the cost Σ(A − Y)² computed in the same step and read back',
};

/** The share of each workload's epochs a TensorFlow.js run trains for (the comments give the steps per run). */
const TFJS_EPOCH_FRACTION: Record<string, number> = {
  'line-gd': 0.1, // 300 steps on 30000 points
  'line-sgd': 0.001, // 1 epoch, 6000 steps
  xor: 0.1, // 2000 epochs, 8000 steps
  iris: 0.05, // 50 epochs, 7500 steps
  'nm-xor': 0.2, // 1000 epochs, 1000 steps
};

/** Loads tfjs-core with `backend` selected and ready (the WASM binaries are read from node_modules). */
async function tensorflowOn(backend: Backend): Promise<TensorFlow> {
  const tf = requirePeer<TensorFlow>('@tensorflow/tfjs-core');
  requirePeer('@tensorflow/tfjs-backend-cpu');
  // tfjs-core's Node build ships without the gradients that `minimize` needs;
  // loading tfjs-layers registers them (as the @tensorflow/tfjs bundle does).
  requirePeer('@tensorflow/tfjs-layers');
  if (backend === 'wasm') {
    const wasm = requirePeer<{ setWasmPaths(prefix: string): void }>('@tensorflow/tfjs-backend-wasm');
    // The .wasm files ship in the package's dist folder: load them from there, not from a CDN.
    wasm.setWasmPaths(`${dirname(resolvePeer('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'))}/`);
  }
  if (!(await tf.setBackend(backend))) throw new Error(`TensorFlow.js backend ${backend} did not start`);
  await tf.ready();
  return tf;
}

export function tensorflowPeer(backend: Backend): Peer {
  return {
    name: `tfjs-${backend}`,
    packages: ['@tensorflow/tfjs-core', `@tensorflow/tfjs-backend-${backend}`, '@tensorflow/tfjs-layers'],

    unsupported: () => undefined,

    differences(workload) {
      return [
        'float32 tensors (TensorFlow.js has no float64); our starting weights rounded to float32',
        LOSS_NOTE[workload.spec.kind],
        "tf.train.sgd; each step's cost read back with dataSync to record the epoch's loss",
      ];
    },

    // TensorFlow.js pays a fixed cost per step (about a millisecond on the CPU
    // backend for these small tensors), so the many-step workloads would last
    // many minutes: time a part of their epochs (thousands of steps, so the first
    // slow steps weigh little) and scale up.
    epochFraction: (workload) => TFJS_EPOCH_FRACTION[workload.name] ?? 1,

    implementation(workload: Workload) {
      return {
        name: `peer:tfjs-${backend}`,
        label: `TensorFlow.js (${backend})`,
        async prepare(epochs) {
          const tf = await tensorflowOn(backend);
          const { spec } = workload;
          if (spec.kind === 'line') return lineTrial(tf, spec, epochs);
          if (spec.kind === 'matrix-network') return matrixNetworkTrial(tf, spec, epochs);
          return networkTrial(tf, networkSpec(workload)!, epochs);
        },
      };
    },
  };
}

/** Batches of rows in order, as [count, width] tensors (set-up, not timed). */
function batchesOf(tf: TensorFlow, data: Dataset, batchSize: number): { inputs: Tensor; targets: Tensor; count: number }[] {
  const batches = [];
  for (let start = 0; start < data.size; start += batchSize) {
    const count = Math.min(batchSize, data.size - start);
    batches.push({
      inputs: tf.tensor2d(Float32Array.from(data.inputs.subarray(start * data.inputWidth, (start + count) * data.inputWidth)), [count, data.inputWidth]),
      targets: tf.tensor2d(Float32Array.from(data.targets.subarray(start * data.outputWidth, (start + count) * data.outputWidth)), [count, data.outputWidth]),
      count,
    });
  }
  return batches;
}

function networkTrial(tf: TensorFlow, spec: NetworkSpec, epochs: number): () => { finalLoss: number } {
  const data = spec.data();
  const batches = batchesOf(tf, data, spec.batchSize);
  const start = startingWeights(spec.sizes);
  return () => {
    // Row-vector convention: z = x·W + b with W[i][j] = our weight of input i in neuron j.
    const layers = start.weights.map((rows, l) => ({
      weights: tf.variable(tf.tensor2d(transposed(rows, spec.sizes[l]!), [spec.sizes[l]!, spec.sizes[l + 1]!])),
      biases: tf.variable(tf.tensor1d(start.biases[l]!)),
    }));
    const optimizer = tf.train.sgd(spec.learningRate);
    let epochLoss = 0;
    for (let epoch = 0; epoch < epochs; epoch++) {
      let sum = 0;
      for (const batch of batches) {
        const cost = optimizer.minimize(() => {
          let activations = batch.inputs;
          for (const layer of layers) activations = tf.sigmoid(tf.add(tf.matMul(activations, layer.weights), layer.biases));
          return tf.mul(tf.sum(tf.square(tf.sub(batch.targets, activations))), 0.5 / batch.count);
        }, true)!;
        sum += cost.dataSync()[0]! * batch.count;
        cost.dispose();
      }
      epochLoss = sum / data.size;
    }
    optimizer.dispose();
    return { finalLoss: epochLoss };
  };
}

/**
 * The book's NMNetwork with tf ops, full batch: z = x·W + b and a = σ(z) per layer
 * (a row per example), gradient steps on Σ(softplus(z) − y·z)/m over the output
 * layer's z — its gradient (σ(z) − y)/m is the book's δ = A − Y averaged — and the
 * book's cost Σ(a − y)², before the step, as the epoch's loss.
 */
function matrixNetworkTrial(tf: TensorFlow, spec: MatrixNetworkSpec, epochs: number): () => { finalLoss: number } {
  const data = spec.data();
  const batch = batchesOf(tf, data, data.size)[0]!;
  const start = initialMatrixParameters(spec.sizes);
  return () => {
    const layers = start.map(({ w, b }, l) => {
      const [k, n] = [spec.sizes[l]!, spec.sizes[l + 1]!];
      const rows = Array.from({ length: n }, (_, j) => Array.from(w.subarray(j * k, (j + 1) * k)));
      return { weights: tf.variable(tf.tensor2d(transposed(rows, k), [k, n])), biases: tf.variable(tf.tensor1d(Array.from(b))) };
    });
    const optimizer = tf.train.sgd(spec.learningRate);
    let cost = Number.NaN;
    for (let epoch = 0; epoch < epochs; epoch++) {
      let squaredErrors: Tensor | undefined;
      optimizer.minimize(() => {
        let activations = batch.inputs;
        let z = batch.inputs;
        for (const layer of layers) {
          z = tf.add(tf.matMul(activations, layer.weights), layer.biases);
          activations = tf.sigmoid(z);
        }
        squaredErrors = tf.keep(tf.sum(tf.square(tf.sub(activations, batch.targets))));
        return tf.mul(tf.sum(tf.sub(tf.softplus(z), tf.mul(batch.targets, z))), 1 / batch.count);
      }, false);
      cost = squaredErrors!.dataSync()[0]!;
      squaredErrors!.dispose();
    }
    optimizer.dispose();
    return { finalLoss: cost };
  };
}

function lineTrial(tf: TensorFlow, spec: LineSpec, epochs: number): () => { finalLoss: number } {
  const data = spec.data();
  const batches = batchesOf(tf, data, spec.schedule === 'gd' ? data.size : spec.batchSize);
  return () => {
    const a = tf.variable(tf.scalar(spec.a));
    const b = tf.variable(tf.scalar(spec.b));
    const optimizer = tf.train.sgd(spec.learningRate);
    const loss = (batch: (typeof batches)[number]): Tensor => tf.mean(tf.square(tf.sub(batch.targets, tf.add(tf.mul(batch.inputs, a), b))));
    let epochLoss = 0;
    for (let epoch = 0; epoch < epochs; epoch++) {
      let sum = 0;
      for (const batch of batches) {
        // For gradient descent the cost of a step is the loss after the previous update.
        const cost = optimizer.minimize(() => loss(batch), true)!;
        sum += cost.dataSync()[0]! * batch.count;
        cost.dispose();
      }
      epochLoss = sum / data.size;
    }
    if (spec.schedule === 'gd') {
      // The loss after the last update, as the book records it: one more forward pass.
      const after = tf.tidy(() => loss(batches[0]!));
      epochLoss = after.dataSync()[0]!;
      after.dispose();
    }
    optimizer.dispose();
    return { finalLoss: epochLoss };
  };
}

/** [n][k] rows → the k × n matrix, row-major, in float32. */
function transposed(rows: number[][], k: number): Float32Array {
  const n = rows.length;
  const matrix = new Float32Array(k * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < k; i++) matrix[i * n + j] = rows[j]![i]!;
  return matrix;
}
