// Dependencies point one way (docs/design.md): activation, matrix ← core ← training,
// core ← interop ← io, plot stands alone, and only src/di.ts imports tsyringe.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** The top-level folder of src a file lives in ('core', 'training', … or the file name at the top). */
function areaOf(file: string): string {
  return relative(srcDir, file).split(sep)[0]!;
}

const allowed: Record<string, string[]> = {
  activation: ['activation', 'errors.ts', 'util'],
  matrix: ['matrix', 'errors.ts', 'util'],
  core: ['core', 'matrix', 'activation', 'errors.ts', 'util'],
  training: ['training', 'core', 'matrix', 'activation', 'errors.ts', 'util', 'di.ts'],
  plot: ['plot', 'errors.ts', 'di.ts', 'util'],
  // TF.js's format in memory: pure like core (the browser uses it), written to files by io.
  interop: ['interop', 'core', 'activation', 'errors.ts', 'util'],
  io: ['io', 'interop', 'core', 'matrix', 'activation', 'errors.ts', 'util'],
  util: ['util', 'errors.ts'],
};

describe('architecture', () => {
  for (const file of sourceFiles(srcDir)) {
    const area = areaOf(file);
    if (!(area in allowed)) continue;
    it(`${relative(srcDir, file)} imports only from ${allowed[area]!.join(', ')}`, () => {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) {
          expect(['tsyringe', 'reflect-metadata'].includes(spec) && area !== 'di.ts', `${spec} outside di.ts`).toBe(false);
          continue;
        }
        const target = areaOf(join(file, '..', spec).replace(/\.js$/, '.ts'));
        expect(allowed[area], `${relative(srcDir, file)} imports ${spec}`).toContain(target);
      }
    });
  }
});

describe('the TF.js conversion is browser-safe', () => {
  it('src/interop/index.ts reaches no Node built-in and no package, through any import', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of importsOf(file)) {
        expect(spec.startsWith('.'), `${relative(srcDir, file)} imports ${spec}`).toBe(true);
        visit(join(file, '..', spec).replace(/\.js$/, '.ts'));
      }
    };
    visit(join(srcDir, 'interop', 'index.ts'));
    expect(seen.size).toBeGreaterThan(5);
  });
});
