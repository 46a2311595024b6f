import { defineConfig } from 'vitest/config';

// `npm run test:package` (CI runs it after `npm test`): packs the package, installs
// it into a temporary project and uses it there, in Node and in headless Chromium.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    testTimeout: 120_000,
    // Packing builds the package and installing fetches its dependencies.
    hookTimeout: 600_000,
  },
});
