import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Figure and CLI tests render PNGs and spawn processes; give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
