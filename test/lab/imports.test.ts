// The lab runs in a browser: from its entry it must reach only the library's
// browser-safe code (the package root's files, the pure chart builders and the
// figures' pure experiments), chart.js, and the data module made at build time.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const ENTRY = join(ROOT, 'lab', 'src', 'main.ts');

/** What a file loads when it runs (type-only imports are erased). */
function runtimeImportsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const patterns = [/^\s*(?:import|export)\s+(?!type\s)[^'";]*?from\s+['"]([^'"]+)['"]/gm, /^\s*import\s+['"]([^'"]+)['"]/gm, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
}

/** Every source file and package the lab loads, from its entry. */
function labGraph(): { files: string[]; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    if (!file.endsWith('.ts')) return;
    for (const spec of runtimeImportsOf(file)) {
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const target = join(dirname(file), spec);
      visit(existsSync(target) ? target : target.replace(/\.js$/, '.ts'));
    }
  };
  visit(ENTRY);
  return { files: [...files].map((f) => relative(ROOT, f)), packages };
}

describe('the lab’s imports', () => {
  const { files, packages } = labGraph();

  it('reach only chart.js and the build-time data module, no Node built-in', () => {
    expect([...packages].sort()).toEqual(['chart.js', 'virtual:lab-data']);
  });

  it('take the library from its source, never its Node, DI or PNG parts', () => {
    const library = files.filter((f) => f.startsWith('src/'));
    expect(library).toContain('src/index.ts');
    const forbidden = /^src\/(io|cli)\/|^src\/(container|di)\.ts$|^src\/plot\/(index|plot-service|register|renderer-pool|rendering-packages|composite)\.ts$/;
    expect(library.filter((f) => forbidden.test(f))).toEqual([]);
  });

  it('reuse the figures’ pure experiments, not their PNG rendering', () => {
    const examples = files.filter((f) => f.startsWith('examples/'));
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.filter((f) => /figure\.ts$|standalone\.ts$|run-all\.ts$|is-main\.ts$/.test(f))).toEqual([]);
  });
});
