// Dependencies point one way (docs/design.md): activation, matrix ← core ← training,
// core ← interop ← io, plot stands alone, and only src/di.ts imports tsyringe. The
// package root (src/index.ts) reaches no Node built-in, no package and no plot, io or cli file.
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
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

/**
 * What a file loads when it runs: static imports and re-exports, bare imports
 * (`import 'x'`) and dynamic `import('x')`; `import type` and `export type` are
 * erased by the compiler and not counted.
 */
function runtimeImportsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const patterns = [
    /^\s*(?:import|export)\s+(?!type\s)[^'";]*?from\s+['"]([^'"]+)['"]/gm,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
}

/** Every source file the module `entry` loads, directly or not, and every package it names. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of runtimeImportsOf(file)) {
      if (spec.startsWith('.')) visit(join(dirname(file), spec).replace(/\.js$/, '.ts'));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the package root (agile-neurons)', () => {
  const { files, packages } = importGraph(join(srcDir, 'index.ts'));

  it('reaches the core areas', () => {
    const areas = new Set([...files].map(areaOf));
    for (const area of ['activation', 'matrix', 'core', 'training', 'errors.ts']) expect(areas).toContain(area);
  });

  it('reaches no plot, io or cli file and nothing that writes files', () => {
    const nodeOnly = [...files].map((f) => relative(srcDir, f)).filter((f) => /^(plot|io|cli)\//.test(f) || f === join('util', 'atomic-write.ts'));
    expect(nodeOnly).toEqual([]);
  });

  it('imports no Node built-in and no package: not even tsyringe, which is agile-neurons/container', () => {
    const builtIns = [...packages].filter((p) => p.startsWith('node:') || builtinModules.includes(p.split('/')[0]!));
    expect(builtIns).toEqual([]);
    expect([...packages]).toEqual([]);
    expect([...files].map((f) => relative(srcDir, f))).not.toContain('di.ts');
  });
});

describe('registries are reached through their area index', () => {
  // The built-in activations, losses, trainers and optimizers register themselves
  // when their modules load; the area's index loads them all. A file that imported
  // a registry module alone could look up 'sigmoid' before anything registered it.
  const registries: Record<string, string> = {
    'activation/registry.ts': 'activation',
    'training/losses/registry.ts': 'training',
    'training/optimizers/registry.ts': 'training',
    'training/trainers.ts': 'training',
  };
  for (const file of sourceFiles(srcDir)) {
    const area = areaOf(file);
    it(`${relative(srcDir, file)} reaches no registry module from outside its area`, () => {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = relative(srcDir, join(file, '..', spec).replace(/\.js$/, '.ts')).split(sep).join('/');
        const owner = registries[target];
        if (owner !== undefined) expect(area, `${relative(srcDir, file)} imports ${spec}; import the area's index instead`).toBe(owner);
      }
    });
  }
});
