/**
 * The single lazy entry of the UI chunk. Nothing outside `src/ui/` imports Lit.
 * The loader calls `mount(api)` once with the page's one API object; the UI reads
 * and writes consent only through it (one store per page).
 */
import type { KeksApi, UiController } from '../api-types.js';
import { createController } from './controller.js';

export { KeksDecisionEvent, KeksOpenPreferencesEvent, KeksRequestCloseEvent } from './events.js';

/** Shows the UI for `api` (call once per page); returns what the loader drives. */
export function mount(api: KeksApi): UiController & { destroy(): void } {
  return createController(api);
}
