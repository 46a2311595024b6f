// @ts-check
/**
 * Mutation testing (`npm run mutation`): Stryker changes the library's code in
 * small ways, one change (mutant) at a time, and runs the tests that reach it;
 * a mutant no test notices "survives". See docs/mutation.md.
 *
 * `scripts/mutation.mjs` runs Stryker once per source folder (a "group", named in
 * AGILE_NEURONS_MUTATION_GROUP, its files given with --mutate): each group's
 * incremental file and reports go to reports/mutation/<group>/.
 */
const group = process.env.AGILE_NEURONS_MUTATION_GROUP ?? 'all';
const reports = `reports/mutation/${group}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
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
  // A static mutant is code that runs while a module or a test file loads
  // (registries, constants, networks built in a describe block or beforeAll):
  // no single test can be credited with it, so Stryker would run the whole
  // suite for each of them (about 1,000 here, three quarters of the time).
  // They are reported as "ignored" and left out of the score; docs/mutation.md
  // says how many.
  ignoreStatic: true,
  // The machine has 2 cores, shared.
  concurrency: 2,
  incremental: true,
  incrementalFile: `${reports}/incremental.json`,
  ignorePatterns: ['/dist', '/figures', '/lab/dist', '/docs/api', '/bench/peers/node_modules', '/reports', '*.cpuprofile'],
  tempDirName: '.stryker-tmp',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${reports}/mutation.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  clearTextReporter: { logTests: false, reportTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 95, low: 90, break: null },
  // A mutant that loops forever is stopped after its tests' usual time × 1.5 + 5 s.
  timeoutMS: 5000,
};
