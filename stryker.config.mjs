// @ts-check
/**
 * Mutation testing (`npm run mutation`): Stryker changes the library's code in
 * small ways, one change (mutant) at a time, and runs the tests that reach it;
 * a mutant no test notices "survives". See docs/mutation.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/activation/**/*.ts',
    'src/core/**/*.ts',
    'src/matrix/**/*.ts',
    'src/training/**/*.ts',
    'src/util/**/*.ts',
  ],
  coverageAnalysis: 'perTest',
  // The machine has 2 cores, shared.
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  ignorePatterns: ['/dist', '/figures', '/lab/dist', '/docs/api', '/bench/peers/node_modules', '/reports', '*.cpuprofile'],
  tempDirName: '.stryker-tmp',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { logTests: false, reportTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 95, low: 90, break: null },
  timeoutMS: 10000,
};
