// Vitest global setup: the CLI end-to-end tests run the built CLI
// (node dist/src/cli/main.js), so build once before any test file runs,
// unless dist/ is already newer than every source file.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILT_CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
// The CLI's `figures` runs the built figure runner: `npm ci` builds the package
// (src only, through `prepare`), so the runner may be missing though the CLI is fresh.
const BUILT_RUNNER = join(ROOT, 'dist', 'examples', 'run-all.js');

export default function setup(): void {
  if (builtCliIsFresh()) return;
  const started = Date.now();
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (tsc.status === 0) return;
  // tsc still emits when some file has a type error; `npm test` type-checks
  // before vitest runs, so here only a CLI that was not rebuilt is fatal.
  const report = `${tsc.stdout}${tsc.stderr}`.trim();
  if (modifiedMs(BUILT_CLI) >= started - 1000) {
    console.warn(`global setup: tsc reported errors, but the CLI was rebuilt:\n${report}`);
    return;
  }
  throw new Error(`global setup: building the CLI failed:\n${report}`);
}

function builtCliIsFresh(): boolean {
  const built = Math.min(modifiedMs(BUILT_CLI), modifiedMs(BUILT_RUNNER));
  const newest = Math.max(newestSource(join(ROOT, 'src')), newestSource(join(ROOT, 'examples')), modifiedMs(join(ROOT, 'tsconfig.json')));
  return built > 0 && newest <= built;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, modifiedMs(path));
  }
  return newest;
}

function modifiedMs(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
