import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { safeText, safeUrl } from '../../../src/ui/safe-text.js';

function rendered(text: string): HTMLElement {
  const p = document.createElement('p');
  render(html`${safeText(text)}`, p);
  return p;
}

describe('safeText', () => {
  it('turns an allowed link into an anchor and keeps the rest as text', () => {
    const p = rendered(
      'See <a href="https://example.com/p?a=1&amp;b=2">our policy</a> or <a href="/cookies">cookies</a>.',
    );
    const links = p.querySelectorAll('a');
    expect(links.length).to.equal(2);
    expect(links[0].getAttribute('href')).to.equal('https://example.com/p?a=1&b=2');
    expect(links[0].textContent).to.equal('our policy');
    expect(links[1].getAttribute('href')).to.equal('/cookies');
    expect(p.textContent).to.equal('See our policy or cookies.');
  });

  it('allows mailto and relative links', () => {
    expect(rendered('<a href="mailto:dpo@example.cz">DPO</a>').querySelector('a')!.href).to.equal(
      'mailto:dpo@example.cz',
    );
    expect(rendered('<a href="zasady.html#cookies">x</a>').querySelector('a')).to.exist;
  });

  it('renders other tags as literal text: no element, no handler runs', async () => {
    (window as unknown as { pwned?: number }).pwned = 0;
    const p = rendered('<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><b>bold</b>');
    document.body.append(p);
    await new Promise((r) => setTimeout(r, 50));
    expect(p.children.length).to.equal(0);
    expect(p.textContent).to.contain('<img src=x onerror=');
    expect((window as unknown as { pwned?: number }).pwned).to.equal(0);
    p.remove();
  });

  it('refuses javascript:, data: and disguised schemes, keeping only the link text', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
    ]) {
      const p = rendered(`<a href="${href}">click</a>`);
      expect(p.querySelector('a'), href).to.equal(null);
      expect(p.textContent).to.equal('click');
    }
  });

  it('refuses links with extra attributes or markup inside', () => {
    const p = rendered('<a href="https://x.test" onclick="alert(1)">a</a> <a href="https://x.test"><img src=x>b</a>');
    expect(p.querySelector('a')).to.equal(null);
    expect(p.querySelector('img')).to.equal(null);
  });

  it('does not decode entities into a scheme', () => {
    const p = rendered('<a href="&#106;avascript:alert(1)">x</a>');
    const a = p.querySelector('a')!;
    // Kept as a relative URL with a literal "&#106;": the browser never runs it.
    expect(a.protocol).to.equal(location.protocol);
  });

  it('safeUrl accepts http(s), mailto and relative URLs only', () => {
    expect(safeUrl('https://a.test')).to.equal('https://a.test');
    expect(safeUrl('http://a.test')).to.equal('http://a.test');
    expect(safeUrl('//a.test/x')).to.equal('//a.test/x');
    expect(safeUrl('../x')).to.equal('../x');
    expect(safeUrl('javascript:1')).to.equal(null);
    expect(safeUrl('ftp://a.test')).to.equal(null);
  });
});
