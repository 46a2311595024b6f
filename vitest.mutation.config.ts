import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// `npm run mutation` (Stryker) runs the library's own tests against each
// mutant. Left out here, besides what `npm test` leaves
// out: the tests that render PNGs (figures, plot) or run the built CLI in a
// child process (the CLI's end-to-end files, the killed save), and the
// benchmark smoke test. A mutant in src/ never reaches a child process (it
// runs the unmutated build in dist/), and the PNG tests check pictures, not
// the library's numbers. Leaving a test out can only let a mutant survive,
// never hide one, so the score is if anything low. The global setup still
// builds dist/ in Stryker's sandbox: a few reliability tests run the built CLI
// (with no mutant active, so they see the unmutated behaviour).
export default defineConfig({
  test: {
    ...base.test,
    // Stryker's vitest runner runs every file in one worker thread whatever
    // the pool; the fuzz properties try 50 cases each here, not 1000
    // (test/fuzz/properties.ts).
    env: { ...base.test?.env, AGILE_NEURONS_FUZZ_RUNS: '50' },
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
});
