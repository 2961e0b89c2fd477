// `npx keks catalog [--json] [filter]`: lists the built-in service catalogue, so a site owner can find the id
// to write in `services: { x: { from: '<id>' } }`.
import { stdout, stderr } from 'node:process';
import { CATALOGUE } from '../../services/all.js';
import type { CatalogueEntry } from '../../services/types.js';

const HELP = `Usage: keks catalog [--json] [filter]

Lists the built-in service catalogue: id, provider, category, countries, hosts.
  --json    print one JSON array of the full entries
  filter    show only entries whose id, name, provider, kind or host contains this text

Use an id in your config: services: { ga: { from: "google-analytics" } }
`;

/**
 * Writes and resolves once the text is flushed: the CLI exits right after `run` resolves, and an exit
 * while a pipe still holds output cuts it off (at 64 kB), which would break `keks catalog --json | jq`.
 */
const write = (text: string): Promise<void> => new Promise((resolve) => stdout.write(text, () => resolve()));

const matches = (e: CatalogueEntry, q: string): boolean =>
  [e.id, e.name, e.provider, e.kind, ...e.hosts].some((f) => f.toLowerCase().includes(q));

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    await write(HELP);
    return 0;
  }
  const unknown = args.filter((a) => a.startsWith('-') && a != '--json');
  if (unknown.length) {
    stderr.write(`keks catalog: unknown option ${unknown[0]}\n\n${HELP}`);
    return 2;
  }
  const q = args.find((a) => !a.startsWith('-'))?.toLowerCase();
  const list = q ? CATALOGUE.filter((e) => matches(e, q)) : CATALOGUE;
  if (args.includes('--json')) {
    await write(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  const rows = list.map((e) => [e.id, e.provider, e.category, e.countries.join(' '), e.hosts.join(' ')]);
  const head = ['ID', 'PROVIDER', 'CATEGORY', 'COUNTRIES', 'HOSTS'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  // The last column is not padded, so long host lists do not leave trailing spaces.
  const line = (r: string[]) =>
    r
      .map((c, i) => (i < r.length - 1 ? c.padEnd(width[i]) : c))
      .join('  ')
      .trimEnd() + '\n';
  await write(
    line(head) +
      rows.map(line).join('') +
      `\n${list.length} of ${CATALOGUE.length} services. Use one as services: { x: { from: "<id>" } }.\n`,
  );
  return 0;
}
