// One timed run in a fresh process:
//   node dist/bench/child.js <workload> <implementation> [epochs]
// <implementation> is `ours`, `reference`, a variant (`book-loop`) or
// `peer:<name>`. Set-up (data, imports, a peer's backend) is not timed. Prints one
// line, `BENCH_RESULT {json}`, which the parent reads.
import { RESULT_PREFIX, type ChildResult } from './protocol.js';
import { workloadNamed, type Implementation, type Workload } from './workloads/index.js';

async function implementationNamed(workload: Workload, name: string): Promise<Implementation> {
  if (name.startsWith('peer:')) {
    const { peerNamed } = await import('./peers.js');
    return (await peerNamed(name.slice('peer:'.length))).implementation(workload);
  }
  const found = [workload.ours, workload.reference, ...workload.variants].find((i) => i.name === name);
  if (found === undefined) throw new Error(`workload ${workload.name} has no implementation ${JSON.stringify(name)}`);
  return found;
}

async function main(): Promise<void> {
  const [workloadName, implementationName, epochsArgument] = process.argv.slice(2);
  if (workloadName === undefined || implementationName === undefined) {
    throw new Error('usage: node dist/bench/child.js <workload> <implementation> [epochs]');
  }
  const workload = workloadNamed(workloadName);
  const epochs = epochsArgument === undefined ? workload.epochs : Number(epochsArgument);
  const implementation = await implementationNamed(workload, implementationName);
  const trial = await implementation.prepare(epochs);
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  const { finalLoss } = await trial();
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const result: ChildResult = {
    workload: workload.name,
    implementation: implementationName,
    epochs,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    finalLoss,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
