import { defineConfig } from 'vitest/config';

// Fast logic tests in happy-dom. Anything a browser decides (layout, focus, network,
// real cookie rules) is proven again in Chromium by test/browser or test/e2e.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'happy-dom',
    // Shared CI machines are slow at times: property tests and child processes get room, never a tight limit.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
