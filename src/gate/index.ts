/**
 * The gate: holds trackers back until their category or service is granted,
 * releases each exactly once, and cleans up on withdrawal (ePrivacy Art. 5(3), GDPR Art. 7(3)).
 * The loader calls `startGate` once from `init`, synchronously, in `<head>`.
 *
 * Contract (owned by the gating work; the store only calls these):
 * - `startGate(host)` once; then `apply()` after every consent update (after the Consent Mode
 *   update, Google Consent Mode first) and `revoke(categories, services)` when consent is withdrawn or denied on a
 *   first decision.
 * - Placeholders: a held `<iframe>`, `<video>` or `<embed>` of a known service gets a
 *   `<keks-placeholder service="id">` inserted right before it, and is hidden (`hidden`) while
 *   held; the gate calls `host.loadUi()` so the element gets defined. When the service is
 *   granted the placeholder is removed and the element released and shown.
 * - "Load once": the placeholder dispatches a bubbling `keks:load-once` Event on the held
 *   element (`event.target` is the held element). The gate releases that element alone and
 *   records no consent. "Always allow" is a normal consent update for that one service.
 * - Elements carry `data-keks`: `held` (blocked automatically: its URL moved to `data-src`,
 *   `data-href` or `data-srcset`, its service in `data-service`) or `done` (released: never
 *   again, however often `apply()` or `init` runs).
 */
import type { ResolvedConfig } from '../config.js';
import { loadChunk } from '../lazy/load.js';
import { hostRules, serviceOf } from './hosts.js';
import { interceptFrames } from './frames.js';
import { interceptHtml } from './html-intercept.js';
import { interceptNetwork } from './network.js';
import { URL_OF, interceptElements } from './element-intercept.js';
import { GATED_TAGS, observeAdditions } from './observer.js';
import { conceal } from './conceal.js';
import { EMBED, placehold, unplace } from './placeholder.js';
import { LIST_ATTRS, URL_ATTRS, releaseElement, setAttr, unsafeScript } from './release.js';
import { releaseQueue } from './release-queue.js';
import { allows, misconfigured, reportMisconfig, serviceOfElement, servicesOfUrls, type Judge } from './verdict.js';

const XLINK = 'http://www.w3.org/1999/xlink';

/** What the gate needs from the store. */
export interface GateHost {
  config: ResolvedConfig;
  /** Whether a category or service id is granted now. */
  accepted(categoryOrService: string): boolean;
  /** CSP nonce to copy onto released scripts. */
  nonce?: string;
  /** Load the UI chunk (idempotent), e.g. so `<keks-placeholder>` elements the gate inserted get defined. */
  loadUi(): void;
}

export interface Gate {
  /** Release whatever the current consent now allows. Called after every consent update. */
  apply(): void;
  /**
   * Consent was withdrawn for these categories and services: refuse them from now on
   * and delete their declared cookies and storage keys. Also called on a first reject.
   */
  revoke(categories: readonly string[], services: readonly string[]): void;
}

/** Start gating: watch the page, intercept tracker URLs (only when a service declares `hosts`). */
export function startGate(host: GateHost): Gate {
  const { config } = host;
  const rules = hostRules(config);
  // Withdrawn ids stay refused until a later update grants them again (GDPR Art. 7(3)).
  const revoked = new Set<string>();
  // Seen and still held, in the order seen: document order for markup, then insertion order.
  const held = new Set<HTMLElement>();
  // Embeds released by consent: live third-party documents and media, unloaded again on withdrawal.
  const shown = new Set<HTMLElement>();
  const queued = new WeakSet<Element>();
  const deps = new WeakMap<Element, string[]>();
  // Every id's consent at the last apply(), to re-judge only the held elements whose ids changed.
  const last = new Map<string, boolean>();
  // Elements whose tracker URL a page script set (setter interception), as opposed to markup.
  const scripted = new WeakSet<Element>();
  const warned = new WeakSet<Element>();
  const judge: Judge = {
    config,
    ok: (id) => !revoked.has(id) && host.accepted(id),
    service: (url) => (url && rules.length ? serviceOf(rules, String(url)) : undefined),
    blocked(v, list) {
      // A list (srcset, ping) is split where the browser splits it: every piece that is a URL is judged.
      if (v != null && rules.length)
        for (const u of list ? String(v).split(/[\s,]+/) : [String(v)]) {
          const s = serviceOf(rules, u);
          if (s && !judge.ok(s)) return s;
        }
    },
  };

  const push = releaseQueue(([el, once]: [HTMLElement, boolean?], listen) => {
    // Consent may have been withdrawn while this waited behind a script: keep holding it (GDPR Art. 7(3)).
    if (!once && !allows(el, judge)) {
      queued.delete(el);
      held.add(el);
      return;
    }
    unplace(el);
    // From here `data-keks="done"` guards it; a URL set on it later is judged afresh.
    queued.delete(el);
    // "Load once" is this page view's exception: a later withdrawal does not take it back.
    if (!once && /^(IFRAME|VIDEO|AUDIO)$/.test(el.tagName)) shown.add(el);
    try {
      return releaseElement(el, host.nonce, listen);
    } catch (e) {
      // One element the browser refuses (e.g. a Trusted Types policy the page does not allow) must not
      // stop the others, nor the consent update that released it from being saved and announced.
      console.error('keks: could not release', el, e);
    }
  });
  const release = (el: HTMLElement, once?: boolean): void => {
    queued.add(el);
    held.delete(el);
    push([el, once]);
  };
  const loadOnce = (el: HTMLElement): void => {
    if (!queued.has(el) && el.dataset.keks != 'done') release(el, true);
  };

  /** Decide for one element marked up (or held) for the gate: release, or hold with a placeholder. */
  const consider = (el: HTMLElement): void => {
    const { keks, category } = el.dataset;
    if (
      queued.has(el) ||
      keks == 'done' ||
      !(category || el.dataset.service) ||
      // A script runs once the parser sees it unless it is text/plain: only those (and held ones) are ours.
      // `tagName`, not `instanceof`: an element made in a same-origin frame belongs to another realm.
      !(el.tagName == 'SCRIPT'
        ? (el as HTMLScriptElement).type == 'text/plain' || keks == 'held'
        : URL_ATTRS.some((a) => a in el.dataset))
    )
      return;
    const wrong = misconfigured(el, config);
    const problem = wrong || unsafeScript(el, host.nonce, scripted.has(el));
    if (problem) {
      if (warned.has(el)) return;
      if (wrong) reportMisconfig(el, wrong, config);
      else console.error(problem, el);
      warned.add(el);
    } else if (allows(el, judge)) release(el);
    else {
      held.add(el);
      // The ids its decision depends on: a consent change that touches none of them leaves it as it is.
      deps.set(el, [
        category?.replace(/^!/, '') || '',
        serviceOfElement(el, judge) || '',
        ...servicesOfUrls(el, judge),
      ]);
      const s = serviceOfElement(el, judge);
      // A held `!category` fallback is one its category is granted for: out of sight, like a released one
      // (a script shows nothing; for one this is a no-op).
      if (category?.[0] == '!') conceal(el, el.tagName != 'SCRIPT');
      else if (EMBED.test(el.tagName) && s && config.services[s]) placehold(el, s, loadOnce, host.loadUi);
    }
  };

  /**
   * The held service a `data:` document in a frame would reach, or nothing. It is another origin, so no patch
   * reaches its scripts: the frame is held as a whole when its markup holds a tracker URL (parsed as the
   * browser would, like `srcdoc`) or its text names a held host (a script there that fetches one).
   */
  const framed = (v: string): string | undefined => {
    try {
      const u = new URL(v);
      if (u.protocol != 'data:') return;
      const [, type, body] = /^data:([^,]*),(.*)$/s.exec(u.href.split('#')[0])!;
      // Percent-escapes to bytes (one character each), as the data: URL processor does.
      let b = unescape(body);
      if (/;\s*base64\s*$/i.test(type)) b = atob(b);
      const html = new TextDecoder().decode(Uint8Array.from(b, (c) => c.charCodeAt(0)));
      const d = new DOMParser().parseFromString(html, 'text/html');
      holdIn(d.documentElement, true);
      return (
        d.querySelector<HTMLElement>('[data-keks=held]')?.dataset.service ||
        rules.find(([p, id]) => !judge.ok(id) && html.toLowerCase().includes(p))?.[1]
      );
    } catch {
      // Not a URL, or not valid base64 (the browser would not load it either).
    }
  };

  /** Move a held URL to `data-*`; returns the service it belongs to, or nothing when it may load. */
  const holdAttr = (el: HTMLElement, a: string, v: string): string | undefined => {
    const s = judge.blocked(v, LIST_ATTRS.test(a)) || (el.localName == 'iframe' && a == 'src' ? framed(v) : '');
    if (s) {
      const d = el.dataset;
      d[a] = v;
      d.service = s;
      d.keks = 'held';
    }
    return s;
  };
  /** Setter path: hold it even while detached (a pixel is never inserted). */
  const hold = (el: Element, a: string, v: string): boolean => {
    if (!(el as HTMLElement).dataset || !holdAttr(el as HTMLElement, a, v)) return false;
    scripted.add(el);
    held.add(el as HTMLElement);
    if (el.parentNode) consider(el as HTMLElement);
    return true;
  };

  /**
   * Hold every tracker URL inside `root` (an inert template's content): moved to `data-*`, scripts
   * made `text/plain` when `scripts` (only written or contextual-fragment scripts ever run). Also inside
   * nested templates, so content cloned from them later is held too. Returns whether anything was held.
   */
  const holdIn = (root: DocumentFragment | Element, scripts: boolean): boolean => {
    let changed = false;
    for (const el of root.querySelectorAll<HTMLElement>(GATED_TAGS)) {
      if (el.localName == 'template') {
        changed = holdIn((el as HTMLTemplateElement).content, scripts) || changed;
        continue;
      }
      if (el.localName == 'script' && !scripts) continue;
      for (const a of URL_OF[el.localName] || []) {
        const v = el.getAttribute(a) ?? el.getAttributeNS(XLINK, 'href');
        if (v != null && holdAttr(el, a, v)) {
          changed = true;
          el.removeAttribute(a);
          el.removeAttributeNS(XLINK, 'href');
          if (el.localName == 'script') {
            const t = el.getAttribute('type');
            if (t && t != 'text/plain') el.dataset.type = t;
            setAttr(el, 'type', 'text/plain');
          }
        }
      }
    }
    return changed;
  };

  // What `visit` acts on: markup for the gate (any element naming a category or service) and, only while
  // some service declares hosts, every element that can carry a tracker URL without markup. The rest of
  // the page (most of it) is never handed to a script, which keeps a returning visit cheap.
  const selector = (rules.length ? GATED_TAGS + ',' : '') + '[data-category],[data-service]';
  let realm: ((x: unknown) => void) | undefined;
  const visit = (el: HTMLElement): void => {
    // Markup in a template in the page: held now, so whatever is cloned or imported from it later is held.
    if (el.localName == 'template') return void (rules.length && holdIn((el as HTMLTemplateElement).content, true));
    if (!el.dataset) return;
    // A parser-inserted frame (one loading a `src` fires no load event yet): patched before the next script.
    if (el.tagName == 'IFRAME') realm?.((el as HTMLIFrameElement).contentWindow);
    if (el.dataset.category || el.dataset.service) return consider(el);
    // Without markup (server HTML): a parser-inserted script (HTML `src`, SVG `href`) has not run when this
    // sees it, so it is held; an iframe is sent back to about:blank; a link's `ping` waits for consent.
    // Script and iframe requests may have gone out (README).
    if (!rules.length || !/^(SCRIPT|IFRAME|script|A)$/.test(el.tagName)) return;
    const a = el.tagName == 'A' ? 'ping' : el.tagName == 'script' ? 'href' : 'src';
    const v = el.getAttribute(a) ?? el.getAttributeNS(XLINK, 'href');
    if (v && holdAttr(el, a, v)) {
      el.removeAttribute(a);
      el.removeAttributeNS(XLINK, 'href');
      if (el.tagName == 'IFRAME') setAttr(el, 'src', 'about:blank');
      held.add(el);
      consider(el);
    }
  };

  // Everything added from now on, and markup already parsed when `init` runs late (npm builds after
  // load): that is judged once the store has read the stored decision, which `init` does right after
  // starting the gate (a `!analytics` fallback must not run for a visitor who granted analytics).
  const observe = observeAdditions(
    visit,
    (el) => {
      held.delete(el as HTMLElement);
      shown.delete(el as HTMLElement);
    },
    selector,
    // Besides embeds (before each paint), only holding by host needs anything before the parser is done
    // (observer.ts): scripts (HTML `src`, SVG `href`) before they run, frames before the next script, templates
    // before a script clones them.
    rules.length ? ['script', 'iframe', 'template'] : [],
  );
  if (rules.length) {
    // Only while some host is held: once all are granted, strings go to the browser untouched.
    const html = interceptHtml(() => rules.some(([, id]) => !judge.ok(id)), holdIn);
    // The page, and every same-origin frame (frames.ts), with the same decisions.
    realm = interceptFrames((w) => {
      interceptElements(hold, w);
      html(w);
      interceptNetwork((url) => judge.blocked(url), w);
      observe(w);
    });
    realm(window);
  }
  queueMicrotask(() => {
    for (const el of document.querySelectorAll<HTMLElement>(selector)) visit(el);
  });

  return {
    apply() {
      for (const id of revoked) if (host.accepted(id)) revoked.delete(id);
      const changed = new Set<string>();
      for (const id of [...Object.keys(config.categories), ...Object.keys(config.services)]) {
        const ok = judge.ok(id);
        if (last.get(id) !== ok) changed.add(id);
        last.set(id, ok);
      }
      for (const el of held) if (!deps.get(el)?.every((id) => !changed.has(id))) consider(el);
      // A released `!category` fallback steps aside while its category is granted (page CSS cannot show it
      // then), and returns when denied.
      for (const el of document.querySelectorAll<HTMLElement>('[data-keks=done][data-category^="!"]'))
        if (el.tagName != 'SCRIPT') conceal(el, judge.ok(el.dataset.category!.slice(1)));
    },
    revoke(categories, services) {
      for (const id of [...categories, ...services]) revoked.add(id);
      // Granted ids refused now, outside apply(): the next apply() judges their held elements again.
      for (const [id, ok] of last) if (ok && !judge.ok(id)) last.delete(id);
      // A live embed keeps talking to its provider (GDPR Art. 7(3)): unload it and hold it again, placeholder and all.
      for (const el of shown)
        if (!allows(el, judge)) {
          shown.delete(el);
          // Still in `data-src` when withdrawn before its deferred load (release.ts).
          el.dataset.src ??= el.getAttribute('src') || '';
          el.dataset.keks = 'held';
          if (el.tagName == 'IFRAME') setAttr(el, 'src', 'about:blank');
          else {
            el.removeAttribute('src');
            (el as HTMLMediaElement).load();
          }
          consider(el);
        }
      // Cleanup is a lazy chunk (cleanup.ts): only a withdrawal or a refusal needs it. An opaque origin (a
      // sandboxed document) has no cookies or storage to clean, and could not import the chunk without CORS.
      if (self.origin != 'null')
        loadChunk('cleanup').then(
          (m) => m.clearTraces(config, categories, services, host.accepted),
          () => {},
        );
    },
  };
}
