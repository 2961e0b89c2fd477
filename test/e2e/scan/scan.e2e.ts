/**
 * `keks scan` end to end: the built command line against a fake shop served over https on loopback under
 * real-looking host names (see ./shop.ts). Three sites share the same trackers (pages/scan/trackers.js,
 * tiktok.js): one without Keks, one with Keks configured for all of them, one where Hotjar was forgotten.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeksConfig } from '../../../src/config';
import type { ScanReport } from '../../../src/node/scan/report-types';
import { validate } from '../../../src/validate';
import { repoRoot } from '../harness/index';
import { SHOP, keks, shopUrl, startShop, type CliResult, type Shop } from './shop';

/** Every tracker host on the shop's pages (about.html adds TikTok). */
const TRACKER_HOSTS = [
  'www.googletagmanager.com',
  'connect.facebook.net',
  'www.facebook.com',
  'static.hotjar.com',
  'cdn.adnet-unknown.example',
  'www.youtube-nocookie.com',
  'analytics.tiktok.com',
];
const TRACKER_COOKIES = ['_ga', '_fbp', '_hjSessionUser_1', '_ttp'];

const schema = JSON.parse(await readFile(join(repoRoot, 'schemas/scan-report.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
const checkSchema = ajv.compile(schema);

let shop: Shop;
const outs: string[] = [];
/** Draft config of the shop without Keks, for the drop-in test. */
let plainDraft: KeksConfig | undefined;

interface Scan extends CliResult {
  out: string;
  report: ScanReport;
  md: string;
}

async function scan(path: string, extra: string[] = []): Promise<Scan> {
  const out = await mkdtemp(join(tmpdir(), 'keks-scan-'));
  outs.push(out);
  const result = await keks([
    'scan',
    shopUrl(path),
    '--out',
    out,
    '--host-resolver-rules',
    shop.rules,
    '--ignore-https-errors',
    '--timeout',
    '20',
    ...extra,
  ]);
  const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as ScanReport;
  expect(checkSchema(report), ajv.errorsText(checkSchema.errors)).toBe(true);
  return { ...result, out, report, md: await readFile(join(out, 'report.md'), 'utf8') };
}

const hostsIn = (report: ScanReport, phase: 'before' | 'reject' | 'accept'): string[] =>
  [...new Set(report.phases[phase].requests.filter((r) => r.party == 'third').map((r) => r.host))].sort();
const held = (config: KeksConfig, host: string): boolean =>
  Object.values(config.services ?? {}).some((s) => (s.hosts ?? []).some((h) => host == h || host.endsWith('.' + h)));

beforeAll(async () => {
  shop = await startShop();
});
afterAll(async () => {
  await shop?.close();
  for (const dir of outs) await rm(dir, { recursive: true, force: true });
});

describe('keks scan', () => {
  it('a site without Keks: every tracker and its cookies found, a valid draft that holds them, bad pages reported', async () => {
    // sitemap.xml adds pages that cannot be scanned; each must be reported while the scan goes on.
    const bad = (path: string): string => `https://${SHOP}/bad/${path}`;
    shop.server.route('/sitemap.xml', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      res.end(
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
          ['ftp://www.shop.example/catalogue.zip', bad('loop'), bad('download'), bad('popup.html')]
            .map((u) => `<url><loc>${u}</loc></url>`)
            .join('') +
          '</urlset>',
      );
    });
    shop.server.route('/bad/loop', (_req, res) => void res.writeHead(302, { Location: '/bad/loop' }).end());
    shop.server.route('/bad/download', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename="a.zip"' });
      res.end('PK');
    });
    shop.server.route('/bad/popup.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(`<!doctype html><title>Popup</title><script>window.open('https://${SHOP}/bad/opened');</script>`);
    });
    let result: Scan;
    try {
      result = await scan('plain/index.html', ['--max-pages', '6']);
    } finally {
      shop.server.route('/sitemap.xml', (_req, res) => void res.writeHead(404).end());
    }
    const { report, code, stderr, md } = result;
    expect(code, stderr).toBe(1);
    expect(report.keks).toBe(false);

    const page = (url: string) => report.pages.find((p) => p.url == url)!;
    expect(page(shopUrl('plain/index.html'))).toMatchObject({
      status: 'ok',
      keks: false,
      phases: ['before', 'accept'],
    });
    // Found by following a link: TikTok is only there.
    expect(page(shopUrl('plain/about.html'))).toMatchObject({ status: 'ok' });
    expect(page(bad('loop'))).toMatchObject({ status: 'error', messages: [expect.stringMatching(/redirect loop/)] });
    expect(page(bad('download')).status).toBe('error');
    expect(page(bad('download')).messages).toContainEqual(expect.stringMatching(/is a download, not a page/));
    expect(page(bad('popup.html')).messages).toContainEqual(expect.stringMatching(/opened a popup/));
    expect(report.notes).toContainEqual(
      expect.stringMatching(/ftp:\/\/www\.shop\.example\/catalogue\.zip.*not an http\(s\) URL/),
    );
    expect(report.notes).toContainEqual(expect.stringMatching(/Keks was not found on any page/));
    expect(stderr).toMatch(/redirect loop/);

    // Every tracker, identified where a list knows it; the unknown one listed for review.
    expect(hostsIn(report, 'before')).toEqual([...TRACKER_HOSTS].sort());
    const byId = Object.fromEntries(report.services.map((s) => [s.id, s]));
    // gtag.js comes from Google Tag Manager's host; the _ga cookie it sets is Google Analytics'.
    expect(Object.keys(byId).sort()).toEqual([
      'google-analytics',
      'google-tag-manager',
      'hotjar',
      'meta-pixel',
      'tiktok-pixel',
      'youtube',
    ]);
    expect(byId['google-analytics'].evidence.cookies.map((c) => c.name)).toEqual(['_ga']);
    expect(byId['meta-pixel'].evidence.cookies.map((c) => c.name)).toEqual(['_fbp']);
    expect(byId['hotjar'].evidence).toMatchObject({ cookies: [{ name: '_hjSessionUser_1' }], storage: ['_hjid'] });
    expect(byId['tiktok-pixel'].countries).toContain('CN');
    expect(report.unknown).toContainEqual(
      expect.objectContaining({ kind: 'host', name: 'cdn.adnet-unknown.example', party: 'third' }),
    );

    // What was recorded: initiators, cookie attributes, frames.
    const gtag = report.phases.before.requests.find((r) => r.host == 'www.googletagmanager.com')!;
    expect(gtag).toMatchObject({ resourceType: 'script', party: 'third', phase: 'before' });
    expect(gtag.initiator).toMatch(/\/test\/e2e\/pages\/scan\/trackers\.js$/);
    const ga = report.phases.before.cookies.find((c) => c.name == '_ga')!;
    expect(ga).toMatchObject({ domain: SHOP, path: '/', party: 'first', httpOnly: false, sameSite: 'Lax' });
    expect(ga.expires).toBeGreaterThan(Date.now() / 1000 + 86_400 * 300);
    expect(report.phases.before.frames).toContainEqual(
      expect.objectContaining({ host: 'www.youtube-nocookie.com', party: 'third' }),
    );
    expect(report.leaks).toContainEqual(
      expect.objectContaining({ phase: 'before', kind: 'cookie', name: '_ga', service: 'google-analytics' }),
    );

    // The draft: valid as it is, holds every tracker host and declares every tracker cookie.
    const draft = report.draft;
    expect(validate(draft).filter((p) => p.level == 'error')).toEqual([]);
    for (const host of TRACKER_HOSTS) expect(held(draft, host), host).toBe(true);
    const declared = Object.values(draft.services!).flatMap((s) => (s.cookies ?? []).map((c) => c.name));
    for (const name of TRACKER_COOKIES)
      expect(
        declared.some((d) => d == name || (d.startsWith('^') && new RegExp(d).test(name))),
        name,
      ).toBe(true);
    expect(JSON.parse(await readFile(join(result.out, 'keks-config.json'), 'utf8'))).toEqual(draft);
    plainDraft = draft;

    expect(md).toContain('Keks not found');
    expect(md).toMatch(/\| TikTok Pixel \| [^|]+ \| marketing \| [^|]*Singapore \(SG\)[^|]*China \(CN\)/);
    expect(md).toContain('host `cdn.adnet-unknown.example`');
  }, 150_000);

  it('a site with Keks configured for every tracker: exit 0, no leaks, every tracker released on accept', async () => {
    // about.html has every tracker (TikTok too); one page keeps the test short on a busy machine.
    const { report, code, stderr, stdout, out } = await scan('keks-ok/about.html', ['--max-pages', '1', '--json']);
    expect(code, stderr).toBe(0);
    expect(stdout).toBe(join(out, 'report.json') + '\n');
    expect(report.leaks).toEqual([]);
    expect(report.pages.map((p) => [p.url, p.status, p.keks, p.phases])).toEqual([
      [shopUrl('keks-ok/about.html'), 'ok', true, ['before', 'reject', 'accept']],
    ]);
    expect(hostsIn(report, 'before')).toEqual([]);
    expect(hostsIn(report, 'reject')).toEqual([]);
    // The trackers are really there: Keks released them once accepted.
    expect(hostsIn(report, 'accept')).toEqual([...TRACKER_HOSTS].sort());
    expect(report.phases.accept.cookies.map((c) => c.name)).toEqual(
      expect.arrayContaining(['keks', ...TRACKER_COOKIES]),
    );
  }, 120_000);

  it('a site with Keks and a forgotten tracker: exit 1, the leak reported with its URL and phase', async () => {
    const { report, code, stderr, md } = await scan('keks-leak/index.html', ['--max-pages', '1']);
    expect(code, stderr).toBe(1);
    const hotjar = 'https://static.hotjar.com/c/hotjar-1.js?sv=6';
    const page = shopUrl('keks-leak/index.html');
    for (const phase of ['before', 'reject'] as const)
      expect(report.leaks).toContainEqual(
        expect.objectContaining({
          phase,
          page,
          url: hotjar,
          host: 'static.hotjar.com',
          kind: 'request',
          service: 'hotjar',
        }),
      );
    expect(report.leaks).toContainEqual(
      expect.objectContaining({ phase: 'before', kind: 'cookie', name: '_hjSessionUser_1' }),
    );
    expect(report.leaks).toContainEqual(expect.objectContaining({ phase: 'before', kind: 'storage', name: '_hjid' }));
    // Only the forgotten tracker leaked.
    expect([...new Set(report.leaks.map((l) => l.service))]).toEqual(['hotjar']);
    expect(stderr).toContain(`leak (before): request ${hotjar}`);
    expect(md).toContain(`| before any decision | ${page} | request | \`hotjar\` (analytics) | \`${hotjar}\` |`);
    // The draft adds what the page's config missed.
    expect(report.draft.services!.hotjar).toMatchObject({
      category: 'analytics',
      hosts: expect.arrayContaining(['hotjar.com']),
    });
  }, 120_000);

  it('the draft of the site without Keks, dropped into the site with Keks, validates and holds every tracker', async () => {
    expect(plainDraft, 'the first test made the draft').toBeDefined();
    shop.server.route('/test/e2e/pages/scan/keks-ok/config.js', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end(`window.Keks.init(${JSON.stringify(plainDraft)});`);
    });
    const { report, code, stderr } = await scan('keks-ok/about.html', ['--max-pages', '1']);
    expect(code, stderr).toBe(0);
    expect(report.leaks).toEqual([]);
    expect(report.pages.every((p) => p.keks && p.phases.length == 3)).toBe(true);
    expect(hostsIn(report, 'before')).toEqual([]);
    expect(hostsIn(report, 'reject')).toEqual([]);
    expect(hostsIn(report, 'accept')).toEqual([...TRACKER_HOSTS].sort());
    // Now every service comes from the page's own (drafted) config.
    expect(report.services.every((s) => s.source == 'site-config')).toBe(true);
  }, 120_000);

  it('a page that never settles: recorded in part, reported, exit 2', async () => {
    shop.server.route('/bad/never', () => {
      // Never answers: the page's network never goes quiet.
    });
    shop.server.route('/bad/busy.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(
        "<!doctype html><title>Busy</title><script>fetch('/bad/never');document.cookie='seen=1; path=/';</script>",
      );
    });
    const out = await mkdtemp(join(tmpdir(), 'keks-scan-'));
    outs.push(out);
    const url = `https://${SHOP}/bad/busy.html`;
    const result = await keks([
      'scan',
      url,
      '--out',
      out,
      '--host-resolver-rules',
      shop.rules,
      '--ignore-https-errors',
      '--timeout',
      '2',
      '--max-pages',
      '1',
    ]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(`${url}: before: the page never settled`);
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as ScanReport;
    expect(report.pages).toEqual([
      expect.objectContaining({ url, status: 'incomplete', phases: ['before', 'accept'] }),
    ]);
    // What it did before the time ran out is still in the report.
    expect(report.phases.before.cookies.map((c) => c.name)).toEqual(['seen']);
    expect(report.unknown).toContainEqual(expect.objectContaining({ kind: 'cookie', name: 'seen', party: 'first' }));
  }, 60_000);

  it('scan failures exit 2 with a message that says which', async () => {
    const noBrowser = await keks(['scan', shopUrl('plain/index.html'), '--chromium', '/nonexistent/chromium']);
    expect(noBrowser.code).toBe(2);
    expect(noBrowser.stderr).toContain('no Chromium at --chromium /nonexistent/chromium');
    expect(noBrowser.stderr).toContain('apt-get install chromium');

    // The command alone, where no playwright-core can be found (it is an optional peer dependency).
    const lonely = await mkdtemp(join(tmpdir(), 'keks-cli-'));
    outs.push(lonely);
    await cp(join(repoRoot, 'dist/node'), lonely, { recursive: true });
    const noPlaywright = await keks(['scan', shopUrl('plain/index.html')], {}, join(lonely, 'cli.js'));
    expect(noPlaywright.code).toBe(2);
    expect(noPlaywright.stderr).toBe(
      'keks scan: playwright-core is not installed (the scan drives Chromium with it): npm install --save-dev playwright-core\n',
    );

    const badUrl = await keks(['scan', 'ftp://www.shop.example/']);
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toContain('not an http(s) URL');

    const out = await mkdtemp(join(tmpdir(), 'keks-scan-'));
    outs.push(out);
    const unreachable = await keks([
      'scan',
      'https://www.nowhere.example/',
      '--out',
      out,
      '--host-resolver-rules',
      'MAP * ~NOTFOUND',
    ]);
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toContain('the site could not be scanned: before: the host name does not resolve');
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as ScanReport;
    expect(report.pages).toEqual([
      expect.objectContaining({ url: 'https://www.nowhere.example/', status: 'error', phases: [] }),
    ]);
  }, 60_000);
});
