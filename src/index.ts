// The public API of agile-neurons: named re-exports only.
export * from './errors.js';
export * from './activation/index.js';
export * from './core/index.js';
export * from './training/index.js';
export * from './interop/index.js';
export * from './plot/index.js';
export * from './io/index.js';
export { writeFileAtomic } from './util/atomic-write.js';
export { createContainer, registerTrainer, resolveTrainer } from './container.js';
export { inject, injectable, type DependencyContainer } from './di.js';
