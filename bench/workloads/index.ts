// Every benchmark workload, in the order the table prints them.
import { lineGD, lineSGD } from './line.js';
import { nmMlpWorkload, nmXorWorkload } from './matrix-networks.js';
import { irisWorkload, mlpBatchWorkload, mlpWorkload, xorWorkload } from './networks.js';
import type { Workload } from './types.js';

export const WORKLOADS: readonly Workload[] = [lineGD, lineSGD, xorWorkload, irisWorkload, mlpWorkload, mlpBatchWorkload, nmXorWorkload, nmMlpWorkload];

/** The workload called `name`; throws with the list of names otherwise. */
export function workloadNamed(name: string): Workload {
  const workload = WORKLOADS.find((w) => w.name === name);
  if (workload === undefined) {
    throw new Error(`unknown workload ${JSON.stringify(name)}; choose from ${WORKLOADS.map((w) => w.name).join(', ')}`);
  }
  return workload;
}

export type { Dataset, Implementation, LineSpec, MatrixNetworkSpec, NetworkSpec, RunResult, Trial, Workload } from './types.js';
