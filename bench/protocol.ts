// What a benchmark child process tells its parent: one line, `BENCH_RESULT {json}`.

/** What a child reports. */
export interface ChildResult {
  workload: string;
  implementation: string;
  epochs: number;
  /** Wall-clock time of the training, in milliseconds. */
  ms: number;
  /**
   * CPU time (user + system, all threads) of the training, in milliseconds: on a
   * busy machine this, unlike wall time, leaves out the time other processes ran.
   */
  cpuMs: number;
  finalLoss: number;
  /** The process's peak resident set size, in MB (data, model and runtime included). */
  peakRssMB: number;
}

export const RESULT_PREFIX = 'BENCH_RESULT ';
