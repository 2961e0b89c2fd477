// @vitest-environment node
// Server-side rendering imports the npm entry and may call init(): nothing to do there, and no crash.
import { expect, it, vi } from 'vitest';

// The gate reads DOM prototypes when its modules load; this test is about the API's own guard.
vi.mock('../../src/gate/index', () => ({ startGate: vi.fn() }));

it('init() without a document returns the API and starts nothing', async () => {
  const { init, getConsent, getConfig, Keks } = await import('../../src/index');
  expect(typeof document).toBe('undefined');
  expect(init({ revision: 1 })).toBe(Keks);
  expect(getConfig()).toBeNull();
  expect(getConsent().decided).toBe(false);
});
