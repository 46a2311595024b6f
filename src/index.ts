/**
 * The package root: activations, matrix kernels, the book's classes, losses and
 * trainers, typed errors. Pure and browser-safe: no Node built-in, nothing
 * native, no other package (test/architecture.test.ts walks its imports).
 *
 * The other entries: `agile-neurons/container` (tsyringe), `agile-neurons/plot`
 * (PNG charts) and `agile-neurons/node` (files and data sets).
 * @module agile-neurons
 */
// Named re-exports only.
export * from './errors.js';
export * from './activation/index.js';
export * from './matrix/index.js';
export * from './core/index.js';
export * from './training/index.js';
export * from './interop/index.js';
export type { Registry } from './util/registry.js';
