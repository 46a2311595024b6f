// Packs agile-neurons as a user gets it and installs it into a new project, once
// per test run (not a test file itself; see package.test.ts).
//   1. copies the working tree (git's tracked and unignored files, as a fresh
//      clone has them) into a temporary folder and runs `npm pack` there, which
//      builds dist/src through the package's `prepare` script;
//   2. installs the tarball into an empty project with --ignore-scripts and
//      --omit=optional, with the consumer scripts of test/package/consumer beside it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The scripts a user of the package would write, copied into the project. */
export const CONSUMER = join(ROOT, 'test', 'package', 'consumer');

/** What `npm pack --json` reports about the tarball. */
export interface PackReport {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

/** A packed and installed agile-neurons. */
export interface InstalledPackage {
  /** The temporary folder holding everything below; remove it when done. */
  work: string;
  pack: PackReport;
  tarball: string;
  /** The user's project: agile-neurons in node_modules, the consumer scripts at the top. */
  project: string;
}

/** Runs a command, failing with its output when it exits non-zero; returns stdout. */
export function run(command: string, args: readonly string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** Packs the working tree and installs the tarball into a new project. */
export function packAndInstall(): InstalledPackage {
  const work = mkdtempSync(join(tmpdir(), 'agile-neurons-package-'));
  const clone = copyWorkingTree(join(work, 'clone'));
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work, '--loglevel=error'], clone)) as PackReport[];
  const tarball = join(work, pack!.filename);
  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-reader', private: true, type: 'module' }, null, 2));
  for (const file of readdirSync(CONSUMER)) cpSync(join(CONSUMER, file), join(project, file));
  run('npm', ['install', tarball, '--ignore-scripts', '--omit=optional', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], project);
  return { work, pack: pack!, tarball, project };
}

/**
 * The files a fresh clone would have (tracked ones, plus new ones git does not
 * ignore), copied to `to`. `node_modules` is linked, so `prepare` finds tsc.
 */
function copyWorkingTree(to: string): string {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  for (const file of listed.split('\0').filter(Boolean)) {
    try {
      cpSync(join(ROOT, file), join(to, file));
    } catch (e) {
      // A file deleted in the working tree but still in git's index.
      if ((e as { code?: string }).code !== 'ENOENT') throw e;
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(to, 'node_modules'), 'dir');
  return to;
}
