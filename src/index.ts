// The package root, `agile-neurons`: activations, matrix kernels, the book's
// classes, losses and trainers, errors. Pure and browser-safe: no Node built-in,
// nothing native, no package (test/architecture.test.ts walks its imports).
// The other entries (package.json "exports"): `agile-neurons/container`
// (src/container.ts: tsyringe), `agile-neurons/plot` (src/plot/index.ts) and
// `agile-neurons/node` (src/io/index.ts: files and data sets). Named re-exports only.
export * from './errors.js';
export * from './activation/index.js';
export * from './matrix/index.js';
export * from './core/index.js';
export * from './training/index.js';
