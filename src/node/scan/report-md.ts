/**
 * `report.md`: the scan for a person, in particular one who checks the privacy policy: who receives data
 * and in which countries (GDPR Art. 13(1)(e)-(f)), the cookies of each service, what leaked before consent
 * or after a refusal with the evidence, and what to do about each finding.
 */
import type { Leak, Phase, ScanReport, ServiceFinding, UnknownItem } from './report-types.js';

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** Text from the scanned site, safe inside Markdown (and any HTML a Markdown viewer allows). */
export function md(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\s+/g, ' ');
}
const code = (text: string): string => '`' + text.replace(/`/g, "'").replace(/\s+/g, ' ') + '`';

export function countryList(codes: readonly string[]): string {
  if (!codes.length) return 'unknown';
  return codes.map((c) => `${c == 'ZZ' ? 'unknown' : (regions.of(c) ?? c)} (${c})`).join(', ');
}

const lifetime = (expires: number | null, now: number): string => {
  if (expires === null) return 'session';
  const days = Math.ceil((expires * 1000 - now) / 86_400_000);
  return days > 60 ? `${Math.round(days / 30.4)} months` : `${days} days`;
};

const phaseName: Record<Phase, string> = {
  before: 'before any decision',
  reject: 'after "Reject all"',
  accept: 'after "Accept all"',
};

const sourceName: Record<ServiceFinding['source'], string> = {
  'site-config': "the site's Keks config",
  catalogue: 'Keks service catalogue',
  'open-cookie-database': 'Open Cookie Database',
  unknown: 'nobody',
};

const table = (head: string[], rows: string[][]): string =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

function whatToDo(leak: Leak, report: ScanReport): string {
  const declared = leak.service && report.services.find((s) => s.id == leak.service)?.source == 'site-config';
  if (!leak.service)
    return (
      `Find out who runs ${code(leak.host ?? '')}. If the site cannot work without it (your own CDN, payment), ` +
      'declare it in a service of a necessary category with that host; otherwise keep it in a consent category ' +
      '(keks-config.json has it under marketing) so Keks holds it back.'
    );
  if (!report.keks)
    return `Add Keks with the service ${code(leak.service)} from keks-config.json; Keks then holds it back until consent.`;
  if (declared)
    return (
      `${code(leak.service)} is in your config but still ran: mark its tags ${code('type="text/plain" data-category="…"')} ` +
      `(or ${code('data-src')}) so the browser never loads them early, and check that its ${code('hosts')} cover ${code(leak.host ?? '')}.`
    );
  return (
    `Add the service ${code(leak.service)} to your config (keks-config.json has a draft with its hosts): Keks then ` +
    `holds back what scripts load from those hosts. A tag written in the HTML itself also needs ${code('type="text/plain"')}.`
  );
}

export function renderMarkdown(report: ScanReport, now = Date.parse(report.finishedAt)): string {
  const out: string[] = [];
  const ok = report.pages.filter((p) => p.status != 'error').length;
  const verdict =
    report.exitCode == 2 && ok == 0
      ? '**The scan failed**: no page could be loaded (see Pages).'
      : report.leaks.length
        ? `**${report.leaks.length} leak(s)**: something non-essential was requested, set or stored before consent or after a refusal.`
        : report.exitCode == 2
          ? '**No leak found, but some pages could not be scanned completely** (see Pages).'
          : '**No leak found**: nothing non-essential was requested, set or stored before a decision or after "Reject all".';
  out.push(`# Cookie and tracker scan of ${md(report.url)}`, '');
  out.push(
    `Scanned ${report.startedAt.slice(0, 16).replace('T', ' ')} UTC with keks scan ${report.tool.version}: ${report.pages.length} page(s), ` +
      `Keks ${report.keks ? 'found' : 'not found'}.`,
    '',
    verdict,
    '',
  );
  for (const note of report.notes) out.push(`> ${md(note)}`, '');

  out.push('## Third parties and where the data goes', '');
  const third = report.services.filter(
    (s) => s.evidence.hosts.length || s.evidence.cookies.some((c) => c.party == 'third'),
  );
  const firstOnly = report.services.filter((s) => !third.includes(s));
  if (!report.services.length) out.push('No known service was found.', '');
  else {
    out.push(
      table(
        ['Service', 'Provider', 'Category', 'Countries receiving data', 'Identified by', 'Hosts'],
        [...third, ...firstOnly].map((s) => [
          md(s.name),
          md(s.provider),
          md(s.category),
          md(countryList(s.countries)),
          sourceName[s.source],
          s.evidence.hosts.map(code).join(', ') || '(first-party cookies only)',
        ]),
      ),
      '',
    );
  }

  out.push('## Cookies and storage per service', '');
  for (const s of report.services) {
    if (!s.evidence.cookies.length && !s.evidence.storage.length) continue;
    out.push(`### ${md(s.name)}`, '');
    if (s.evidence.cookies.length)
      out.push(
        table(
          ['Cookie', 'Domain', 'Party', 'Lifetime', 'Open Cookie Database'],
          s.evidence.cookies.map((c) => [
            code(c.name),
            code(c.domain),
            c.party,
            lifetime(c.expires, now),
            md(c.fact ?? ''),
          ]),
        ),
        '',
      );
    if (s.evidence.storage.length) out.push(`Storage keys: ${s.evidence.storage.map(code).join(', ')}`, '');
  }

  out.push('## Leaks', '');
  if (!report.leaks.length) out.push('None.', '');
  else {
    out.push(
      table(
        ['When', 'Page', 'What', 'Service', 'Evidence'],
        report.leaks.map((l) => [
          phaseName[l.phase],
          md(l.page),
          `${l.kind}${l.name ? ' ' + code(l.name) : ''}`,
          l.service ? `${code(l.service)} (${md(l.category ?? '')})` : 'unidentified',
          l.kind == 'request' ? code(l.url) : `on ${code(l.host ?? '')}`,
        ]),
      ),
      '',
      '### What to do',
      '',
    );
    const advice = new Map<string, string>();
    for (const l of report.leaks) advice.set(l.service ?? l.host ?? l.url, whatToDo(l, report));
    for (const [who, text] of advice) out.push(`- **${md(who)}**: ${text}`);
    out.push('');
  }

  const unknown = report.unknown;
  out.push('## For review: not identified', '');
  if (!unknown.length) out.push('Everything seen was identified.', '');
  else {
    const describe = (u: UnknownItem): string =>
      u.kind == 'host'
        ? `host ${code(u.name)} (for example ${code(u.example ?? '')})`
        : `${u.kind} ${code(u.name)}${u.domain ? ` on ${code(u.domain)}` : ''}`;
    out.push(
      'Nothing here was dropped: each item needs a person to say who it belongs to and whether it is essential.',
      '',
      ...unknown.map((u) => `- ${describe(u)}, ${u.party} party, seen ${u.phases.map((p) => phaseName[p]).join(', ')}`),
      '',
    );
  }

  out.push('## Pages', '');
  out.push(
    table(
      ['Page', 'Keks', 'Phases', 'Problems'],
      report.pages.map((p) => [
        md(p.url),
        p.keks ? 'yes' : 'no',
        p.phases.join(', ') || 'none',
        md(p.messages.join('; ')) || '',
      ]),
    ),
    '',
  );

  out.push(
    '## Next steps',
    '',
    '1. Review `keks-config.json`: replace every text starting with "REVIEW:" and every country `ZZ`, and check each category.',
    '2. List every service above, with its provider and countries, in the privacy policy (GDPR Art. 13).',
    '3. Load the config with Keks, mark the tags of each service (`type="text/plain" data-category="…"`), and scan again until there is no leak.',
    '4. Run `keks scan` in CI: it exits with 1 when anything leaks.',
    '',
    '## How this scan works',
    '',
    'Each page was opened in headless Chromium in a fresh profile per phase: before any decision, after "Reject all" ' +
      'and after "Accept all" (each decision made through `window.Keks`, then the page reloaded). The scan waits for ' +
      'the network to settle, scrolls once and clicks nothing else. It sees what these visits load; content behind a ' +
      'login, a form or another click, and trackers that only fire later or elsewhere, are not seen.',
    '',
  );
  return out.join('\n');
}
