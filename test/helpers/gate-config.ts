/** The gate's unit tests' config: one analytics service and one marketing service, each with a fake host. */
import { resolveConfig } from '../../src/config';

export const gateConfig = resolveConfig({
  services: {
    ga: {
      category: 'analytics',
      provider: 'G',
      purpose: 'p',
      country: 'US',
      privacyPolicy: 'x',
      hosts: ['google-analytics.test'],
    },
    yt: {
      category: 'marketing',
      provider: 'Y',
      purpose: 'p',
      country: 'US',
      privacyPolicy: 'x',
      hosts: ['youtube.test'],
    },
  },
});
