import { describe, expect, it } from 'vitest';
import { gateConfig as config } from '../helpers/gate-config';
import { hostRules, serviceOf } from '../../src/gate/hosts';
import { allows, misconfigMessage, misconfigured, type Judge } from '../../src/gate/verdict';
import { nearest } from '../../src/validate';

const rules = hostRules(config);

function judge(granted: string[]): Judge {
  const j: Judge = {
    config,
    ok: (id) => granted.includes(id),
    blocked(v) {
      const s = j.service(v);
      return s && !j.ok(s) ? s : undefined;
    },
    service: (v) => (v == null ? undefined : serviceOf(rules, String(v))),
  };
  return j;
}

function el(html: string): HTMLElement {
  const d = document.createElement('div');
  d.innerHTML = html;
  const e = d.firstElementChild;
  if (!(e instanceof HTMLElement)) throw new Error(`not an HTML element: ${html}`);
  return e;
}

describe('allows', () => {
  it('follows data-category', () => {
    const e = el('<script type="text/plain" data-category="analytics"></script>');
    expect(allows(e, judge([]))).toBe(false);
    expect(allows(e, judge(['analytics']))).toBe(true);
    expect(allows(e, judge(['marketing']))).toBe(false);
  });
  it('prefers data-service over data-category', () => {
    const e = el(
      '<iframe data-category="marketing" data-service="yt" data-src="https://www.youtube.test/embed/x"></iframe>',
    );
    expect(allows(e, judge(['marketing']))).toBe(false);
    expect(allows(e, judge(['yt']))).toBe(true);
  });
  it('"!analytics" allows only while analytics is denied', () => {
    const e = el('<script type="text/plain" data-category="!analytics"></script>');
    expect(allows(e, judge([]))).toBe(true);
    expect(allows(e, judge(['marketing']))).toBe(true);
    expect(allows(e, judge(['analytics']))).toBe(false);
  });
  it('keeps a mislabelled tracker held: its URL belongs to a service that is not granted', () => {
    const e = el('<script type="text/plain" data-category="analytics" src="https://www.youtube.test/x.js"></script>');
    expect(allows(e, judge(['analytics']))).toBe(false);
    expect(allows(e, judge(['analytics', 'yt']))).toBe(true);
    const img = el('<img data-category="analytics" data-src="https://www.google-analytics.test/p.gif">');
    expect(allows(img, judge(['analytics']))).toBe(false);
    expect(allows(img, judge(['analytics', 'ga']))).toBe(true);
  });
  it('an element marked with a category only follows the service its URL belongs to ("always allow" one service)', () => {
    const e = el('<iframe data-category="marketing" data-src="https://www.youtube.test/embed/x"></iframe>');
    expect(allows(e, judge([]))).toBe(false);
    expect(allows(e, judge(['yt']))).toBe(true);
    // The store reports a service granted when its category is, unless it was denied on its own.
    expect(allows(e, judge(['marketing']))).toBe(false);
  });

  it('without category or service nothing is allowed', () => {
    expect(allows(el('<img data-category="" data-src="/x.gif">'), judge(['analytics']))).toBe(false);
  });
});

describe('misconfigured', () => {
  const message = (html: string) => {
    const e = el(html);
    const m = misconfigured(e, config)!;
    // As the gate reports it: the nearest configured id comes from the validator chunk.
    return misconfigMessage(e, m, nearest(m[1], Object.keys(config[m[2]])));
  };
  it('names the element, the attribute, the missing id and the fix', () => {
    expect(message('<iframe data-service="vimeo" data-src="https://player.vimeo.test/"></iframe>')).toBe(
      'keks: <iframe> has data-service="vimeo", but config.services has no "vimeo", so it stays blocked. Add "vimeo" to config.services (GDPR Art. 13).',
    );
  });
  it('a typo suggests the nearest configured id instead of asking to add the misspelled one', () => {
    const c = message('<script type="text/plain" data-category="analytcs"></script>');
    expect(c).toMatch(/Did you mean data-category="analytics"\?$/);
    expect(c).not.toMatch(/Add "analytcs"/);
    expect(message('<script type="text/plain" data-service="gaa"></script>')).toMatch(
      /Did you mean data-service="ga"\?$/,
    );
  });
  it('also reports an unknown category, negated or not, and nothing for known ids', () => {
    expect(misconfigured(el('<script type="text/plain" data-category="!stats"></script>'), config)).toEqual([
      'category',
      'stats',
      'categories',
    ]);
    expect(message('<script type="text/plain" data-category="!stats"></script>')).toMatch(
      /data-category="stats", but config.categories has no "stats"/,
    );
    expect(
      misconfigured(el('<script type="text/plain" data-category="analytics" data-service="ga"></script>'), config),
    ).toBeUndefined();
  });
});
