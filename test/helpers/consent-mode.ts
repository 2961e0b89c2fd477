/**
 * Google Consent Mode v2 values before any decision (every type denied, `security_storage` granted as strictly
 * necessary), written out here as the tests' expectation rather than taken from src/.
 */
export const DENIED_DEFAULT = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};
