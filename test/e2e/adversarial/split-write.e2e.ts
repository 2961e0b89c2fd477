// Split document.write calls parse as the browser would: while the document loads, the browser joins written
// chunks in its input stream, and Keks judges a tag left open with the next write (html-intercept.ts). The same
// harmless markup, split in every way the corpus's trackers are, must build the same DOM with and without Keks.
import { expect, it } from 'vitest';
import { e2eSuite, newPage } from '../harness/index';

// Every write below leaves a tag (or comment) open for the next write, a later microtask or promise callback of
// the same script, or the markup after it.
const BODY = `<div id="out"><script>
  document.write('<im'); document.write('g id="a" alt="x>y" src="/favicon.ico?split">');
  document.write('<p title="a<b" data-q=\\'"'); document.write('\\'>text</p>');
  document.writeln('<b'); document.writeln('>bold</b>');
  document.write('<!-- <b'); document.write(' --><u>u</u>');
  document.write('<scr'); document.write('ipt>document.write("<em>inner</em>")</scr' + 'ipt>');
</script><script>
  document.write('<s'); Promise.resolve().then(() => document.write('pan class="m">microtask</span>'));
</script><script>
  document.write('<B ID=l'); Promise.resolve().then(() => 0).then(() => document.write('ate>later promise</B>'));
</script><script>document.write('<i');</script> class="next">after the script</i><script>document.write('<a href="#x" ti', 'tle="args">a</a>');</script></div>`;

const page = (keks: boolean): string => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Split document.write</title>
    ${keks ? '<script src="/dist/cdn/keks.js"></script><script src="/test/e2e/pages/adversarial/config.js"></script>' : ''}
  </head>
  <body>${BODY}</body>
</html>`;

const e2e = e2eSuite({
  setup(server) {
    for (const keks of [true, false])
      server.route(`/split-${keks}.html`, (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(keks));
      });
  },
});

async function dom(keks: boolean): Promise<string> {
  const tp = await newPage(e2e.browser);
  try {
    await tp.page.goto(e2e.server.url(`/split-${keks}.html`));
    await tp.page.waitForLoadState('load');
    if (keks) expect(await tp.page.evaluate(() => typeof (window as { Keks?: unknown }).Keks)).toBe('object');
    expect(tp.errors).toEqual([]);
    return await tp.page.evaluate(() => document.getElementById('out')!.innerHTML);
  } finally {
    await tp.close();
  }
}

it('harmless markup split across document.write calls builds the same DOM with and without Keks', async () => {
  const plain = await dom(false);
  // The browser did join the chunks (the test would prove nothing if it had not).
  for (const part of ['<img id="a" alt="x', 'data-q="&quot;">text</p>', '<b>bold</b>', '<u>u</u>', '<em>inner</em>'])
    expect(plain).toContain(part);
  expect(plain).toContain('<span class="m">microtask</span>');
  expect(plain).toContain('<b id="late">later promise</b>');
  expect(plain).toContain('<i class="next">after the script</i>');
  expect(plain).toContain('title="args"');
  expect(await dom(true)).toBe(plain);
});
