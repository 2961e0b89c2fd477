/**
 * What one phase of one page did: every request (with Chromium's initiator where it gives one), and at the
 * end the cookie jar, the storage keys of the page and its frames, and the frames themselves.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Phase, PhaseRecords, RequestRecord } from './report-types.js';
import { hostOf, partyOf } from './site.js';

/** The part of CDP's `Network.Initiator` this reads. */
interface Initiator {
  type: string;
  url?: string;
  stack?: { callFrames: { url: string }[]; parent?: Initiator['stack'] };
}

/** `parser <doc>`, the script that made the request, or `preload <doc>`; undefined when Chromium says nothing. */
export function describeInitiator(initiator: Initiator | undefined): string | undefined {
  if (!initiator) return undefined;
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    const frame = stack.callFrames.find((f) => f.url);
    if (frame) return frame.url;
  }
  if (initiator.url) return initiator.type == 'script' ? initiator.url : `${initiator.type} ${initiator.url}`;
  return undefined;
}

export class Recorder {
  readonly requests: RequestRecord[] = [];
  /** Request URL → initiator, filled from the DevTools protocol (it sees the page's own target). */
  private readonly initiators = new Map<string, string>();

  constructor(
    readonly phase: Phase,
    readonly pageUrl: string,
  ) {}

  private get pageHost(): string {
    return hostOf(this.pageUrl);
  }

  /** Requests started and not yet finished or failed, and when the network last did anything. */
  private readonly inFlight = new Set<unknown>();
  private lastActivity = Date.now();

  /**
   * Resolves once no request has been in flight for `quietMs` (counted from now, so a scroll that starts
   * loading something within that window is waited for); false when `timeoutMs` passes first.
   */
  async quiet(quietMs: number, timeoutMs: number): Promise<boolean> {
    const start = Date.now();
    this.lastActivity = Math.max(this.lastActivity, start);
    for (;;) {
      const now = Date.now();
      if (!this.inFlight.size && now - this.lastActivity >= quietMs) return true;
      if (now - start >= timeoutMs) return false;
      await new Promise((wake) => setTimeout(wake, 50));
    }
  }

  /** Start listening on a fresh context and its page. */
  async attach(context: BrowserContext, page: Page): Promise<void> {
    const done = (request: unknown): void => {
      this.inFlight.delete(request);
      this.lastActivity = Date.now();
    };
    context.on('requestfinished', done);
    context.on('requestfailed', done);
    context.on('request', (request) => {
      this.inFlight.add(request);
      this.lastActivity = Date.now();
      const url = request.url();
      // data:, blob: and the gate's refused `keks-blocked:` calls never reach a server.
      if (!/^https?:/i.test(url)) return;
      const host = hostOf(url);
      let frameUrl: string | undefined;
      try {
        frameUrl = request.frame().url();
      } catch {
        // Service-worker requests have no frame.
      }
      this.requests.push({
        phase: this.phase,
        page: this.pageUrl,
        url,
        host,
        party: partyOf(host, this.pageHost),
        method: request.method(),
        resourceType: request.resourceType(),
        // Filled in by snapshot(): the protocol's requestWillBeSent and Playwright's `request` event come
        // over two sessions, in either order (a busy machine shows it), so the initiator may not be known yet.
        initiator: frameUrl && frameUrl != url ? frameUrl : undefined,
      });
    });
    try {
      const cdp = await context.newCDPSession(page);
      cdp.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator?: Initiator }) => {
        const described = describeInitiator(event.initiator);
        if (described && !this.initiators.has(event.request.url)) this.initiators.set(event.request.url, described);
      });
      await cdp.send('Network.enable');
    } catch {
      // Initiators are a help, not a requirement: without the protocol the frame URL stands in.
    }
  }

  /** Forget the requests so far (the first load of the reject/accept phases, before the decision). */
  reset(): void {
    this.requests.splice(0);
  }

  /** Everything the phase left behind, plus the requests recorded since the last reset. */
  async snapshot(context: BrowserContext, page: Page): Promise<PhaseRecords> {
    const { phase, pageUrl: page_, pageHost } = this;
    const base = { phase, page: page_ };
    const cookies = (await context.cookies()).map((c) => ({
      ...base,
      name: c.name,
      domain: c.domain,
      path: c.path,
      expires: c.expires > 0 ? Math.round(c.expires) : null,
      httpOnly: c.httpOnly,
      secure: c.secure,
      sameSite: c.sameSite,
      party: partyOf(c.domain, pageHost),
    }));
    const storage: PhaseRecords['storage'] = [];
    const frames: PhaseRecords['frames'] = [];
    for (const frame of page.frames()) {
      const url = frame.url();
      if (frame != page.mainFrame() && /^https?:/.test(url)) {
        const host = hostOf(url);
        frames.push({ ...base, url, host, party: partyOf(host, pageHost) });
      }
      try {
        const found = await frame.evaluate(() => {
          const keys = (s: Storage): string[] => Array.from({ length: s.length }, (_, i) => s.key(i) ?? '');
          return { origin: location.origin, local: keys(localStorage), session: keys(sessionStorage) };
        });
        const party = partyOf(hostOf(found.origin), pageHost);
        for (const key of found.local)
          storage.push({ ...base, area: 'localStorage', origin: found.origin, key, party });
        for (const key of found.session)
          storage.push({ ...base, area: 'sessionStorage', origin: found.origin, key, party });
      } catch {
        // Opaque origins (sandboxed frames, about:blank) and detached frames have no storage to read.
      }
    }
    const requests = this.requests.map((r) => ({ ...r, initiator: this.initiators.get(r.url) ?? r.initiator }));
    return { requests, cookies, storage, frames };
  }
}
