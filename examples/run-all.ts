// The README's main command: regenerates every figure into figures/ with an
// index page (figures/README.md) giving each figure's book reference, caption,
// and the numbers it reports beside the book's. The terminal gets one line per
// figure and a summary; the numbers are in the index only.
//   npm run figures            (or: node dist/examples/run-all.js [outDir])
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createContainer } from '../src/container.js';
import { PlotService, registerPlotting } from '../src/plot/index.js';
import { writeFileAtomic } from '../src/io/index.js';
import { loadFigureScripts } from './figures/catalogue.js';
import type { FigureOutput, FigureScript } from './figures/figure.js';
import { figureIndex, INDEX_TEXT } from './figures/index-page.js';
import { isMain } from './shared/is-main.js';

/** A rendered figure and where it went. */
export interface RenderedFigure {
  script: FigureScript;
  output: FigureOutput;
  file: string;
  milliseconds: number;
}

/** Renders every figure script into `outDir` and writes the index page; returns what was rendered. */
export async function runAllFigures(outDir = 'figures', log: (line: string) => void = console.log): Promise<RenderedFigure[]> {
  const directory = resolve(outDir);
  mkdirSync(directory, { recursive: true });
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
  // The learning lab's screenshots are not made here (they need a browser: npm run test:lab); the index lists those present.
  const screenshots = readdirSync(directory).filter((file) => file.startsWith('lab-') && file.endsWith('.png'));
  await writeFileAtomic(index, figureIndex(rendered, INDEX_TEXT, screenshots));
  log(`${rendered.length} figures in ${directory}, ${((performance.now() - started) / 1000).toFixed(1)} s; numbers and notes: ${index}`);
  return rendered;
}

if (isMain(import.meta.url)) {
  await runAllFigures(process.argv[2]);
}
