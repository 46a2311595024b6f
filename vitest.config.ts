import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The packed-package tests and the lab's browser tests have their own commands: npm run test:package, npm run test:lab.
    exclude: [...configDefaults.exclude, 'test/package/**', 'test/lab/browser/**'],
    // Figure and CLI tests render PNGs and spawn processes; give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Builds dist/ (when older than src/) for the CLI tests, which run the built CLI.
    globalSetup: ['test/cli/global-setup.ts'],
  },
});
