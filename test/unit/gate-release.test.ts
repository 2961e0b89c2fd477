import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mustWait, releaseElement, unsafeScript } from '../../src/gate/release';
import { releaseQueue } from '../../src/gate/release-queue';

beforeAll(() => {
  // happy-dom never fetches here; a released external script just reports success.
  (
    window as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }
  ).happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;
});

function parse(html: string): HTMLElement {
  const d = document.createElement('div');
  document.body.append(d);
  d.innerHTML = html;
  const e = d.firstElementChild;
  if (!(e instanceof HTMLElement)) throw new Error(`not an HTML element: ${html}`);
  return e;
}

describe('releaseElement', () => {
  it('replaces a text/plain script with a fresh one: attributes, data-type, URL, body, nonce, no async unless marked', () => {
    const held = parse(
      '<script type="text/plain" id="a" class="x" data-category="analytics" data-type="module" defer data-src="https://t.test/a.js">run()</script>',
    );
    const n = releaseElement(held, 'n0nce') as HTMLScriptElement;
    expect(n).not.toBe(held);
    expect(held.isConnected).toBe(false);
    expect(n.isConnected).toBe(true);
    expect(n.getAttribute('type')).toBe('module');
    expect(n.getAttribute('src')).toBe('https://t.test/a.js');
    expect(n.hasAttribute('data-src')).toBe(false);
    expect(n.hasAttribute('defer')).toBe(true);
    expect(n.async).toBe(false);
    expect(n.text).toBe('run()');
    expect(n.nonce).toBe('n0nce');
    expect([n.id, n.className, n.getAttribute('data-category'), n.getAttribute('data-keks')]).toEqual([
      'a',
      'x',
      'analytics',
      'done',
    ]);
  });

  it('keeps async, and without data-type the script is classic', () => {
    const n = releaseElement(
      parse('<script type="text/plain" async src="https://t.test/b.js"></script>'),
      undefined,
    ) as HTMLScriptElement;
    expect(n.async).toBe(true);
    expect(n.hasAttribute('type')).toBe(false);
    expect(n.getAttribute('src')).toBe('https://t.test/b.js');
  });

  it('releases other elements in place, moving every data-* URL', () => {
    const img = parse(
      '<img alt="" data-category="analytics" data-src="https://t.test/p.gif" data-srcset="https://t.test/p2.gif 2x">',
    );
    expect(releaseElement(img, 'n')).toBe(img);
    expect([
      img.getAttribute('src'),
      img.getAttribute('srcset'),
      img.hasAttribute('data-src'),
      img.getAttribute('data-keks'),
    ]).toEqual(['https://t.test/p.gif', 'https://t.test/p2.gif 2x', false, 'done']);
    const link = parse('<link rel="preload" as="script" data-href="https://t.test/l.js">') as HTMLLinkElement;
    releaseElement(link, 'n');
    expect([link.getAttribute('href'), link.nonce]).toEqual(['https://t.test/l.js', 'n']);
  });

  it('releases a script another script created in place (its listeners live on it), adding a missing nonce only', () => {
    const s = document.createElement('script');
    s.setAttribute('data-src', 'https://t.test/c.js');
    s.setAttribute('data-keks', 'held');
    const onload = vi.fn();
    s.addEventListener('load', onload);
    expect(releaseElement(s, 'n')).toBe(s);
    expect([s.getAttribute('src'), s.nonce]).toEqual(['https://t.test/c.js', 'n']);
    const own = document.createElement('script');
    own.nonce = 'page';
    releaseElement(own, 'n');
    expect(own.nonce).toBe('page');
  });

  it('asks a <video> to load a released <source>', () => {
    const video = parse('<video><source data-src="https://t.test/v.mp4"></video>') as HTMLVideoElement;
    video.load = vi.fn();
    const source = video.querySelector('source');
    if (!source) throw new Error('the <source> did not parse');
    releaseElement(source, undefined);
    expect(video.load).toHaveBeenCalledOnce();
  });
});

describe('mustWait', () => {
  const script = (attrs: Record<string, string>, connected = true): HTMLScriptElement => {
    const s = document.createElement('script');
    s.async = false;
    for (const [k, v] of Object.entries(attrs)) s.setAttribute(k, v);
    if (connected) document.head.append(s);
    return s;
  };
  it('waits only for a connected, external, non-async script of a type that runs', () => {
    // Appended with a src, happy-dom would fetch it: these check the element only, detached first.
    expect(mustWait(Object.assign(script({}, false), {}))).toBe(false); // detached
    const s = document.createElement('script');
    Object.defineProperty(s, 'isConnected', { value: true });
    Object.defineProperty(s, 'src', { value: 'https://t.test/a.js' });
    expect(mustWait(s)).toBe(true);
    s.async = true;
    expect(mustWait(s)).toBe(false);
    s.async = false;
    s.type = 'module';
    expect(mustWait(s)).toBe(true);
    s.type = 'text/x-template';
    expect(mustWait(s)).toBe(false);
    s.type = '';
    s.noModule = true;
    expect(mustWait(s)).toBe(false);
    expect(mustWait(document.createElement('img'))).toBe(false);
    expect(mustWait(script({}))).toBe(false); // inline
  });
});

describe('releaseQueue', () => {
  it('runs items in order and waits for load or error of an element that must be waited for', () => {
    const waitFor = (): HTMLScriptElement => {
      const s = document.createElement('script');
      Object.defineProperty(s, 'isConnected', { value: true });
      Object.defineProperty(s, 'src', { value: 'https://t.test/a.js' });
      s.async = false;
      return s;
    };
    const a = waitFor();
    const c = waitFor();
    const ran: string[] = [];
    const push = releaseQueue((name: string, listen) => {
      ran.push(name);
      const n = name == 'a' ? a : name == 'c' ? c : undefined;
      if (n) listen(n);
      return n;
    });
    push('a');
    push('b');
    push('c');
    push('d');
    expect(ran).toEqual(['a']);
    a.dispatchEvent(new Event('load'));
    expect(ran).toEqual(['a', 'b', 'c']);
    c.dispatchEvent(new Event('error'));
    expect(ran).toEqual(['a', 'b', 'c', 'd']);
    // A late duplicate event changes nothing.
    a.dispatchEvent(new Event('load'));
    expect(ran).toHaveLength(4);
  });

  it('does not wait when the element reported its load while it was being released (listen comes first)', () => {
    const s = document.createElement('script');
    Object.defineProperty(s, 'isConnected', { value: true });
    Object.defineProperty(s, 'src', { value: 'https://t.test/a.js' });
    s.async = false;
    const ran: number[] = [];
    const push = releaseQueue((n: number, listen) => {
      ran.push(n);
      if (n == 1) {
        listen(s);
        s.dispatchEvent(new Event('load'));
        return s;
      }
    });
    push(1);
    push(2);
    expect(ran).toEqual([1, 2]);
  });

  it('keeps order when releasing one item pushes another (an inline script calling the API)', () => {
    const ran: number[] = [];
    const push: (n: number) => void = releaseQueue((n: number) => {
      ran.push(n);
      if (n == 1) push(3);
    });
    push(1);
    push(2);
    expect(ran).toEqual([1, 3, 2]);
  });
});

describe('unsafeScript (no script gadget)', () => {
  const make = (html: string): HTMLElement => {
    document.body.innerHTML = html;
    return document.body.firstElementChild as HTMLElement;
  };
  it('under a nonce, refuses markup scripts without that nonce and accepts those with it', () => {
    expect(unsafeScript(make('<script type="text/plain" data-category="necessary">x()</script>'), 'n', false)).toMatch(
      /does not carry the page's CSP nonce/,
    );
    expect(
      unsafeScript(make('<script nonce="other" type="text/plain" data-category="a"></script>'), 'n', false),
    ).toMatch(/nonce/);
    expect(
      unsafeScript(make('<script nonce="n" type="text/plain" data-category="a"></script>'), 'n', false),
    ).toBeUndefined();
    // Created by a page script: trusted like 'strict-dynamic' would.
    expect(unsafeScript(make('<script data-src="https://t.test/a.js"></script>'), 'n', true)).toBeUndefined();
    // No nonce in effect: no CSP nonce to protect.
    expect(
      unsafeScript(make('<script type="text/plain" data-category="a"></script>'), undefined, false),
    ).toBeUndefined();
  });
  it('refuses data: and blob: sources, in src or data-src, with or without the nonce', () => {
    for (const u of ['data:text/javascript,alert(1)', ' DATA:,x', 'blob:https://a.test/1234'])
      for (const a of ['src', 'data-src'])
        expect(
          unsafeScript(make(`<script nonce="n" type="text/plain" data-category="a" ${a}="${u}"></script>`), 'n', true),
        ).toMatch(/has a (data|blob): source/);
  });
  it('ignores other elements', () => {
    expect(unsafeScript(make('<img data-category="a" data-src="data:image/gif,x">'), 'n', false)).toBeUndefined();
  });
});
