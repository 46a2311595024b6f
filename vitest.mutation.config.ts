import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// `npm run mutation` (Stryker) runs the library's own tests against each
// mutant. Left out here, besides what `npm test` leaves out: the tests that
// render PNGs (figures, plot) or run the built CLI in a child process (the CLI's
// end-to-end files, the killed save), and the benchmark smoke test. A mutant in
// src/ never reaches a child process (it runs the unmutated build), and the
// PNG tests check pictures, not the library's numbers; leaving a test out can
// only let a mutant survive, never hide one, so the score is if anything low.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        ...configDefaults.exclude,
        'test/package/**',
        'test/lab/browser/**',
        'test/figures/**',
        'test/plot/**',
        'test/bench/**',
        'test/cli/*.e2e.test.ts',
        'test/reliability/kill-save.test.ts',
      ],
    },
  }),
);
