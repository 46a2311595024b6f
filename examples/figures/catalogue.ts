// Finds every figure script: each file under examples/figures/<chapter>/ that
// exports `figure`. Scripts are discovered, not listed, so adding a figure is
// adding one file.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FigureScript } from './figure.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Every figure script, ordered by id (chapter, then number). */
export async function loadFigureScripts(): Promise<FigureScript[]> {
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const files = readdirSync(here, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(here, dir.name))
        .filter((name) => name.endsWith(extension) && !name.endsWith('.d.ts') && !name.endsWith('.test.ts'))
        .map((name) => join(here, dir.name, name)),
    );
  const scripts: FigureScript[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(file).href)) as { figure?: FigureScript };
    if (module.figure) scripts.push(module.figure);
  }
  return scripts.sort((a, b) => compareIds(a.id, b.id));
}

/** 'ch2-fig10' after 'ch2-fig9': compares the numbers inside ids as numbers. */
function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
