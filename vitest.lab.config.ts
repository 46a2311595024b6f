import { defineConfig } from 'vitest/config';

// `npm run test:lab` (CI runs it): the learning lab, built into lab/dist, in
// Debian's Chromium. Writes the lab's screenshots to figures/.
export default defineConfig({
  test: {
    include: ['test/lab/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One browser at a time: the speed test must not share the 2 cores with another page.
    fileParallelism: false,
  },
});
