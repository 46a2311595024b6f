// `npm run bench:peers`: the workloads on brain.js, synaptic and TensorFlow.js
// (CPU and WASM backends), against ours measured in the same run.
//   node dist/bench/run-peers.js [--runs 3] [--workloads xor,iris] [--json file]
import { writeFileSync } from 'node:fs';
import type { ChildResult } from './protocol.js';
import {
  ALL_WORKLOADS,
  formatRatio,
  formatSeconds,
  loadDescription,
  machineDescription,
  markdownTable,
  parseSettings,
  relativeDifference,
  runChild,
  summarize,
  type Summary,
} from './harness.js';
import { allPeers, peerVersion, type Peer } from './peers.js';
import type { Workload } from './workloads/index.js';

/** Where the issue asks us to beat every peer, and where to match TensorFlow.js on WASM. */
const BEAT_EVERY_PEER = ['xor', 'iris', 'mlp'];
const MATCH_TFJS_WASM = ['mlp-batch', 'nm-mlp'];

interface PeerResult {
  summary: Summary;
  /** Epochs each run trained; the time is scaled to the workload's epochs when fewer. */
  epochs: number;
  scaledSeconds: number;
}

interface Row {
  workload: Workload;
  ours: Summary;
  peers: Map<string, PeerResult | string>; // a result, or why the peer cannot run it
}

async function main(): Promise<void> {
  const settings = parseSettings(process.argv.slice(2), 3, ALL_WORKLOADS);
  if (settings.epochs !== undefined) throw new Error('bench:peers runs the issue\'s workloads; --epochs is not supported here');
  const peers = await allPeers();
  console.log(machineDescription());
  console.log(`peers: ${peers.flatMap((p) => p.packages).filter(unique).map((m) => `${m} ${peerVersion(m)}`).join(', ')}`);
  console.log(`runs per implementation: ${settings.runs} (fresh processes, interleaved; medians of the training's CPU time)\n`);

  const rows: Row[] = [];
  const everything: ChildResult[] = [];
  for (const workload of settings.workloads) {
    const runnable = peers.filter((p) => p.unsupported(workload) === undefined);
    const epochsOf = (peer: Peer): number => Math.max(1, Math.round(workload.epochs * peer.epochFraction(workload)));
    const results = new Map<string, ChildResult[]>([['ours', []], ...runnable.map((p): [string, ChildResult[]] => [p.name, []])]);
    for (let run = 1; run <= settings.runs; run++) {
      process.stderr.write(`  ${workload.name}: run ${run} of ${settings.runs}\r`);
      results.get('ours')!.push(runChild(workload, 'ours', undefined));
      for (const peer of runnable) results.get(peer.name)!.push(runChild(workload, `peer:${peer.name}`, epochsOf(peer)));
    }
    process.stderr.write(`  ${workload.name}: done${' '.repeat(30)}\n`);
    for (const list of results.values()) everything.push(...list);
    const peerResults = new Map<string, PeerResult | string>();
    for (const peer of peers) {
      const reason = peer.unsupported(workload);
      if (reason !== undefined) {
        peerResults.set(peer.name, reason);
        continue;
      }
      const summary = summarize(results.get(peer.name)!);
      const epochs = epochsOf(peer);
      peerResults.set(peer.name, { summary, epochs, scaledSeconds: (summary.medianSeconds * workload.epochs) / epochs });
    }
    rows.push({ workload, ours: summarize(results.get('ours')!), peers: peerResults });
  }

  console.log(`\n${timeTable(rows, peers)}\n`);
  console.log('Each cell: the peer\'s median time (peer / ours). * = timed over a fraction of the epochs and scaled up (see below); – = cannot express it.\n');
  console.log(`Final losses (same starting weights as ours; a check that each peer trained the same network):\n\n${lossTable(rows, peers)}\n`);
  console.log(`Where a library forces a difference:\n${differenceNotes(rows, peers).join('\n')}\n`);
  console.log(`Targets:\n${targetReport(rows).join('\n')}`);
  console.log(`\nafter the runs: ${loadDescription()}`);
  if (settings.json !== undefined) writeFileSync(settings.json, `${JSON.stringify(everything, null, 2)}\n`);
}

function timeTable(rows: readonly Row[], peers: readonly Peer[]): string {
  const header = ['workload', 'ours (s)', ...peers.map((p) => `${p.name} (s, / ours)`)];
  const body = rows.map(({ workload, ours, peers: results }) => [
    workload.name,
    formatSeconds(ours.medianSeconds),
    ...peers.map((peer) => {
      const result = results.get(peer.name)!;
      if (typeof result === 'string') return '–';
      const scaled = result.epochs < workload.epochs ? '*' : '';
      return `${formatSeconds(result.scaledSeconds)}${scaled} (${formatRatio(result.scaledSeconds / ours.medianSeconds)}×)`;
    }),
  ]);
  return markdownTable(header, body);
}

function lossTable(rows: readonly Row[], peers: readonly Peer[]): string {
  const header = ['workload', 'loss', 'ours', ...peers.map((p) => p.name)];
  const body = rows.map(({ workload, ours, peers: results }) => [
    workload.name,
    workload.lossName,
    ours.finalLoss.toPrecision(6),
    ...peers.map((peer) => {
      const result = results.get(peer.name)!;
      if (typeof result === 'string') return '–';
      if (result.epochs < workload.epochs) {
        return `(after ${result.epochs} epoch${result.epochs === 1 ? '' : 's'}: ${result.summary.finalLoss.toPrecision(6)})`;
      }
      return `${result.summary.finalLoss.toPrecision(6)} (${relativeDifference(result.summary.finalLoss, ours.finalLoss).toExponential(0)})`;
    }),
  ]);
  return markdownTable(header, body);
}

function differenceNotes(rows: readonly Row[], peers: readonly Peer[]): string[] {
  const notes: string[] = [];
  for (const peer of peers) {
    const workloads = rows.map((r) => r.workload);
    const runs = workloads.filter((w) => peer.unsupported(w) === undefined);
    const differences = runs.flatMap((w) => peer.differences(w)).filter(unique);
    notes.push(`- ${peer.name}: ${differences.length > 0 ? differences.join('; ') : 'runs none of these workloads'}.`);
    for (const w of workloads) {
      const reason = peer.unsupported(w);
      if (reason !== undefined) notes.push(`  - cannot run ${w.name}: ${reason}.`);
      const fraction = peer.epochFraction(w);
      if (reason === undefined && fraction < 1) {
        notes.push(`  - ${w.name}: timed over ${Math.max(1, Math.round(w.epochs * fraction))} of ${w.epochs} epochs and scaled up (its cost per epoch is constant).`);
      }
    }
  }
  return notes;
}

function targetReport(rows: readonly Row[]): string[] {
  const lines: string[] = [];
  const verdict = (met: boolean): string => (met ? 'met   ' : 'MISSED');
  for (const { workload, ours, peers } of rows) {
    const measured = [...peers.entries()].filter((entry): entry is [string, PeerResult] => typeof entry[1] !== 'string');
    if (BEAT_EVERY_PEER.includes(workload.name)) {
      for (const [name, result] of measured) {
        const ratio = result.scaledSeconds / ours.medianSeconds;
        lines.push(`- ${verdict(ratio > 1)} ${workload.name}: faster than ${name} (${name} / ours = ${formatRatio(ratio)})`);
      }
    }
    if (MATCH_TFJS_WASM.includes(workload.name)) {
      const wasm = peers.get('tfjs-wasm');
      if (wasm !== undefined && typeof wasm !== 'string') {
        const ratio = wasm.scaledSeconds / ours.medianSeconds;
        lines.push(`- ${verdict(ratio >= 1)} ${workload.name}: at least as fast as tfjs-wasm (tfjs-wasm / ours = ${formatRatio(ratio)})`);
      }
    }
  }
  return lines;
}

function unique<T>(value: T, index: number, all: readonly T[]): boolean {
  return all.indexOf(value) === index;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
