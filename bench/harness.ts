// Runs children, takes medians, and prints the tables both bench commands share.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESULT_PREFIX, type ChildResult } from './protocol.js';
import { WORKLOADS, workloadNamed, type Workload } from './workloads/index.js';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'child.js');

/** Command-line settings shared by `npm run bench` and `npm run bench:peers`. */
export interface BenchSettings {
  runs: number;
  workloads: Workload[];
  /** Overrides every workload's epoch count (for a quick look; the tables need the defaults). */
  epochs: number | undefined;
  /** Where to save every child's result as JSON, if anywhere. */
  json: string | undefined;
}

/** Reads `--runs N`, `--workloads a,b`, `--epochs N`, `--json file`. */
export function parseSettings(argv: readonly string[], defaultRuns: number, defaultWorkloads: readonly string[]): BenchSettings {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at < 0 ? undefined : argv[at + 1];
  };
  const runs = Number(value('--runs') ?? defaultRuns);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${value('--runs')}`);
  const epochs = value('--epochs') === undefined ? undefined : Number(value('--epochs'));
  const names = value('--workloads')?.split(',') ?? defaultWorkloads;
  return { runs, workloads: names.map(workloadNamed), epochs, json: value('--json') };
}

/** Every workload's name, in table order. */
export const ALL_WORKLOADS = WORKLOADS.map((w) => w.name);

/** Runs one child: one workload, one implementation, one fresh process. */
export function runChild(workload: Workload, implementation: string, epochs: number | undefined): ChildResult {
  const args = [CHILD, workload.name, implementation, ...(epochs === undefined ? [] : [String(epochs)])];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const line = child.stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (child.status !== 0 || line === undefined) {
    throw new Error(`${workload.name} / ${implementation} failed (exit ${child.status}):\n${child.stderr}${child.stdout}`);
  }
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as ChildResult;
}

/**
 * Runs each implementation `runs` times in fresh processes, interleaved (ours,
 * reference, …, ours, reference, …) so that a slow spell of the machine hits
 * all of them alike. Returns the results per implementation.
 */
export function runInterleaved(
  workload: Workload,
  implementations: readonly string[],
  settings: BenchSettings,
): Map<string, ChildResult[]> {
  const results = new Map<string, ChildResult[]>(implementations.map((name) => [name, []]));
  for (let run = 1; run <= settings.runs; run++) {
    for (const name of implementations) {
      process.stderr.write(`  ${workload.name} / ${name}: run ${run} of ${settings.runs}\r`);
      results.get(name)!.push(runChild(workload, name, settings.epochs));
    }
  }
  process.stderr.write(`  ${workload.name}: done${' '.repeat(40)}\n`);
  return results;
}

/** Summary of one implementation's runs. */
export interface Summary {
  /** Median CPU time of the training, in seconds: the time the tables compare. */
  medianSeconds: number;
  /** Median wall-clock time, in seconds (equal to the CPU time on an idle machine). */
  medianWallSeconds: number;
  peakRssMB: number;
  finalLoss: number;
  /** Whether every run reached the same final loss (runs must be deterministic). */
  deterministic: boolean;
}

export function summarize(results: readonly ChildResult[]): Summary {
  return {
    medianSeconds: median(results.map((r) => r.cpuMs / 1000)),
    medianWallSeconds: median(results.map((r) => r.ms / 1000)),
    peakRssMB: median(results.map((r) => r.peakRssMB)),
    finalLoss: results[0]!.finalLoss,
    deterministic: results.every((r) => r.finalLoss === results[0]!.finalLoss),
  };
}

/**
 * The median of the per-run ratios a[i] / b[i] of CPU time. Runs a[i] and b[i] ran
 * back to back (`runInterleaved`), so each ratio sees the machine at one speed: on a
 * shared VM whose speed drifts, this is steadier than the ratio of the medians.
 */
export function medianPairedRatio(a: readonly ChildResult[], b: readonly ChildResult[]): number {
  return median(a.map((run, i) => run.cpuMs / b[i]!.cpuMs));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** |a − b| / max(|a|, |b|), 0 when both are 0. */
export function relativeDifference(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}

/** The machine, for the record: CPU model and count, memory, Node version, date, load. */
export function machineDescription(): string {
  const model = readCpuModel() ?? cpus()[0]?.model ?? 'unknown CPU';
  return [
    `date: ${new Date().toISOString()}`,
    `machine: ${model}, ${cpus().length} logical cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${process.platform} ${process.arch}`,
    `node: ${process.version} (V8 ${process.versions.v8})`,
    loadDescription(),
  ].join('\n');
}

/** The load averages: how busy the machine was while we measured. */
export function loadDescription(): string {
  return `load average (1, 5, 15 min): ${loadavg().map((l) => l.toFixed(2)).join(', ')} on ${cpus().length} cores`;
}

function readCpuModel(): string | undefined {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/** A Markdown table: header row, then one row per entry, columns padded for reading in a terminal. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Seconds with three significant figures. */
export function formatSeconds(seconds: number): string {
  return seconds >= 100 ? seconds.toFixed(0) : seconds >= 10 ? seconds.toFixed(1) : seconds >= 1 ? seconds.toFixed(2) : seconds.toFixed(3);
}

/** A ratio with two decimals (or three below 0.1). */
export function formatRatio(ratio: number): string {
  return ratio >= 100 ? ratio.toFixed(0) : ratio < 0.1 ? ratio.toFixed(3) : ratio.toFixed(2);
}
