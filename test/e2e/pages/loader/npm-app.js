// An app using the npm build: the same API object as window.Keks.
import { Keks, init, acceptAll, getConsent } from 'keks';

init({ googleConsentMode: true });
window.__npm = { same: window.Keks === Keks && Keks.acceptAll === acceptAll, decided: getConsent().decided };
