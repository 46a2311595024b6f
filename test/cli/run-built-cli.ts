// Runs the built CLI (dist/src/cli/main.js, built by global-setup.ts) in a child process.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository folder. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built CLI. */
export const BUILT_CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
/** The shipped iris data. */
export const IRIS = join(ROOT, 'data', 'iris.csv');

/** What a CLI run printed and returned. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/src/cli/main.js …args` in `cwd` (pipes, so not a TTY). */
export function runBuiltCli(args: readonly string[], cwd = ROOT): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_CLI, ...args], { cwd, env: { ...process.env, AGILE_NEURONS_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs `node nodeArgs…` (e.g. a heap limit, then the built CLI and its arguments), its standard output into `stdout`: a pipe or a file descriptor. */
export function runNode(nodeArgs: readonly string[], stdout: 'pipe' | number = 'pipe'): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, { stdio: ['ignore', stdout, 'pipe'], env: { ...process.env, AGILE_NEURONS_DEBUG: '' } });
    let out = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: out, stderr }));
  });
}

/** The built CLI with its standard output into the file at `path` (e.g. /dev/full, which is always full). */
export async function runBuiltCliIntoFile(args: readonly string[], path: string): Promise<CliRun> {
  const fd = openSync(path, 'w');
  try {
    return await runNode([BUILT_CLI, ...args], fd);
  } finally {
    closeSync(fd);
  }
}

/** The built CLI whose reader closes its standard output after the first chunk, as `| head -1` does. */
export function runBuiltCliIntoClosingPipe(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, AGILE_NEURONS_DEBUG: '' } });
    let stderr = '';
    child.stdout.once('data', () => child.stdout.destroy());
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: '', stderr }));
  });
}

/** Writes 60,000 iris rows to `path`: more than a pipe holds, so `predict` is still writing when its reader goes away. */
export async function writeManyIrisRows(path: string): Promise<void> {
  const iris = await readFile(IRIS, 'utf8');
  const [header, ...body] = iris.trimEnd().split('\n');
  await writeFile(path, `${header}\n${`${body.join('\n')}\n`.repeat(400)}`);
}

/** The `NN.NN% (a/b)` of the line starting with `label` (e.g. 'training accuracy:'). */
export function accuracyLine(output: string, label: string): { percent: number; correct: number; total: number; text: string } {
  const match = new RegExp(`^${label} (\\d+\\.\\d\\d)% \\((\\d+)/(\\d+)\\)$`, 'm').exec(output);
  if (!match) throw new Error(`no '${label}' line in:\n${output}`);
  return { percent: Number(match[1]), correct: Number(match[2]), total: Number(match[3]), text: match[0].slice(label.length + 1) };
}

/** The lines of the confusion matrix printed after `heading`. */
export function confusionTable(output: string, heading: string, classes: number): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  if (start === -1) throw new Error(`no '${heading}' in:\n${output}`);
  return lines.slice(start + 1, start + 2 + classes);
}
