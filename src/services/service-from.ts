/**
 * A configured service that starts from a catalogue entry: `{ from: 'google-analytics' }`, optionally with
 * any field overridden (`{ from: 'youtube', category: 'preferences' }`).
 */
import type { ServiceConfig } from '../config.js';
import type { CatalogueHosts } from './types.js';

export interface ServiceFrom extends Partial<Omit<ServiceConfig, 'from'>> {
  /**
   * The catalogue entry: its id (script tag: load `services/<id>.js` before `keks.js`), or the entry
   * imported from `keks/services` (npm: `import { googleAnalytics } from 'keks/services'`).
   */
  from: string | CatalogueHosts;
}
