// Runs the built CLI (dist/src/cli/main.js, built by global-setup.ts) in a child process.
import { spawn } from 'node:child_process';
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
