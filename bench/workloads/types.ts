// The shapes every benchmark workload, implementation and peer share.

/** Examples packed row-major, as every implementation receives them. */
export interface Dataset {
  size: number;
  inputWidth: number;
  outputWidth: number;
  /** size × inputWidth. */
  inputs: Float64Array;
  /** size × outputWidth. */
  targets: Float64Array;
}

/** What one timed training run reports (after the clock stops). */
export interface RunResult {
  /**
   * The last epoch's loss, as our trainers record it: the mean loss per example.
   * Peers report theirs converted to the workload's loss.
   */
  finalLoss: number;
}

/** The timed part of a run: trains and reports. Everything before it is set-up. */
export type Trial = () => RunResult | Promise<RunResult>;

/** One way of running a workload: ours, the hand-written reference, a peer library. */
export interface Implementation {
  /** The key used on the command line and in result files. */
  readonly name: string;
  /** What the table calls it. */
  readonly label: string;
  /** Builds data and model for `epochs` epochs, untimed; returns the timed training. */
  prepare(epochs: number): Trial | Promise<Trial>;
}

/** The line-fitting workloads of the "Theory on Learning" chapter. */
export interface LineSpec {
  kind: 'line';
  /** 'gd': one update per epoch from the full batch; 'sgd': one per batch, in order. */
  schedule: 'gd' | 'sgd';
  batchSize: number;
  learningRate: number;
  /** Starting line f(x) = a·x + b. */
  a: number;
  b: number;
  data(): Dataset;
}

/** The sigmoid-network workloads: half squared error, batches in order, mean gradient per batch. */
export interface NetworkSpec {
  kind: 'network';
  /** Layer sizes, inputs first: [2, 3, 1] is a 2-3-1 network. */
  sizes: number[];
  batchSize: number;
  learningRate: number;
  data(): Dataset;
}

/**
 * The book's matrix network (`NMNetwork`): sigmoid layers, weights then biases of
 * each layer drawn U[0, 1) from one Park–Miller seed 42, full-batch gradient
 * descent with the output delta A − Y, the cost Σ(A − Y)² recorded before each update.
 */
export interface MatrixNetworkSpec {
  kind: 'matrix-network';
  /** Layer sizes, inputs first: [2, 3, 2] is a 2-3-2 network. */
  sizes: number[];
  learningRate: number;
  data(): Dataset;
}

/** A benchmark: what to train, how long, and its implementations. */
export interface Workload {
  readonly name: string;
  /** One line for the table's notes. */
  readonly summary: string;
  /** The epoch count (for gradient descent: iterations). */
  readonly epochs: number;
  /** Examples in one epoch (the data set's size). */
  readonly examplesPerEpoch: number;
  /** The loss our trainers record, e.g. 'MSE' or '½Σ(t−o)²'. */
  readonly lossName: string;
  /** The book's Pharo time in seconds, where it reports one. */
  readonly bookSeconds?: number;
  readonly spec: LineSpec | NetworkSpec | MatrixNetworkSpec;
  readonly ours: Implementation;
  readonly reference: Implementation;
  /** Other ways to run it with our public API (timed, not the headline). */
  readonly variants: readonly Implementation[];
  /**
   * Largest relative difference allowed between the final losses of ours (and
   * each variant) and the reference, with the reason: 1e-9 where the arithmetic
   * order is the same.
   */
  readonly tolerance: { readonly ours: number; readonly variants: number; readonly why: string };
}
