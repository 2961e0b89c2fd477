// startGate against a fake host (happy-dom): which element is released when, exactly once, `!category`,
// errors for undescribed services, automatic blocking by host, placeholders and "load once", revoke. Chromium
// proves the same end to end in test/e2e/gating/.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { gateConfig as config } from '../helpers/gate-config';
import type { Gate } from '../../src/gate/index';

const clearTraces = vi.fn();
vi.mock('../../src/gate/cleanup', () => ({ clearTraces: (...a: unknown[]) => clearTraces(...a) }));

const granted = new Set<string>();
const loadUi = vi.fn();
const nativeFetch = vi.fn(async () => new Response('ok'));
const nativeBeacon = vi.fn(() => true);
const nativeOpen = vi.fn();
let gate: Gate;

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
const grant = (...ids: string[]): void => {
  granted.clear();
  for (const id of ids) granted.add(id);
  gate.apply();
};

beforeAll(async () => {
  (
    window as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }
  ).happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;
  // The gate keeps what it finds: install the fakes as the "browser's own" functions first.
  window.fetch = nativeFetch as unknown as typeof fetch;
  Navigator.prototype.sendBeacon = nativeBeacon;
  XMLHttpRequest.prototype.open = nativeOpen;
  const { startGate } = await import('../../src/gate/index');
  gate = startGate({ config, accepted: (id) => granted.has(id), nonce: 'n0nce', loadUi });
});
beforeEach(() => {
  granted.clear();
  gate.apply();
  document.body.innerHTML = '';
  vi.clearAllMocks();
});
afterEach(() => vi.restoreAllMocks());

const add = async (html: string): Promise<Element> => {
  document.body.insertAdjacentHTML('beforeend', html);
  await tick(); // the MutationObserver
  return document.body.lastElementChild!;
};

describe('markup', () => {
  it('releases a text/plain script only when its category is granted, once however often apply runs', async () => {
    const held = await add(
      '<script nonce="n0nce" type="text/plain" data-category="analytics" data-src="https://cdn.test/a.js"></script>',
    );
    grant('marketing');
    expect(held.isConnected).toBe(true);
    grant('analytics');
    expect(held.isConnected).toBe(false);
    const released = document.querySelectorAll('script[data-category]');
    expect(released).toHaveLength(1);
    expect([released[0].getAttribute('src'), (released[0] as HTMLScriptElement).nonce]).toEqual([
      'https://cdn.test/a.js',
      'n0nce',
    ]);
    const insert = vi.spyOn(Node.prototype, 'insertBefore');
    grant('analytics');
    gate.apply();
    expect(insert).not.toHaveBeenCalled();
    expect(document.querySelectorAll('script[data-category]')).toHaveLength(1);
  });

  it('releases at once what is inserted while its category is granted', async () => {
    grant('analytics');
    const img = await add('<img alt="" data-category="analytics" data-src="https://cdn.test/p.gif">');
    expect([img.getAttribute('src'), img.getAttribute('data-keks')]).toEqual(['https://cdn.test/p.gif', 'done']);
  });

  it('leaves ordinary scripts and elements that only look similar alone', async () => {
    const s = await add('<script data-category="analytics">void 0</script>');
    const img = await add('<img alt="" data-category="products" src="/p.gif">');
    grant('analytics');
    expect([s.isConnected, s.hasAttribute('data-keks'), img.hasAttribute('data-keks')]).toEqual([true, false, false]);
  });

  it('"!analytics" is released while analytics is denied, and never again', async () => {
    const fallback = await add('<script nonce="n0nce" type="text/plain" data-category="!analytics">void 0</script>');
    // Released before any decision (analytics is denied): replaced by a runnable copy.
    expect(fallback.getAttribute('type')).toBeNull();
    expect(fallback.getAttribute('data-keks')).toBe('done');
    const img = await add('<img alt="" data-category="!analytics" data-src="/map.png">');
    expect(img.getAttribute('src')).toBe('/map.png');
    grant('analytics');
    expect((img as HTMLImageElement).hidden).toBe(true);
    grant();
    expect((img as HTMLImageElement).hidden).toBe(false);
    expect(document.querySelectorAll('script')).toHaveLength(1);
  });

  it('holds "!analytics" while analytics is granted and releases it when denied', async () => {
    grant('analytics');
    const held = await add('<script nonce="n0nce" type="text/plain" data-category="!analytics">void 0</script>');
    expect(held.isConnected).toBe(true);
    grant();
    expect(held.isConnected).toBe(false);
  });

  it('an undescribed service is a config error naming element and service, reported once; it stays blocked', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await add('<iframe data-service="maps" data-src="https://maps.test/embed"></iframe>');
    grant('analytics', 'marketing', 'maps');
    gate.apply();
    // Reported once the validator chunk (with the did-you-mean lookup) has loaded.
    await vi.waitFor(() => expect(error).toHaveBeenCalled(), { timeout: 10_000 });
    await vi.dynamicImportSettled();
    expect(error).toHaveBeenCalledOnce();
    expect(error.mock.calls[0][0]).toMatch(/<iframe> has data-service="maps", but config.services has no "maps"/);
    expect(error.mock.calls[0][1]).toBe(el);
    expect(el.getAttribute('src')).toBeNull();
  });

  it('a typo in markup is reported with the configured id it most likely means', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await add('<script type="text/plain" data-category="analytcs">void 0</script>');
    await vi.waitFor(() => expect(error).toHaveBeenCalled(), { timeout: 10_000 });
    expect(error.mock.calls[0][0]).toMatch(
      /has data-category="analytcs", .* Did you mean data-category="analytics"\?$/,
    );
    expect(error.mock.calls[0][1]).toBe(el);
    expect(el.isConnected).toBe(true);
    expect((el as HTMLScriptElement).type).toBe('text/plain');
  });

  it('watches shadow roots attached after start', async () => {
    const host = await add('<div></div>');
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<img alt="" data-category="analytics" data-src="https://cdn.test/s.gif">';
    await tick();
    grant('analytics');
    expect(root.querySelector('img')!.getAttribute('src')).toBe('https://cdn.test/s.gif');
  });
});

describe('automatic blocking by host', () => {
  it('holds a tracker URL set through the src setter, even on an image that is never inserted, and releases it on grant', () => {
    const pixel = new Image();
    pixel.src = 'https://www.google-analytics.test/collect?v=1';
    expect(pixel.getAttribute('src')).toBeNull();
    expect([
      pixel.getAttribute('data-src'),
      pixel.getAttribute('data-service'),
      pixel.getAttribute('data-keks'),
    ]).toEqual(['https://www.google-analytics.test/collect?v=1', 'ga', 'held']);
    grant('marketing');
    expect(pixel.getAttribute('src')).toBeNull();
    grant('ga');
    expect(pixel.getAttribute('src')).toBe('https://www.google-analytics.test/collect?v=1');
  });

  it('holds setAttribute("src") on scripts, lets every other URL and attribute through, and reads back what was set', async () => {
    const s = document.createElement('script');
    s.setAttribute('SRC', 'https://www.googletagmanager.test/gtm.js');
    // Not a configured host here: set as usual.
    expect([s.getAttribute('src'), s.hasAttribute('data-src')]).toEqual([
      'https://www.googletagmanager.test/gtm.js',
      false,
    ]);
    const t = document.createElement('script');
    t.setAttribute('src', 'https://sub.google-analytics.test/ga.js');
    expect(t.getAttribute('data-src')).toBe('https://sub.google-analytics.test/ga.js');
    const fp = document.createElement('script');
    fp.src = '/app.js';
    expect([fp.src, fp.getAttribute('src')]).toEqual([new URL('/app.js', document.baseURI).href, '/app.js']);
    fp.setAttribute('id', 'x');
    expect(fp.id).toBe('x');
    const link = document.createElement('link');
    link.href = 'https://www.youtube.test/';
    expect(link.getAttribute('data-href')).toBe('https://www.youtube.test/');
  });

  it('judges a URL set later on a released element afresh (a reused pixel after withdrawal stays held)', () => {
    const pixel = new Image();
    pixel.src = 'https://www.google-analytics.test/collect?v=1';
    grant('analytics', 'ga');
    expect(pixel.getAttribute('src')).toBe('https://www.google-analytics.test/collect?v=1');
    grant();
    pixel.src = 'https://www.google-analytics.test/collect?v=2';
    expect([pixel.getAttribute('src'), pixel.dataset.src]).toEqual([
      'https://www.google-analytics.test/collect?v=1',
      'https://www.google-analytics.test/collect?v=2',
    ]);
    grant('analytics', 'ga');
    expect(pixel.getAttribute('src')).toBe('https://www.google-analytics.test/collect?v=2');
  });

  it('releases a held pixel once, and a later grant again does not resend it', () => {
    const pixel = new Image();
    pixel.src = 'https://www.google-analytics.test/collect?v=3';
    grant('analytics', 'ga');
    const set = vi.spyOn(Element.prototype, 'setAttribute');
    grant('analytics', 'ga');
    grant('marketing', 'analytics', 'ga');
    expect(set).not.toHaveBeenCalled();
    expect(pixel.dataset.keks).toBe('done');
  });

  it('puts a held embed behind a placeholder; "load once" releases that element alone without consent', async () => {
    const f = document.createElement('iframe');
    f.title = 'Video';
    f.src = 'https://www.youtube.test/embed/x';
    document.body.append(f);
    await tick();
    const ph = f.previousElementSibling!;
    expect([ph.localName, ph.getAttribute('service'), f.hidden]).toEqual(['keks-placeholder', 'yt', true]);
    expect(loadUi).toHaveBeenCalled();
    f.dispatchEvent(new Event('keks:load-once', { bubbles: true }));
    expect([f.getAttribute('src'), f.hidden, ph.isConnected, granted.size]).toEqual([
      'https://www.youtube.test/embed/x',
      false,
      false,
      0,
    ]);
  });

  it('removes the placeholder when the service is granted', async () => {
    const f = await add(
      '<iframe title="v" data-category="marketing" data-src="https://www.youtube.test/embed/y"></iframe>',
    );
    expect(f.previousElementSibling?.localName).toBe('keks-placeholder');
    grant('yt');
    expect(document.querySelector('keks-placeholder')).toBeNull();
    expect(f.getAttribute('src')).toBe('https://www.youtube.test/embed/y');
  });

  it('rewrites tracker URLs in HTML strings and passes every other string through untouched', () => {
    const d = document.createElement('div');
    d.innerHTML = '<p>hi <img alt="" src="https://www.google-analytics.test/i.gif"></p>';
    const img = d.querySelector('img')!;
    expect([img.getAttribute('src'), img.getAttribute('data-src'), img.getAttribute('data-service')]).toEqual([
      null,
      'https://www.google-analytics.test/i.gif',
      'ga',
    ]);
    const html = '<p title="a &amp; b">x</p>';
    d.innerHTML = html;
    expect(d.innerHTML).toBe(html);
    d.insertAdjacentHTML('beforeend', '<iframe src="https://www.youtube.test/e"></iframe>');
    expect(d.querySelector('iframe')!.getAttribute('data-src')).toBe('https://www.youtube.test/e');
  });

  it('once every service with hosts is granted, HTML strings reach the browser untouched, never re-parsed', () => {
    const parse = vi.spyOn(HTMLTemplateElement.prototype, 'content', 'get');
    grant('analytics', 'ga', 'marketing', 'yt');
    const d = document.createElement('div');
    d.innerHTML = '<img alt="" src="https://www.google-analytics.test/i.gif">';
    expect(d.querySelector('img')!.getAttribute('src')).toBe('https://www.google-analytics.test/i.gif');
    expect(parse).not.toHaveBeenCalled();
  });

  it('refuses fetch, XHR and sendBeacon to held hosts and passes everything else to the browser', async () => {
    await expect(fetch('https://www.google-analytics.test/g/collect')).rejects.toBeInstanceOf(TypeError);
    await expect(fetch(new Request('https://www.google-analytics.test/g/collect'))).rejects.toThrow(/"ga"/);
    expect(nativeFetch).not.toHaveBeenCalled();
    await fetch('/api');
    expect(nativeFetch).toHaveBeenCalledOnce();
    expect(navigator.sendBeacon('https://www.google-analytics.test/b', 'x')).toBe(false);
    expect(navigator.sendBeacon('/b', 'x')).toBe(true);
    expect(nativeBeacon).toHaveBeenCalledOnce();
    const x = new XMLHttpRequest();
    x.open('POST', 'https://www.google-analytics.test/x');
    x.open('POST', '/x');
    expect(nativeOpen.mock.calls.map((c) => c[1])).toEqual(['keks-blocked:https://www.google-analytics.test/x', '/x']);
    grant('analytics', 'ga');
    await fetch('https://www.google-analytics.test/g/collect');
    expect(nativeFetch).toHaveBeenCalledTimes(2);
  });
});

describe('revoke', () => {
  it('unloads an embed released by consent and holds it again behind its placeholder; "load once" stays', async () => {
    const f = (await add(
      '<iframe title="v" data-category="marketing" data-src="https://www.youtube.test/embed/z"></iframe>',
    )) as HTMLIFrameElement;
    const once = (await add(
      '<iframe title="w" data-service="yt" data-src="https://www.youtube.test/embed/once"></iframe>',
    )) as HTMLIFrameElement;
    once.dispatchEvent(new Event('keks:load-once', { bubbles: true }));
    grant('marketing', 'yt');
    expect(f.getAttribute('src')).toBe('https://www.youtube.test/embed/z');
    granted.clear();
    gate.revoke(['marketing'], ['yt']);
    expect([f.getAttribute('src'), f.dataset.src, f.hidden, f.previousElementSibling?.localName]).toEqual([
      'about:blank',
      'https://www.youtube.test/embed/z',
      true,
      'keks-placeholder',
    ]);
    expect(once.getAttribute('src')).toBe('https://www.youtube.test/embed/once');
    grant('marketing', 'yt');
    expect([f.getAttribute('src'), f.hidden]).toEqual(['https://www.youtube.test/embed/z', false]);
  });

  it('refuses the withdrawn ids at once, even before the store reports them denied, and cleans up', async () => {
    grant('analytics', 'ga');
    gate.revoke(['analytics'], ['ga']);
    // Cleanup is a lazy chunk: it runs once that has loaded.
    await vi.waitFor(() =>
      expect(clearTraces).toHaveBeenCalledWith(config, ['analytics'], ['ga'], expect.any(Function)),
    );
    await expect(fetch('https://www.google-analytics.test/g')).rejects.toBeInstanceOf(TypeError);
    const late = await add('<img alt="" data-category="analytics" data-src="https://cdn.test/late.gif">');
    expect(late.getAttribute('src')).toBeNull();
    grant(); // the store: now denied
    grant('analytics', 'ga'); // granted again later in this page view
    expect(late.getAttribute('src')).toBe('https://cdn.test/late.gif');
  });
});
