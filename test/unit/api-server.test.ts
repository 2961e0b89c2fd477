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

it('showBanner() and showPreferences() resolve without effect on a server, before and after init', async () => {
  const { showBanner, showPreferences, init } = await import('../../src/index');
  await expect(showBanner()).resolves.toBeUndefined();
  await expect(showPreferences()).resolves.toBeUndefined();
  init({});
  await expect(showBanner()).resolves.toBeUndefined();
  await expect(showPreferences(null)).resolves.toBeUndefined();
});
