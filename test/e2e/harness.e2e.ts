// Proves the end-to-end harness itself: fake third parties under their own host names, request log,
// cookies, CSP headers, console error capture and axe. If these fail, every other e2e result is suspect.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import {
  STRICT_CSP,
  contextCookies,
  cookieNamed,
  documentCookies,
  formatViolations,
  launchBrowser,
  newPage,
  repoRoot,
  runAxe,
  startServer,
  trackerRuns,
  e2eSuite,
} from './harness/index';

const FIXTURE = '/test/e2e/harness/fixtures/third-party.html';

/** Node's fetch drops a custom Host header, so talk HTTP directly to send one for a fake host. */
function send(host: string, path: string, method = 'GET', body = '', headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((ok, fail) => {
    const req = request(
      { host: '127.0.0.1', port: e2e.server.port, path, method, headers: { ...headers, host } },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

const e2e = e2eSuite({ reset: { routes: true, headers: true, csp: true } });

describe('test server', () => {
  it('serves the repository root with JavaScript MIME types and 404s for missing files', async () => {
    const js = await fetch(`${e2e.server.origin}/node_modules/axe-core/axe.min.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    const missing = await fetch(`${e2e.server.origin}/no/such/file.js`);
    expect(missing.status).toBe(404);
    const escape = await fetch(`${e2e.server.origin}/..%2f..%2fetc/passwd`);
    expect(escape.status).not.toBe(200);
    expect(e2e.server.requestsTo('127.0.0.1').map((r) => r.path)).toContain('/node_modules/axe-core/axe.min.js');
  });

  it('answers other hosts as a fake third party: script, pixel, beacon with CORS', async () => {
    const script = await send('cdn.tracker.test', '/ga.js?cookie=_ga', 'GET', '', { accept: '*/*' });
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.body).toContain('"_ga"');
    expect(script.body).toContain('__tracker_runs');
    const pixel = await send('pixel.tracker.test', '/tr', 'GET', '', { accept: 'image/webp,*/*' });
    expect(pixel.headers['content-type']).toBe('image/gif');
    expect(pixel.headers['set-cookie']).toEqual(['_trk_pixel=1; Path=/; Max-Age=31536000']);
    const beacon = await send('www.google-analytics.test', '/collect', 'POST', 'v=1', { origin: 'http://127.0.0.1:1' });
    expect(beacon.status).toBe(204);
    expect(beacon.headers['access-control-allow-origin']).toBe('http://127.0.0.1:1');
    const logged = e2e.server.requestsTo('www.google-analytics.test');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ method: 'POST', path: '/collect', body: 'v=1', thirdParty: true, type: 'fetch' });
  });
});

describe('browser', () => {
  it('runs a fake third-party script under its own host name and sees its cookie and requests', async () => {
    e2e.tp = await newPage(e2e.browser);
    await e2e.tp.page.goto(e2e.server.url(FIXTURE));
    await e2e.tp.page.waitForLoadState('load');

    expect(await trackerRuns(e2e.tp.page)).toEqual([{ host: 'cdn.tracker.test', path: '/ga.js' }]);
    expect((await documentCookies(e2e.tp.page))._ga).toMatch(/^GA1\.1\.\d+$/);
    expect(
      await e2e.tp.page.evaluate(() => (window as unknown as { __first_party_ran?: boolean }).__first_party_ran),
    ).toBe(true);

    const script = e2e.server.requestsTo('cdn.tracker.test');
    expect(script).toHaveLength(1);
    expect(script[0]).toMatchObject({
      method: 'GET',
      path: '/ga.js',
      search: '?cookie=_ga',
      type: 'script',
      thirdParty: true,
    });
    const pixel = e2e.server.requestsTo('pixel.tracker.test');
    expect(pixel).toHaveLength(1);
    expect(pixel[0].type).toBe('image');
    // The first-party page itself was logged with its host and type.
    expect(e2e.server.requests.find((r) => r.path === FIXTURE)).toMatchObject({ host: '127.0.0.1', thirdParty: false });
    expect(e2e.tp.errors).toEqual([]);
  });

  it('also reaches a third party through an explicit port URL', async () => {
    e2e.tp = await newPage(e2e.browser);
    e2e.server.route('/page.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(
        `<!doctype html><title>t</title><script src="${e2e.server.url('/fbevents.js?cookie=_fbp', 'connect.facebook.test')}"></script>`,
      );
    });
    await e2e.tp.page.goto(e2e.server.url('/page.html'));
    expect(await trackerRuns(e2e.tp.page)).toEqual([{ host: 'connect.facebook.test', path: '/fbevents.js' }]);
    expect(Object.keys(await documentCookies(e2e.tp.page))).toContain('_fbp');
    expect(await cookieNamed(e2e.tp.context, '_fbp')).toMatchObject({ domain: '127.0.0.1' });
  });

  it('applies a strict CSP header and reports the blocked inline script as a console error', async () => {
    e2e.server.setCsp(STRICT_CSP);
    e2e.server.route('/csp.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><title>csp</title><script>window.__inline_ran = true</script>');
    });
    e2e.tp = await newPage(e2e.browser);
    const response = await e2e.tp.page.goto(e2e.server.url('/csp.html'));
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    expect(
      await e2e.tp.page.evaluate(() => (window as unknown as { __inline_ran?: boolean }).__inline_ran),
    ).toBeUndefined();
    expect(e2e.tp.errors.join('\n')).toMatch(/Content Security Policy/);
  });

  it('under the strict CSP, third-party scripts are blocked and never requested', async () => {
    e2e.server.setCsp(STRICT_CSP);
    e2e.tp = await newPage(e2e.browser, { allowConsole: ['Content Security Policy'] });
    await e2e.tp.page.goto(e2e.server.url(FIXTURE));
    expect(await trackerRuns(e2e.tp.page)).toEqual([]);
    expect(e2e.server.requestsTo('cdn.tracker.test')).toEqual([]);
    // The same-origin script still ran: 'self' is allowed.
    expect(
      await e2e.tp.page.evaluate(() => (window as unknown as { __first_party_ran?: boolean }).__first_party_ran),
    ).toBe(true);
    expect(e2e.tp.errors).toEqual([]);
  });

  it('captures uncaught page errors and console errors', async () => {
    e2e.server.route('/boom.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(
        '<!doctype html><title>b</title><script>console.error("visible failure"); throw new Error("boom")</script>',
      );
    });
    e2e.tp = await newPage(e2e.browser);
    await e2e.tp.page.goto(e2e.server.url('/boom.html'));
    await expect.poll(() => e2e.tp!.errors.length).toBe(2);
    expect(e2e.tp.errors[0]).toContain('visible failure');
    expect(e2e.tp.errors[1]).toContain('pageerror: boom');
  });

  it('sends custom headers and pre-set cookies, and can disable JavaScript', async () => {
    e2e.server.setHeaders({ 'X-Harness': 'yes' });
    e2e.tp = await newPage(e2e.browser, {
      javaScriptEnabled: false,
      cookies: [{ name: 'keks_test', value: 'v1', url: e2e.server.origin }],
    });
    const response = await e2e.tp.page.goto(e2e.server.url(FIXTURE));
    expect(response?.headers()['x-harness']).toBe('yes');
    const sent = e2e.server.requests.find((r) => r.path === FIXTURE);
    expect(String(sent?.headers.cookie)).toContain('keks_test=v1');
    // Without JavaScript no script runs and the tracker script is never executed.
    expect((await contextCookies(e2e.tp.context)).map((c) => c.name)).not.toContain('_ga');
  });

  it('runs axe under the strict CSP and finds a real violation', async () => {
    e2e.server.setCsp(STRICT_CSP);
    e2e.server.route('/a11y.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><html lang="en"><title>a</title><main><img src="/x.gif"><button></button></main></html>');
    });
    e2e.tp = await newPage(e2e.browser, { allowConsole: ['404'] });
    await e2e.tp.page.goto(e2e.server.url('/a11y.html'));
    const violations = await runAxe(e2e.tp.page);
    const ids = violations.map((v) => v.id).sort();
    expect(ids, formatViolations(violations)).toEqual(['button-name', 'image-alt']);
  });

  it('binds routes to a host: a plain route answers first parties only', async () => {
    e2e.server.route('/same.js', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end('window.__first = true;');
    });
    e2e.server.route(
      '/same.js',
      (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/javascript' });
        res.end('window.__custom_third = true;');
      },
      'cdn.custom.test',
    );
    e2e.server.route('/page.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(
        '<!doctype html><title>r</title><script src="/same.js"></script>' +
          '<script src="http://cdn.tracker.test/same.js"></script><script src="http://cdn.custom.test/same.js"></script>',
      );
    });
    e2e.tp = await newPage(e2e.browser);
    await e2e.tp.page.goto(e2e.server.url('/page.html'));
    const flags = await e2e.tp.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [w.__first, w.__custom_third];
    });
    expect(flags).toEqual([true, true]);
    // The generic tracker still answered cdn.tracker.test (the plain route did not capture it).
    expect(await trackerRuns(e2e.tp.page)).toEqual([{ host: 'cdn.tracker.test', path: '/same.js' }]);
  });

  it('serves extra first-party hosts and waits for a request made later', async () => {
    const shop = await startServer({ firstPartyHosts: ['www.shop.test'] });
    const shopBrowser = await launchBrowser({ port: shop.port });
    try {
      const ctx = await newPage(shopBrowser);
      shop.route('/late.html', (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<!doctype html><title>late</title><button id="go">Load</button><script src="/late.js"></script>');
      });
      shop.route(
        '/late.js',
        (_req, res) => {
          res.writeHead(200, { 'Content-Type': 'text/javascript' });
          res.end(
            "document.cookie='first=1; domain=shop.test; path=/';document.getElementById('go').onclick=()=>{const s=document.createElement('script');s.src='http://cdn.tracker.test/late.js';document.head.append(s)}",
          );
        },
        'www.shop.test',
      );
      await ctx.page.goto('http://www.shop.test/late.html');
      expect(shop.requestsTo('www.shop.test', '/late.html')[0].thirdParty).toBe(false);
      expect(await cookieNamed(ctx.context, 'first')).toMatchObject({ domain: '.shop.test' });
      await expect(shop.waitForRequest('cdn.tracker.test', '/late.js', 300)).rejects.toThrow(/no request/);
      const waiting = shop.waitForRequest('cdn.tracker.test', '/late.js');
      await ctx.page.click('#go');
      expect((await waiting).type).toBe('script');
      await expect.poll(() => trackerRuns(ctx.page)).toEqual([{ host: 'cdn.tracker.test', path: '/late.js' }]);
      expect(ctx.errors).toEqual([]);
      await ctx.close();
    } finally {
      await shopBrowser.close();
      await shop.close();
    }
  });
});

describe('demo server (npm start)', () => {
  /** Start demo/serve.mjs on a free port and return its printed origin. */
  async function startDemo(env: Record<string, string> = {}) {
    const child = spawn(process.execPath, ['demo/serve.mjs'], {
      env: { ...process.env, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const origin = await new Promise<string>((ok, fail) => {
      let out = '';
      child.stdout.on('data', (c) => {
        out += c;
        const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
        if (m) ok(m[0]);
      });
      child.on('exit', (code) => fail(new Error(`demo server exited with ${code}: ${out}`)));
    });
    return { origin, child, stop: () => child.kill('SIGTERM') };
  }

  // The harness's strict policy, plus the host of the demo's real YouTube embed.
  const DEMO_CSP = STRICT_CSP.replace("frame-src 'self'", "frame-src 'self' https://www.youtube-nocookie.com");

  it('frame-src allows every embed host the demo pages use, so a granted embed can load', async () => {
    const demo = await startDemo();
    try {
      const frameSrc = (await fetch(demo.origin + '/demo/')).headers
        .get('content-security-policy')!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .find((d) => d[0] == 'frame-src')!;
      const pages = ['demo/index.html', 'demo/clanek.html', 'demo/en/index.html', 'demo/en/article.html'];
      const hosts = new Set<string>();
      for (const p of pages)
        for (const m of readFileSync(join(repoRoot, p), 'utf8').matchAll(/<iframe[^>]*?data-src="(https?:[^"]+)"/g))
          hosts.add(new URL(m[1]).origin);
      expect([...hosts]).toEqual(['https://www.youtube-nocookie.com']);
      for (const h of hosts) expect(frameSrc).toContain(h);
    } finally {
      demo.stop();
    }
  });

  it('redirects / to /demo/ and sends the strict CSP on every response', async () => {
    const demo = await startDemo();
    try {
      const root = await fetch(demo.origin + '/', { redirect: 'manual' });
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/demo/');
      expect(root.headers.get('content-security-policy')).toBe(DEMO_CSP);
      const js = await fetch(demo.origin + '/node_modules/axe-core/axe.min.js');
      expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(js.headers.get('content-security-policy')).toBe(DEMO_CSP);
      expect((await fetch(demo.origin + '/%2e%2e/%2e%2e/etc/passwd')).status).not.toBe(200);
    } finally {
      demo.stop();
    }
  });

  it('serves without the CSP header when KEKS_CSP=off', async () => {
    const demo = await startDemo({ KEKS_CSP: 'off' });
    try {
      const res = await fetch(demo.origin + '/package.json');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toBeNull();
    } finally {
      demo.stop();
    }
  });

  it('stops on SIGTERM (Ctrl+C) even while a client holds a request half sent', async () => {
    const demo = await startDemo();
    const exited = new Promise<number>((r) => demo.child.once('exit', () => r(Date.now())));
    const { port, hostname } = new URL(demo.origin);
    // A request whose headers never end: the server counts the connection as busy, so closing alone waits for it.
    const socket = connect(Number(port), hostname);
    await new Promise<void>((r) => socket.once('connect', () => r()));
    socket.write('GET /demo/ HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    socket.on('error', () => {});
    const sent = Date.now();
    demo.stop();
    try {
      // It gives what is in flight a second; before, it waited for the client (minutes, in one CI run).
      const done = await Promise.race([exited, new Promise<number>((r) => setTimeout(() => r(0), 20_000))]);
      expect(done, 'the demo server did not exit').toBeGreaterThan(0);
      expect(done - sent).toBeLessThan(15_000);
    } finally {
      socket.destroy();
      demo.child.kill('SIGKILL');
    }
  });
});
