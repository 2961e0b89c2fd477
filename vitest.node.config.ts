import { defineConfig } from 'vitest/config';

// Node-only tests (the consent-records receiver, its CLI and its databases: PGlite and throw-away
// PostgreSQL clusters). Their own stage in `npm test`, one file at a time, so database start-ups never
// compete with the fast happy-dom unit tests for the 2 cores.
export default defineConfig({
  test: {
    include: ['test/node/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
