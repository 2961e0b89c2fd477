import { defineConfig } from 'vitest/config';

// End-to-end tests: vitest in node drives Chromium (playwright-core) against pages served over HTTP by
// test/e2e/harness. One file at a time: the machine has 2 cores and each file runs its own Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    teardownTimeout: 10_000,
    // expect.poll waits on a condition; its default of 1 s is what made tests fail on a busy machine
    // (a lazy UI chunk, an iframe navigating back to about:blank). Generous room, no fixed delay.
    expect: { poll: { timeout: 15_000 } },
  },
});
