/** `agile-neurons figures`: the README's main command (`npm run figures`), from the CLI. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../io/datasets.js';
import type { CliIo } from './cli-io.js';

/** Where the built figure runner is, relative to the package folder. */
export const FIGURE_RUNNER = join('dist', 'examples', 'run-all.js');

type RunAllFigures = (outDir?: string, log?: (line: string) => void, lang?: string) => Promise<unknown>;

/**
 * Renders every figure into `outDir` (figures/ by default) with the built runner at
 * `runner`, drawing the charts in the languages of `lang` (en, zh-CN, all; the runner checks it).
 */
export async function runFigures(outDir: string | undefined, io: CliIo, runner = join(packageRoot(), FIGURE_RUNNER), lang = 'en'): Promise<void> {
  const runAllFigures = await loadFigureRunner(runner);
  await runAllFigures(outDir ?? 'figures', (line) => io.stdout.write(`${line}\n`), lang);
}

async function loadFigureRunner(runner: string): Promise<RunAllFigures> {
  if (!existsSync(runner)) {
    throw new Error(
      `the figure runner ${runner} is not built: the figure scripts are not part of the npm package, ` +
        "so run this command in a clone of the repository, after 'npm run build' (or run 'npm run figures' there)",
    );
  }
  const module = (await import(pathToFileURL(runner).href)) as { runAllFigures?: unknown };
  if (typeof module.runAllFigures !== 'function') throw new Error(`${runner} does not export runAllFigures`);
  return module.runAllFigures as RunAllFigures;
}
