// The README's main command: regenerates every figure into figures/ with an
// index page (figures/README.md) giving each figure's book reference, caption,
// and the numbers it reports beside the book's. The terminal gets one line per
// figure and a summary; the numbers are in the index only.
// The index is written last. While a run is under way the folder holds
// INCOMPLETE-RUN.txt, which says so and is removed when the run finishes: a
// run that was killed leaves it, and the next run says it found it.
//   npm run figures            (or: node dist/examples/run-all.js [outDir])
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createContainer } from '../src/container.js';
import { OutputFileError } from '../src/errors.js';
import { PlotService, registerPlotting } from '../src/plot/index.js';
import { writeFileAtomic } from '../src/io/index.js';
import { loadFigureScripts } from './figures/catalogue.js';
import type { FigureOutput, FigureScript } from './figures/figure.js';
import { figureIndex } from './figures/index-page.js';
import { isMain } from './shared/is-main.js';

/** A rendered figure and where it went. */
export interface RenderedFigure {
  script: FigureScript;
  output: FigureOutput;
  file: string;
  milliseconds: number;
}

/** The file that marks a run as under way (or killed): see the notes at the top. */
export const INCOMPLETE_MARKER = 'INCOMPLETE-RUN.txt';

/** What the marker says, to whoever opens the folder while it is there. */
function markerText(started: Date): string {
  return (
    `A run of 'npm run figures' into this folder started at ${started.toISOString()} and has not finished: it is still running, or it was stopped.\n` +
    'Until one finishes, the PNGs and README.md here may be missing or come from an earlier run.\n' +
    "Run 'npm run figures' again; a run that finishes removes this file.\n"
  );
}

/**
 * Renders every figure script into `outDir` and writes the index page last; returns what was rendered.
 * @throws OutputFileError when the folder or a file cannot be written.
 */
export async function runAllFigures(outDir = 'figures', log: (line: string) => void = console.log): Promise<RenderedFigure[]> {
  const directory = resolve(outDir);
  await mkdir(directory, { recursive: true }).catch((cause: unknown) => {
    throw new OutputFileError(directory, cause);
  });
  const marker = join(directory, INCOMPLETE_MARKER);
  if (existsSync(marker)) log(`the last run into ${directory} did not finish (it left ${INCOMPLETE_MARKER}): rendering every figure again`);
  await writeFileAtomic(marker, markerText(new Date()));
  const plot = registerPlotting(createContainer()).resolve(PlotService);
  const rendered: RenderedFigure[] = [];
  const started = performance.now();
  for (const script of await loadFigureScripts()) {
    const figureStarted = performance.now();
    const output = await script.render(plot);
    const file = `${script.id}.png`;
    await plot.save(output.png, join(directory, file));
    const milliseconds = performance.now() - figureStarted;
    rendered.push({ script, output, file, milliseconds });
    log(`${script.id.padEnd(34)} ${String(Math.round(milliseconds)).padStart(6)} ms`);
  }
  const index = join(directory, 'README.md');
  await writeFileAtomic(index, figureIndex(rendered));
  await rm(marker, { force: true });
  log(`${rendered.length} figures in ${directory}, ${((performance.now() - started) / 1000).toFixed(1)} s; numbers and notes: ${index}`);
  return rendered;
}

if (isMain(import.meta.url)) {
  await runAllFigures(process.argv[2]);
}
