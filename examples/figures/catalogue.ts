// Finds every figure script: each file under examples/figures/<chapter>/ that
// exports `figure`. Scripts are discovered, not listed, so adding a figure is
// adding one file. (`npm run build` and `npm run figures` empty dist/ first, so
// a script renamed or removed leaves no stale copy behind to be discovered.)
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
  const scripts = new Map<string, { script: FigureScript; file: string }>();
  for (const file of files) {
    const module = (await import(pathToFileURL(file).href)) as { figure?: FigureScript };
    if (!module.figure) continue;
    const same = scripts.get(module.figure.id);
    if (same) throw new Error(`two figure scripts have the id '${module.figure.id}': ${same.file} and ${file} (a stale build? empty dist/ and build again)`);
    scripts.set(module.figure.id, { script: module.figure, file });
  }
  return [...scripts.values()].map(({ script }) => script).sort((a, b) => compareIds(a.id, b.id));
}

/** 'ch2-fig10' after 'ch2-fig9': compares the numbers inside ids as numbers. */
function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
