// @vitest-environment node
// `keks records` argument handling, durations, CSV cells and the missing-driver message.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/node/commands/records.js';
import { csvHeader, csvRow } from '../../src/node/records/csv.js';
import { before } from '../../src/node/records/duration.js';
import { MissingDependencyError, importOptional } from '../../src/node/records/import-optional.js';
import { makeRecord } from '../helpers/records.js';

afterEach(() => vi.restoreAllMocks());

const stderrOf = async (args: string[]): Promise<[number, string]> => {
  let err = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += s), true));
  const code = await run(args);
  return [code, err];
};

describe('keks records arguments', () => {
  it.each([
    [['purge'], /purge needs --older-than/],
    [['purge', '--older-than', '2 years'], /is not a duration/],
    [['export', '--format', 'xml'], /--format must be jsonl or csv/],
    [['export', '--from', 'yesterday'], /--from "yesterday" is not a date/],
    [['export', '--consent-id', "1' or 1=1"], /is not a consent id/],
    [['serve', '--origin', 'https://www.example.com/path'], /is not an origin/],
    [['serve', '--port', '99999'], /is not a port/],
    [['serve', '--rate-limit=-1'], /is not a count/],
    [['serve', '--purge-older-than', '2x'], /is not a duration/],
    [['serve', '--bogus'], /Unknown option '--bogus'/],
    [['replay'], /unknown subcommand "replay"/],
  ])('%j fails with exit 2 and says why', async (args, message) => {
    const [code, err] = await stderrOf(args as string[]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe('durations', () => {
  it('counts calendar months and years back from now', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    expect(before('24m', now).toISOString()).toBe('2024-11-29T12:00:00.000Z');
    expect(before('2y', now).toISOString()).toBe('2024-11-29T12:00:00.000Z');
    expect(before('30d', now).toISOString()).toBe('2026-10-30T12:00:00.000Z');
    expect(before('1w', now).toISOString()).toBe('2026-11-22T12:00:00.000Z');
  });
});

describe('CSV export cells', () => {
  it('has one column per field, joins ids with spaces, and neutralises formulas', () => {
    expect(csvHeader()).toBe(
      'consentId,key,time,revision,configHash,granted,denied,grantedServices,deniedServices,source,language,url,receivedAt\r\n',
    );
    const r = makeRecord({ url: 'https://x.example/=HYPERLINK("a","b")' });
    const row = csvRow({ ...r, language: '=1+1' }, new Date(0));
    expect(row).toContain(',necessary analytics,');
    expect(row).toContain(",'=1+1,");
    expect(row).toContain('"https://x.example/=HYPERLINK(""a"",""b"")"');
  });
});

describe('optional drivers', () => {
  it('names the npm install command when a driver is missing', async () => {
    const e = (await importOptional('keks-no-such-driver', 'keks-no-such-driver@1', '--db').catch((x) => x)) as Error;
    expect(e).toBeInstanceOf(MissingDependencyError);
    expect(e.message).toBe(
      'keks records: --db needs the optional package "keks-no-such-driver". Install it with: npm install keks-no-such-driver@1',
    );
  });
});
