/**
 * Plugins: ES modules loaded before a command runs, so the CLI can use
 * activations, losses and trainers a user registered (and load models that
 * use them). A plugin either registers at import time, or exports
 *
 *     export function register({ container, lib }) {
 *       class SoftplusAF extends lib.ActivationFunction { … }
 *       lib.registerActivation('softplus', () => new SoftplusAF());
 *       lib.registerTrainer('halfRateSgd', () => new HalfRateSgd());
 *     }
 *
 * where `lib` is the API of the package root, `agile-neurons`, and of its
 * container entry, `agile-neurons/container` (the same module instances the CLI
 * uses), and `container` the CLI's container.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DependencyContainer } from '../di.js';

/** What a plugin's `register` receives. */
export interface PluginContext {
  container: DependencyContainer;
  lib: typeof import('../index.js') & typeof import('../container.js');
}

/** Imports each plugin (a path relative to the working directory) and calls its `register`, in order. */
export async function loadPlugins(paths: readonly string[], container: DependencyContainer): Promise<void> {
  if (paths.length === 0) return;
  const lib = { ...(await import('../index.js')), ...(await import('../container.js')) };
  for (const path of paths) {
    try {
      const plugin = (await import(pathToFileURL(resolve(path)).href)) as { register?: unknown };
      if (typeof plugin.register === 'function') await plugin.register({ container, lib } satisfies PluginContext);
    } catch (e) {
      throw new Error(`cannot load plugin ${path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  }
}
