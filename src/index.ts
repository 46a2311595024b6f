// The public API of agile-neurons: named re-exports only.
export * from './errors.js';
export * from './activation/index.js';
export * from './core/index.js';
